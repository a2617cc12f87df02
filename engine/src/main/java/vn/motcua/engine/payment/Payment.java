package vn.motcua.engine.payment;

import java.time.Instant;

/**
 * A fee payment for a citizen's filing of one procedure. Once {@code PAID} it is the receipt: the
 * gateway's transaction id, the amount and when it was settled; {@code dossierCode} is set when the
 * dossier it paid for is submitted (one payment, one dossier).
 */
public record Payment(String id, String payerId, String procedureCode, long amountVnd, State state,
                      String dossierCode, String gatewayTransactionId, Instant createdAt, Instant settledAt) {

    public enum State {
        PENDING,   // Chờ thanh toán
        PAID,      // Đã thanh toán
        CANCELLED  // Đã hủy
    }

    public boolean paid() {
        return state == State.PAID;
    }
}
