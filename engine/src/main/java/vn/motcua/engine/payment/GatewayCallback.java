package vn.motcua.engine.payment;

/**
 * What the gateway posts to the portal when an order is settled: the body of the signed callback.
 *
 * @param ref the portal's payment id (the merchant's order reference)
 * @param status {@code PAID} or {@code CANCELLED}
 */
public record GatewayCallback(String ref, String transactionId, long amountVnd, String status) {
}
