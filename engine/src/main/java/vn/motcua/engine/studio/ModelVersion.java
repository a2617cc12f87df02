package vn.motcua.engine.studio;

import java.time.LocalDateTime;

/**
 * One deployed version of a procedure's model: Camunda's definition, where it came from, who wrote
 * and approved it (for studio versions) and how many dossiers are open on it.
 */
public record ModelVersion(int version, String processDefinitionId, ModelOrigin origin, String authorName,
                           String approverName, LocalDateTime publishedAt, String changeNote, long openDossiers) {
}
