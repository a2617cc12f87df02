package vn.motcua.ui.filing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import vn.motcua.engine.payment.Payment;
import vn.motcua.engine.payment.PaymentService;
import vn.motcua.ui.base.DisplayTimes;
import vn.motcua.ui.base.Money;

/**
 * The wizard's payment step: the fee, whether it is paid, and the way to the payment gateway. The
 * payment belongs to the citizen and the procedure, not to this page, so it is found again after
 * the trip to the gateway or in another browser.
 */
class FilingPaymentStep extends Div {

    private final PaymentService payments;

    FilingPaymentStep(PaymentService payments) {
        this.payments = payments;
        setId("filing-payment");
    }

    /**
     * Shows the fee's state for this citizen and procedure.
     *
     * @param returnedPaymentRef the order the gateway just sent the citizen back from, if any
     * @param returnPath         where the gateway sends the citizen back to
     * @return true when the fee is paid: the submission may go ahead
     */
    boolean show(String idNumber, String procedureCode, String returnedPaymentRef, String returnPath) {
        removeAll();
        long fee = payments.onlineFee(procedureCode).orElse(0);
        Paragraph status = new Paragraph();
        status.setId("payment-status");
        add(new H3(getTranslation("filing.step.PAY")), new Paragraph(getTranslation("filing.pay.amount", Money.vnd(fee))), status);
        var open = payments.openForFiling(idNumber, procedureCode);
        if (open.filter(Payment::paid).isPresent()) {
            Payment paid = open.get();
            status.setText(getTranslation("filing.pay.paid", Money.vnd(paid.amountVnd()), paid.gatewayTransactionId(),
                    DisplayTimes.SECOND.format(paid.settledAt())));
            return true;
        }
        boolean cancelledBefore = open.isEmpty() && returnedPaymentRef != null && payments.find(returnedPaymentRef, idNumber)
                .filter(p -> p.state() == Payment.State.CANCELLED).isPresent();
        status.setText(getTranslation(cancelledBefore ? "filing.pay.cancelled" : "filing.pay.pending"));
        Button pay = new Button(getTranslation("filing.pay.button"), click -> {
            Payment order = payments.startForFiling(idNumber, procedureCode);
            getUI().ifPresent(ui -> ui.getPage().setLocation(payments.gatewayRedirect(order, returnPath)));
        });
        pay.setId("pay-online");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(pay);
        return false;
    }
}
