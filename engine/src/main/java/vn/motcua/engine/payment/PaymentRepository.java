package vn.motcua.engine.payment;

import static vn.motcua.db.Tables.PAYMENT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.motcua.db.tables.records.PaymentRecord;

@Repository
class PaymentRepository {

    private final DSLContext sql;
    private final Clock clock;

    PaymentRepository(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    void insert(Payment p) {
        sql.insertInto(PAYMENT).set(PAYMENT.ID, p.id()).set(PAYMENT.PAYER_ID, p.payerId())
                .set(PAYMENT.PROCEDURE_CODE, p.procedureCode()).set(PAYMENT.AMOUNT_VND, p.amountVnd())
                .set(PAYMENT.STATE, p.state().name()).set(PAYMENT.DOSSIER_CODE, p.dossierCode())
                .set(PAYMENT.CREATED_AT, local(p.createdAt())).execute();
    }

    Optional<Payment> byId(String id) {
        return sql.selectFrom(PAYMENT).where(PAYMENT.ID.eq(id)).fetchOptional(this::toPayment);
    }

    /** The row locked until the transaction ends: two callbacks for one order settle one after the other. */
    Optional<Payment> lock(String id) {
        return sql.selectFrom(PAYMENT).where(PAYMENT.ID.eq(id)).forUpdate().fetchOptional(this::toPayment);
    }

    /** A payment of the payer for the procedure not yet used by a dossier, paid ones first, then pending. */
    Optional<Payment> openForFiling(String payerId, String procedureCode) {
        return sql.selectFrom(PAYMENT).where(PAYMENT.PAYER_ID.eq(payerId), PAYMENT.PROCEDURE_CODE.eq(procedureCode),
                        PAYMENT.DOSSIER_CODE.isNull(), PAYMENT.STATE.in("PAID", "PENDING"))
                .orderBy(PAYMENT.STATE.desc(), PAYMENT.CREATED_AT.desc()).limit(1).fetchOptional(this::toPayment);
    }

    Optional<Payment> openForDossier(String dossierCode) {
        return sql.selectFrom(PAYMENT).where(PAYMENT.DOSSIER_CODE.eq(dossierCode), PAYMENT.STATE.in("PAID", "PENDING"))
                .fetchOptional(this::toPayment);
    }

    void settle(String id, Payment.State state, String transactionId, Instant at) {
        sql.update(PAYMENT).set(PAYMENT.STATE, state.name()).set(PAYMENT.GATEWAY_TRANSACTION_ID, transactionId)
                .set(PAYMENT.SETTLED_AT, local(at)).where(PAYMENT.ID.eq(id)).execute();
    }

    /** Ties a paid, unused payment to the dossier it paid for; false when it is not such a payment. */
    boolean consume(String id, String payerId, String procedureCode, String dossierCode) {
        return sql.update(PAYMENT).set(PAYMENT.DOSSIER_CODE, dossierCode)
                .where(PAYMENT.ID.eq(id), PAYMENT.PAYER_ID.eq(payerId), PAYMENT.PROCEDURE_CODE.eq(procedureCode),
                        PAYMENT.STATE.eq("PAID"), PAYMENT.DOSSIER_CODE.isNull())
                .execute() == 1;
    }

    List<Payment> receiptsOf(String dossierCode) {
        return sql.selectFrom(PAYMENT).where(PAYMENT.DOSSIER_CODE.eq(dossierCode), PAYMENT.STATE.eq("PAID"))
                .fetch(this::toPayment);
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }

    private Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(clock.getZone()).toInstant();
    }

    private Payment toPayment(PaymentRecord r) {
        return new Payment(r.getId(), r.getPayerId(), r.getProcedureCode(), r.getAmountVnd(),
                Payment.State.valueOf(r.getState()), r.getDossierCode(), r.getGatewayTransactionId(),
                instant(r.getCreatedAt()), instant(r.getSettledAt()));
    }
}
