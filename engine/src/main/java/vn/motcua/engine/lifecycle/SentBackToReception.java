package vn.motcua.engine.lifecycle;

import java.time.Instant;

/**
 * Processing or approval sent the dossier back to reception (trả về bộ phận tiếp nhận) with a
 * reason; reception corrects it and forwards it again. The clock keeps running.
 */
public record SentBackToReception(String dossierCode, String fromStep, String reason, String byIdNumber,
                                  Instant occurredAt) implements DossierEvent {
}
