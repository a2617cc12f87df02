package vn.motcua.engine.payment;

/** How the portal took a gateway callback; the API answers with the matching HTTP status. */
public enum CallbackOutcome {
    /** Settled now (paid or cancelled). */
    SETTLED,
    /** The same callback again (gateway retry or replay inside the window): nothing changes. */
    ALREADY_SETTLED,
    /** Signature wrong or missing, or too old to be fresh: refused, nothing changes. */
    UNAUTHENTICATED,
    /** Unreadable, unknown order, or an amount that is not the order's. */
    INVALID,
    /** A second, different payment for an order already settled: refused (the gateway must refund). */
    CONFLICT
}
