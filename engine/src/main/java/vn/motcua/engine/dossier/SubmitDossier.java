package vn.motcua.engine.dossier;

import java.util.Map;

/**
 * A citizen's submission: which procedure, through which channel, the form data, and an
 * idempotency key chosen by the client (one per "Nộp hồ sơ" click or API call) so that a retry
 * returns the same dossier instead of filing twice.
 */
public record SubmitDossier(String procedureCode, String channel, Map<String, Object> formData, String idempotencyKey) {
}
