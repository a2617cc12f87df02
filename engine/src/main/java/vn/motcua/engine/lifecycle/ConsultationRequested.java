package vn.motcua.engine.lifecycle;

import java.time.Instant;
import java.util.List;

/**
 * Processing asked coordinating agencies (cơ quan phối hợp) for their opinion, due by
 * {@code answerDueAt}. The dossier's own deadline keeps running.
 */
public record ConsultationRequested(String dossierCode, List<String> agencies, String question, Instant answerDueAt,
                                    String byIdNumber, Instant occurredAt) implements DossierEvent {
}
