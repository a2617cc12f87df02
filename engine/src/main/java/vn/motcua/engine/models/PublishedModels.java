package vn.motcua.engine.models;

import static vn.motcua.db.Tables.MODEL_VERSION;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions published from the studio (owner of {@code model_version}). The start-up deployment
 * asks it which procedures have an edited model, so a restart or a catalogue re-import never
 * replaces a published edit with the generated or flagship model.
 */
@Service
public class PublishedModels {

    /** One published edit: which Camunda definition, who wrote and approved it, why. */
    public record Published(String procedureCode, int version, String processDefinitionId, String deploymentId,
                            String authorId, String authorName, String approverId, String approverName,
                            String changeNote, LocalDateTime publishedAt, String catalogueHash) {
    }

    private final DSLContext sql;

    PublishedModels(DSLContext sql) {
        this.sql = sql;
    }

    /** Codes of the procedures whose live model was published from the studio. */
    @Transactional(readOnly = true)
    public Set<String> editedProcedures() {
        return sql.selectDistinct(MODEL_VERSION.PROCEDURE_CODE).from(MODEL_VERSION).fetchSet(MODEL_VERSION.PROCEDURE_CODE)
                .stream().collect(Collectors.toUnmodifiableSet());
    }

    /** The newest published version of every edited procedure, in one query. */
    @Transactional(readOnly = true)
    public java.util.Map<String, Integer> latestVersions() {
        return sql.select(MODEL_VERSION.PROCEDURE_CODE, org.jooq.impl.DSL.max(MODEL_VERSION.VERSION)).from(MODEL_VERSION)
                .groupBy(MODEL_VERSION.PROCEDURE_CODE)
                .fetchMap(MODEL_VERSION.PROCEDURE_CODE, org.jooq.impl.DSL.max(MODEL_VERSION.VERSION));
    }

    @Transactional(readOnly = true)
    public List<Published> versionsOf(String procedureCode) {
        return sql.selectFrom(MODEL_VERSION).where(MODEL_VERSION.PROCEDURE_CODE.eq(procedureCode))
                .orderBy(MODEL_VERSION.VERSION).fetch(PublishedModels::published);
    }

    @Transactional(readOnly = true)
    public List<Published> all() {
        return sql.selectFrom(MODEL_VERSION).orderBy(MODEL_VERSION.PROCEDURE_CODE, MODEL_VERSION.VERSION)
                .fetch(PublishedModels::published);
    }

    private static Published published(vn.motcua.db.tables.records.ModelVersionRecord r) {
        return new Published(r.getProcedureCode(), r.getVersion(), r.getProcessDefinitionId(), r.getDeploymentId(),
                r.getAuthorId(), r.getAuthorName(), r.getApproverId(), r.getApproverName(), r.getChangeNote(),
                r.getPublishedAt(), r.getCatalogueHash());
    }

    @Transactional(readOnly = true)
    public Optional<Published> latest(String procedureCode) {
        List<Published> versions = versionsOf(procedureCode);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Published published) {
        sql.insertInto(MODEL_VERSION).set(MODEL_VERSION.PROCEDURE_CODE, published.procedureCode())
                .set(MODEL_VERSION.VERSION, published.version())
                .set(MODEL_VERSION.PROCESS_DEFINITION_ID, published.processDefinitionId())
                .set(MODEL_VERSION.DEPLOYMENT_ID, published.deploymentId())
                .set(MODEL_VERSION.AUTHOR_ID, published.authorId()).set(MODEL_VERSION.AUTHOR_NAME, published.authorName())
                .set(MODEL_VERSION.APPROVER_ID, published.approverId()).set(MODEL_VERSION.APPROVER_NAME, published.approverName())
                .set(MODEL_VERSION.CHANGE_NOTE, published.changeNote()).set(MODEL_VERSION.PUBLISHED_AT, published.publishedAt())
                .set(MODEL_VERSION.CATALOGUE_HASH, published.catalogueHash()).execute();
    }
}
