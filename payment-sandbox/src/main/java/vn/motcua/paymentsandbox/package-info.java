/**
 * A stand-in for the payment gateway (in Vietnam, the national payment platform of the public-service
 * portal and the banks behind it) under {@code /payment-sandbox}: it shows the order the portal signed,
 * lets the citizen pay or cancel, books the transaction once per order, and tells the portal
 * server-to-server with an HMAC-signed callback before sending the browser back. Off in {@code prod}.
 */
package vn.motcua.paymentsandbox;
