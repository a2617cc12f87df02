package vn.motcua.engine.dossier;

import java.util.Map;

/**
 * A citizen's submission: which procedure, through which channel, the form data, an idempotency
 * key chosen by the client (one per "Nộp hồ sơ" click or API call) so that a retry returns the
 * same dossier instead of filing twice, and the paid fee order when the fee was paid while filing
 * ({@code null}: not paid yet; the process then waits for the payment).
 */
public record SubmitDossier(String procedureCode, String channel, Map<String, Object> formData, String idempotencyKey,
                            String paymentId) {

    public SubmitDossier(String procedureCode, String channel, Map<String, Object> formData, String idempotencyKey) {
        this(procedureCode, channel, formData, idempotencyKey, null);
    }
}
