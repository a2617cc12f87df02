package vn.motcua.engine.payment;

import vn.motcua.engine.Messages;
import static vn.motcua.workflows.onestop.OneStopModel.MESSAGE_PAYMENT_CONFIRMED;
import static vn.motcua.workflows.onestop.OneStopModel.VAR_FEE_PAID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.ChannelKind;

/**
 * Online fee payment through a gateway: the portal starts an order, redirects the citizen to the
 * gateway with signed parameters, and learns the outcome only from the gateway's signed
 * server-to-server callback (never from the browser's return). An order is paid at most once;
 * the paid order is the receipt and is used by exactly one dossier.
 */
@Service
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentRepository payments;
    private final ProcedureCatalogue catalogue;
    private final PaymentSignature signature;
    private final PaymentProperties properties;
    private final AuditTrail audit;
    private final RuntimeService runtime;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    private final vn.motcua.engine.PublicUrl publicUrl;
    private final org.springframework.context.ApplicationEventPublisher events;

    PaymentService(PaymentRepository payments, ProcedureCatalogue catalogue, PaymentSignature signature,
                   PaymentProperties properties, AuditTrail audit, RuntimeService runtime, Clock clock,
                   vn.motcua.engine.PublicUrl publicUrl, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.publicUrl = publicUrl;
        this.payments = payments;
        this.catalogue = catalogue;
        this.signature = signature;
        this.properties = properties;
        this.audit = audit;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** The fee of filing the procedure online, when the catalogue states one above zero. */
    public OptionalLong onlineFee(String procedureCode) {
        return catalogue.find(procedureCode).stream().flatMap(e -> e.channels().stream())
                .filter(c -> c.kind() == ChannelKind.ONLINE && c.feeVnd() != null && c.feeVnd() > 0)
                .mapToLong(CatalogueEntry.Channel::feeVnd).findFirst();
    }

    /**
     * The order for the citizen's filing of a procedure: the one already paid and not yet used, or
     * the pending one (a second tab pays the same order), or a new one.
     */
    @Transactional
    public Payment startForFiling(String payerId, String procedureCode) {
        long fee = onlineFee(procedureCode).orElseThrow(() -> new IllegalArgumentException(
                Messages.text("payment.no-online-fee", procedureCode)));
        return payments.openForFiling(payerId, procedureCode).orElseGet(() -> create(payerId, procedureCode, fee, null));
    }

    /** The order for a dossier submitted without payment (the process waits for it). */
    @Transactional
    public Payment startForDossier(String payerId, String applicantId, String procedureCode, String dossierCode) {
        if (!payerId.equals(applicantId)) {
            throw new IllegalArgumentException(Messages.text("payment.applicant-only"));
        }
        long fee = onlineFee(procedureCode).orElseThrow(() -> new IllegalArgumentException("no online fee"));
        return payments.openForDossier(dossierCode).orElseGet(() -> create(payerId, procedureCode, fee, dossierCode));
    }

    private Payment create(String payerId, String procedureCode, long fee, String dossierCode) {
        Payment payment = new Payment(UUID.randomUUID().toString(), payerId, procedureCode, fee, Payment.State.PENDING,
                dossierCode, null, Instant.now(clock), null);
        payments.insert(payment);
        audit.record(payerId, "PAYMENT_STARTED", "PAYMENT", payment.id(), "procedure " + procedureCode + ", " + fee + " VND");
        return payment;
    }

    /** The payer's own payment; another citizen's is not found. */
    @Transactional(readOnly = true)
    public Optional<Payment> find(String id, String payerId) {
        return payments.byId(id).filter(p -> p.payerId().equals(payerId));
    }

    @Transactional(readOnly = true)
    public Optional<Payment> openForFiling(String payerId, String procedureCode) {
        return payments.openForFiling(payerId, procedureCode);
    }

    @Transactional(readOnly = true)
    public List<Payment> receiptsOf(String dossierCode) {
        return payments.receiptsOf(dossierCode);
    }

    /**
     * Where to send the citizen's browser: the gateway's payment page with the order, where to come
     * back to, where to notify the portal, all signed.
     */
    public String gatewayRedirect(Payment payment, String returnPath) {
        String portalBaseUrl = publicUrl.get();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("merchant", properties.merchantCode());
        parameters.put("ref", payment.id());
        parameters.put("amount", Long.toString(payment.amountVnd()));
        parameters.put("orderInfo", "Phi, le phi thu tuc " + payment.procedureCode());
        parameters.put("returnUrl", portalBaseUrl + returnPath);
        parameters.put("notifyUrl", portalBaseUrl + "/api/v1/payments/callback");
        parameters.put("signature", signature.sign(PaymentSignature.canonical(parameters)));
        String gateway = properties.gatewayUrl().startsWith("/") ? portalBaseUrl + properties.gatewayUrl()
                : properties.gatewayUrl();
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(gateway);
        parameters.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }

    /**
     * Takes the gateway's server-to-server callback. Authentic (HMAC over timestamp and body) and
     * fresh (within {@code callbackMaxAge}) or refused; idempotent per transaction id; the order's
     * row is locked, so two concurrent callbacks settle it once.
     */
    @Transactional
    public CallbackOutcome settle(String body, String timestamp, String signatureHex) {
        if (timestamp == null || !timestamp.matches("\\d{1,15}")
                || !signature.verify(PaymentSignature.callbackMessage(timestamp, body), signatureHex)) {
            log.warn("Payment callback refused: bad signature");
            return CallbackOutcome.UNAUTHENTICATED;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), Instant.now(clock)).abs();
        if (age.compareTo(properties.callbackMaxAge()) > 0) {
            log.warn("Payment callback refused: {} old", age);
            return CallbackOutcome.UNAUTHENTICATED;
        }
        GatewayCallback callback;
        try {
            callback = json.readValue(body, GatewayCallback.class);
        } catch (JsonProcessingException e) {
            return CallbackOutcome.INVALID;
        }
        // a signed body may still be JSON null or lack fields: the gateway's bug, answered 400
        if (callback == null || callback.ref() == null || callback.status() == null || callback.transactionId() == null
                || callback.transactionId().length() > 64) {
            return CallbackOutcome.INVALID;
        }
        Optional<Payment> locked = payments.lock(callback.ref());
        if (locked.isEmpty() || locked.get().amountVnd() != callback.amountVnd()) {
            return CallbackOutcome.INVALID;
        }
        Payment payment = locked.get();
        if (payment.state() != Payment.State.PENDING) {
            return callback.transactionId().equals(payment.gatewayTransactionId())
                    ? CallbackOutcome.ALREADY_SETTLED : CallbackOutcome.CONFLICT;
        }
        Payment.State state = switch (callback.status()) {
            case "PAID" -> Payment.State.PAID;
            case "CANCELLED" -> Payment.State.CANCELLED;
            default -> null;
        };
        if (state == null) {
            return CallbackOutcome.INVALID;
        }
        payments.settle(payment.id(), state, callback.transactionId(), Instant.now(clock));
        audit.record("payment-gateway", state == Payment.State.PAID ? "PAYMENT_PAID" : "PAYMENT_CANCELLED", "PAYMENT",
                payment.id(), "transaction " + callback.transactionId() + ", " + callback.amountVnd() + " VND");
        if (state == Payment.State.PAID && payment.dossierCode() != null) {
            confirmToProcess(payment.dossierCode(), payment.amountVnd());
        }
        return CallbackOutcome.SETTLED;
    }

    /**
     * Ties a paid order to the dossier being submitted (inside the submission's transaction);
     * false when the order is not the payer's, not paid, for another procedure or already used.
     */
    @Transactional
    public boolean consume(String paymentId, String payerId, String procedureCode, String dossierCode) {
        boolean used = payments.consume(paymentId, payerId, procedureCode, dossierCode);
        if (used) {
            audit.record(payerId, "PAYMENT_USED", "DOSSIER", dossierCode, "payment " + paymentId);
        }
        return used;
    }

    /** The dossier's process waits for the payment, or will learn at registration that it is paid. */
    private void confirmToProcess(String dossierCode, long amountVnd) {
        var waiting = runtime.createMessageCorrelation(MESSAGE_PAYMENT_CONFIRMED).processInstanceBusinessKey(dossierCode)
                .setVariable(VAR_FEE_PAID, true).correlateAllWithResult();
        if (waiting.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierCode).list()
                    .forEach(instance -> runtime.setVariable(instance.getId(), VAR_FEE_PAID, true));
        }
        audit.record("payment-gateway", "DOSSIER_FEE_PAID", "DOSSIER", dossierCode, amountVnd + " VND");
        events.publishEvent(new vn.motcua.engine.lifecycle.FeePaid(dossierCode, amountVnd, java.time.Instant.now(clock)));
    }
}
