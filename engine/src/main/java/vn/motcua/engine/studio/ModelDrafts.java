package vn.motcua.engine.studio;

import static vn.motcua.db.Tables.MODEL_DRAFT;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.Messages;
import vn.motcua.engine.staff.StaffMember;

/**
 * The one draft per procedure (owner of {@code model_draft}). A save names the revision it was
 * made from; when someone saved in between, the save is refused and says who, so no edit is ever
 * overwritten silently.
 */
@Repository
class ModelDrafts {

    private final DSLContext sql;
    private final Clock clock;

    ModelDrafts(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Optional<ModelDraft> find(String procedureCode) {
        return sql.selectFrom(MODEL_DRAFT).where(MODEL_DRAFT.PROCEDURE_CODE.eq(procedureCode)).fetchOptional()
                .map(r -> new ModelDraft(r.getProcedureCode(), r.getBaseVersion(), r.getBpmnXml(), r.getFormJson(),
                        r.getRevision(), r.getEditorId(), r.getEditorName(), r.getUpdatedAt(),
                        ModelDraft.State.valueOf(r.getState()), r.getAuthorId(), r.getAuthorName(), r.getChangeNote(),
                        r.getSubmittedAt(), r.getReviewComment()));
    }

    /** Locks the draft's row until the transaction ends: saves, submissions and reviews queue up. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<ModelDraft> lock(String procedureCode) {
        sql.select(MODEL_DRAFT.PROCEDURE_CODE).from(MODEL_DRAFT).where(MODEL_DRAFT.PROCEDURE_CODE.eq(procedureCode))
                .forUpdate().fetchOptional();
        return find(procedureCode);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ModelDraft create(String procedureCode, int baseVersion, String bpmnXml, String formJson, StaffMember editor) {
        sql.insertInto(MODEL_DRAFT).set(MODEL_DRAFT.PROCEDURE_CODE, procedureCode)
                .set(MODEL_DRAFT.BASE_VERSION, baseVersion).set(MODEL_DRAFT.BPMN_XML, bpmnXml)
                .set(MODEL_DRAFT.FORM_JSON, formJson).set(MODEL_DRAFT.REVISION, 1)
                .set(MODEL_DRAFT.EDITOR_ID, editor.idNumber()).set(MODEL_DRAFT.EDITOR_NAME, editor.fullName())
                .set(MODEL_DRAFT.UPDATED_AT, LocalDateTime.now(clock)).set(MODEL_DRAFT.STATE, ModelDraft.State.EDITING.name())
                .onDuplicateKeyIgnore().execute();
        return find(procedureCode).orElseThrow();
    }

    /** Saves over revision {@code fromRevision}; refused (nothing changed) when it is not the stored one. */
    @Transactional(propagation = Propagation.MANDATORY)
    ModelDraft save(ModelDraft current, int fromRevision, String bpmnXml, String formJson, StaffMember editor) {
        if (current.revision() != fromRevision) {
            throw new StudioRefusedException("revision", Messages.text("studio.draft.stale",
                    current.editorName(), String.valueOf(current.revision())));
        }
        if (current.state() == ModelDraft.State.SUBMITTED) {
            throw new StudioRefusedException("state", Messages.text("studio.draft.submitted"));
        }
        sql.update(MODEL_DRAFT).set(MODEL_DRAFT.BPMN_XML, bpmnXml).set(MODEL_DRAFT.FORM_JSON, formJson)
                .set(MODEL_DRAFT.REVISION, current.revision() + 1).set(MODEL_DRAFT.EDITOR_ID, editor.idNumber())
                .set(MODEL_DRAFT.EDITOR_NAME, editor.fullName()).set(MODEL_DRAFT.UPDATED_AT, LocalDateTime.now(clock))
                .set(MODEL_DRAFT.STATE, ModelDraft.State.EDITING.name())
                .where(MODEL_DRAFT.PROCEDURE_CODE.eq(current.procedureCode()), MODEL_DRAFT.REVISION.eq(fromRevision))
                .execute();
        return find(current.procedureCode()).orElseThrow();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void submit(ModelDraft draft, StaffMember author, String changeNote) {
        sql.update(MODEL_DRAFT).set(MODEL_DRAFT.STATE, ModelDraft.State.SUBMITTED.name())
                .set(MODEL_DRAFT.AUTHOR_ID, author.idNumber()).set(MODEL_DRAFT.AUTHOR_NAME, author.fullName())
                .set(MODEL_DRAFT.CHANGE_NOTE, changeNote).set(MODEL_DRAFT.SUBMITTED_AT, LocalDateTime.now(clock))
                .setNull(MODEL_DRAFT.REVIEW_COMMENT)
                .where(MODEL_DRAFT.PROCEDURE_CODE.eq(draft.procedureCode())).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void sendBack(ModelDraft draft, String comment) {
        sql.update(MODEL_DRAFT).set(MODEL_DRAFT.STATE, ModelDraft.State.RETURNED.name())
                .set(MODEL_DRAFT.REVIEW_COMMENT, comment)
                .where(MODEL_DRAFT.PROCEDURE_CODE.eq(draft.procedureCode())).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void delete(String procedureCode) {
        sql.deleteFrom(MODEL_DRAFT).where(MODEL_DRAFT.PROCEDURE_CODE.eq(procedureCode)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    java.util.Map<String, ModelDraft.State> states() {
        return sql.select(MODEL_DRAFT.PROCEDURE_CODE, MODEL_DRAFT.STATE).from(MODEL_DRAFT)
                .fetchMap(MODEL_DRAFT.PROCEDURE_CODE, r -> ModelDraft.State.valueOf(r.get(MODEL_DRAFT.STATE)));
    }
}
