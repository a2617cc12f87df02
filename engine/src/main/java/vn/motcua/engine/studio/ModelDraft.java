package vn.motcua.engine.studio;

import java.time.LocalDateTime;

/**
 * The draft of a procedure's model and form: which live version it started from, its revision
 * (every save adds one), who saved it last, and where it is in the review.
 */
public record ModelDraft(String procedureCode, int baseVersion, String bpmnXml, String formJson, int revision,
                         String editorId, String editorName, LocalDateTime updatedAt, State state, String authorId,
                         String authorName, String changeNote, LocalDateTime submittedAt, String reviewComment) {

    public enum State { EDITING, SUBMITTED, RETURNED }
}
