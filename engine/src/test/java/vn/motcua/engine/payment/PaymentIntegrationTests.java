package vn.motcua.engine.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.db.Tables.DOSSIER;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.attachment.AttachmentService;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.InvalidDossierException;
import vn.motcua.engine.dossier.SubmitDossier;
import vn.motcua.workflows.onestop.OneStopModel;

/**
 * Fee payment for the passport procedure (160,000 VND online): callbacks are accepted only when
 * signed and fresh, settle an order once, and a paid order pays for exactly one dossier.
 */
@SpringBootTest
class PaymentIntegrationTests {

    private static final String PASSPORT = "1.001456";

    @Autowired
    PaymentService payments;
    @Autowired
    PaymentSignature signature;
    @Autowired
    DossierService dossiers;
    @Autowired
    AttachmentService attachments;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    DSLContext sql;

    /** A citizen of the demo registry with no other payments in these tests. */
    private static Applicant applicant(String idNumber) {
        return new Applicant(idNumber, "Người nộp", "00004", "01");
    }

    private CallbackOutcome callback(String ref, String transactionId, long amount, String status, Instant at) {
        String body = "{\"ref\":\"" + ref + "\",\"transactionId\":\"" + transactionId + "\",\"amountVnd\":" + amount
                + ",\"status\":\"" + status + "\"}";
        String timestamp = Long.toString(at.getEpochSecond());
        return payments.settle(body, timestamp, signature.sign(PaymentSignature.callbackMessage(timestamp, body)));
    }

    private SubmitDossier passport(String idNumber, String paymentId) {
        Map<String, Object> form = new HashMap<>();
        form.put("hinhThucCap", "FIRST");
        form.put("ngheNghiep", "Kỹ sư");
        form.put("nhanHoChieu", "OFFICE");
        form.put("anhChanDung", List.of(attachments.store(idNumber, "anh.jpg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}).id()));
        form.put("soDienThoai", "0912345678");
        return new SubmitDossier(PASSPORT, "ONLINE", form, "pay-" + UUID.randomUUID(), paymentId);
    }

    @Test
    void anOrderIsSettledOnceBySignedFreshCallbacksOnly() {
        Payment order = payments.startForFiling("001092100001", PASSPORT);
        assertThat(order.amountVnd()).isEqualTo(160_000);
        assertThat(order.state()).isEqualTo(Payment.State.PENDING);
        // a second tab pays the same order
        assertThat(payments.startForFiling("001092100001", PASSPORT).id()).isEqualTo(order.id());

        String body = "{\"ref\":\"" + order.id() + "\",\"transactionId\":\"T1\",\"amountVnd\":160000,\"status\":\"PAID\"}";
        String now = Long.toString(Instant.now().getEpochSecond());
        assertThat(payments.settle(body, now, "00" + signature.sign(now + "." + body).substring(2)))
                .isEqualTo(CallbackOutcome.UNAUTHENTICATED);
        assertThat(payments.settle(body, now, null)).isEqualTo(CallbackOutcome.UNAUTHENTICATED);
        assertThat(callback(order.id(), "T1", 160_000, "PAID", Instant.now().minusSeconds(600)))
                .as("a callback older than five minutes is a replay").isEqualTo(CallbackOutcome.UNAUTHENTICATED);
        assertThat(callback(order.id(), "T1", 1_000, "PAID", Instant.now())).as("not the order's amount")
                .isEqualTo(CallbackOutcome.INVALID);
        assertThat(callback(UUID.randomUUID().toString(), "T1", 160_000, "PAID", Instant.now())).isEqualTo(CallbackOutcome.INVALID);
        assertThat(payments.find(order.id(), "001092100001").orElseThrow().state()).isEqualTo(Payment.State.PENDING);

        String transaction = "T-" + UUID.randomUUID();
        assertThat(callback(order.id(), transaction, 160_000, "PAID", Instant.now())).isEqualTo(CallbackOutcome.SETTLED);
        assertThat(callback(order.id(), transaction, 160_000, "PAID", Instant.now())).as("gateway retry")
                .isEqualTo(CallbackOutcome.ALREADY_SETTLED);
        assertThat(callback(order.id(), "T-other", 160_000, "PAID", Instant.now())).as("paying twice")
                .isEqualTo(CallbackOutcome.CONFLICT);
        Payment paid = payments.find(order.id(), "001092100001").orElseThrow();
        assertThat(paid.state()).isEqualTo(Payment.State.PAID);
        assertThat(paid.gatewayTransactionId()).isEqualTo(transaction);
        assertThat(paid.settledAt()).isNotNull();
        // the paid, unused order is offered again instead of a new one; another citizen does not see it
        assertThat(payments.startForFiling("001092100001", PASSPORT).id()).isEqualTo(order.id());
        assertThat(payments.find(order.id(), "001194100002")).isEmpty();
    }

    @Test
    void aCancelledOrderIsNotPaidAndTheNextAttemptIsANewOrder() {
        Payment order = payments.startForFiling("079096100005", PASSPORT);
        assertThat(callback(order.id(), "C-" + UUID.randomUUID(), 160_000, "CANCELLED", Instant.now()))
                .isEqualTo(CallbackOutcome.SETTLED);
        assertThat(payments.find(order.id(), "079096100005").orElseThrow().state()).isEqualTo(Payment.State.CANCELLED);
        assertThat(payments.startForFiling("079096100005", PASSPORT).id()).isNotEqualTo(order.id());
    }

    @Test
    void aPaidOrderPaysForExactlyOneDossier() {
        String citizen = "001194100002";
        Payment order = payments.startForFiling(citizen, PASSPORT);
        // not paid yet: it cannot be used
        assertThatThrownBy(() -> dossiers.submit(applicant(citizen), 2, passport(citizen, order.id())))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("paymentId"));
        assertThat(callback(order.id(), "P-" + UUID.randomUUID(), 160_000, "PAID", Instant.now())).isEqualTo(CallbackOutcome.SETTLED);

        Dossier dossier = dossiers.submit(applicant(citizen), 2, passport(citizen, order.id()));
        assertThat(payments.receiptsOf(dossier.code())).extracting(Payment::id).containsExactly(order.id());
        assertThat(runtime.getVariable(dossier.processInstanceId(), OneStopModel.VAR_FEE_PAID)).isEqualTo(true);
        // another citizen cannot use it, nor can a second dossier
        assertThatThrownBy(() -> dossiers.submit(applicant("001092100001"), 2, passport("001092100001", order.id())))
                .isInstanceOf(InvalidDossierException.class);
        int before = sql.fetchCount(DOSSIER);
        assertThatThrownBy(() -> dossiers.submit(applicant(citizen), 2, passport(citizen, order.id())))
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("paymentId"));
        assertThat(sql.fetchCount(DOSSIER)).isEqualTo(before);
    }

    @Test
    void aDossierFiledWithoutPayingWaitsForThePaymentAndGoesOnWhenItIsPaid() {
        String citizen = "048088100003";
        Dossier dossier = dossiers.submit(applicant(citizen), 2, passport(citizen, null));
        var register = management.createJobQuery().processInstanceId(dossier.processInstanceId())
                .activityId(OneStopModel.REGISTER).singleResult();
        management.executeJob(register.getId());
        assertThat(runtime.getActiveActivityIds(dossier.processInstanceId())).contains(OneStopModel.PAYMENT_CONFIRMED);

        assertThatThrownBy(() -> payments.startForDossier("001092100001", citizen, PASSPORT, dossier.code()))
                .as("only the applicant pays").isInstanceOf(IllegalArgumentException.class);
        Payment order = payments.startForDossier(citizen, citizen, PASSPORT, dossier.code());
        assertThat(callback(order.id(), "L-" + UUID.randomUUID(), 160_000, "PAID", Instant.now())).isEqualTo(CallbackOutcome.SETTLED);
        assertThat(runtime.getActiveActivityIds(dossier.processInstanceId())).doesNotContain(OneStopModel.PAYMENT_CONFIRMED);
        assertThat(payments.receiptsOf(dossier.code())).hasSize(1);
    }
}
