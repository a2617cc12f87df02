package vn.motcua.paymentsandbox;

import static vn.motcua.db.Tables.PAYMENT_SANDBOX_TRANSACTION;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** The gateway's ledger: one transaction per merchant order, whatever the browser sends again. */
@Component
class GatewayBook {

    record Entry(String transactionId, String status) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext sql;
    private final Clock clock;

    GatewayBook(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    Optional<Entry> find(String merchantRef) {
        return sql.selectFrom(PAYMENT_SANDBOX_TRANSACTION).where(PAYMENT_SANDBOX_TRANSACTION.MERCHANT_REF.eq(merchantRef))
                .fetchOptional(r -> new Entry(r.getTransactionId(), r.getStatus()));
    }

    /** Books the order's outcome; empty when the order was already booked (paid or cancelled). */
    Optional<Entry> book(String merchantRef, long amountVnd, String status) {
        LocalDateTime now = LocalDateTime.now(clock);
        String transactionId = "SBX" + STAMP.format(now) + String.format("%06d", RANDOM.nextInt(1_000_000));
        try {
            sql.insertInto(PAYMENT_SANDBOX_TRANSACTION)
                    .set(PAYMENT_SANDBOX_TRANSACTION.TRANSACTION_ID, transactionId)
                    .set(PAYMENT_SANDBOX_TRANSACTION.MERCHANT_REF, merchantRef)
                    .set(PAYMENT_SANDBOX_TRANSACTION.AMOUNT_VND, amountVnd)
                    .set(PAYMENT_SANDBOX_TRANSACTION.STATUS, status)
                    .set(PAYMENT_SANDBOX_TRANSACTION.CREATED_AT, now).execute();
            return Optional.of(new Entry(transactionId, status));
        } catch (DuplicateKeyException alreadyBooked) {
            return Optional.empty();
        }
    }
}
