package vn.motcua.engine.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.Messages;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.models.ModelPublished;
import vn.motcua.engine.models.PublishedModels;
import vn.motcua.engine.forms.ProcedureForms;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.flagship.ProcedureModels;
import vn.motcua.workflows.onestop.OneStopModel;

/**
 * What policy staff do with a procedure's model: see the versions, open and save the draft,
 * validate it, submit it for review; what a reviewer does: approve (deploy a new version) or send
 * it back. Every action checks the caller's role here, not in the page.
 */
@Service
public class PolicyStudio {

    /** Camunda deployment names: the start-up deployment of all procedures, and one per published edit. */
    static final String GENERATED_DEPLOYMENT = "motcua-procedures";
    static final String STUDIO_DEPLOYMENT_PREFIX = "motcua-studio-";

    private final RepositoryService repository;
    private final ManagementService management;
    private final ProcedureCatalogue catalogue;
    private final ProcedureForms forms;
    private final ModelDrafts drafts;
    private final PublishedModels published;
    private final ModelValidator validator;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyStudio(RepositoryService repository, ManagementService management, ProcedureCatalogue catalogue,
                 ProcedureForms forms, ModelDrafts drafts, PublishedModels published, ModelValidator validator,
                 AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.management = management;
        this.catalogue = catalogue;
        this.forms = forms;
        this.drafts = drafts;
        this.published = published;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The list lines of these procedures (one page of the catalogue search). */
    @Transactional(readOnly = true)
    public List<ModelSummary> summaries(StaffMember staff, Collection<String> procedureCodes) {
        StudioAccess.requireViewer(staff);
        Map<String, ModelDraft.State> draftStates = drafts.states();
        Map<String, PublishedModels.Published> edits = new HashMap<>();
        published.all().forEach(p -> edits.put(p.procedureCode(), p));
        Map<String, Map<Integer, Long>> open = openDossiersByVersion();
        List<ModelSummary> lines = new ArrayList<>();
        for (String code : procedureCodes) {
            ProcessDefinition live = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(OneStopModel.processId(code)).withoutTenantId().latestVersion().singleResult();
            if (live == null) {
                continue;
            }
            PublishedModels.Published edit = edits.get(code);
            boolean studioLive = edit != null && edit.processDefinitionId().equals(live.getId());
            ModelOrigin origin = studioLive ? ModelOrigin.STUDIO : baseOrigin(code);
            LocalDateTime at = studioLive ? edit.publishedAt() : deploymentTime(live);
            lines.add(new ModelSummary(code, origin, live.getVersion(), studioLive ? edit.approverName() : null, at,
                    draftStates.get(code), open.getOrDefault(code, Map.of()),
                    edit != null && !edit.catalogueHash().equals(catalogueHash(code))));
        }
        return lines;
    }

    /** Every deployed version of the procedure's model, oldest first. */
    @Transactional(readOnly = true)
    public List<ModelVersion> versions(StaffMember staff, String code) {
        StudioAccess.requireViewer(staff);
        return versions(code);
    }

    List<ModelVersion> versions(String code) {
        Map<String, PublishedModels.Published> edits = new HashMap<>();
        published.versionsOf(code).forEach(p -> edits.put(p.processDefinitionId(), p));
        Map<Integer, Long> open = openDossiersByVersion().getOrDefault(code, Map.of());
        List<ModelVersion> versions = new ArrayList<>();
        for (ProcessDefinition definition : definitions(code)) {
            PublishedModels.Published edit = edits.get(definition.getId());
            versions.add(edit != null
                    ? new ModelVersion(definition.getVersion(), definition.getId(), ModelOrigin.STUDIO, edit.authorName(),
                            edit.approverName(), edit.publishedAt(), edit.changeNote(), open.getOrDefault(definition.getVersion(), 0L))
                    : new ModelVersion(definition.getVersion(), definition.getId(), baseOrigin(code), null, null,
                            deploymentTime(definition), null, open.getOrDefault(definition.getVersion(), 0L)));
        }
        return versions;
    }

    /** The BPMN XML of one version (0: the live one). */
    @Transactional(readOnly = true)
    public String modelXml(StaffMember staff, String code, int version) {
        StudioAccess.requireViewer(staff);
        return resource(definition(code, version), true);
    }

    /** The form deployed with one version (0: the live one). */
    @Transactional(readOnly = true)
    public String formJson(StaffMember staff, String code, int version) {
        StudioAccess.requireViewer(staff);
        return resource(definition(code, version), false);
    }

    /** Public, for the open-data API: the live model and its version. */
    @Transactional(readOnly = true)
    public LiveModel liveModel(String code) {
        ProcessDefinition live = definition(code, 0);
        return new LiveModel(code, live.getVersion(), resource(live, true));
    }

    /** The public list of versions (no names of civil servants). */
    @Transactional(readOnly = true)
    public List<ModelVersion> publicVersions(String code) {
        definition(code, 0);
        return versions(code).stream().map(v -> new ModelVersion(v.version(), v.processDefinitionId(), v.origin(), null, null,
                v.publishedAt(), v.changeNote(), 0)).toList();
    }

    public record LiveModel(String procedureCode, int version, String bpmnXml) {
    }

    /** The procedure's draft, created from the live version when there is none. */
    @Transactional
    public ModelDraft openDraft(StaffMember staff, String code) {
        StudioAccess.requireEditor(staff);
        return drafts.lock(code).orElseGet(() -> {
            ProcessDefinition live = definition(code, 0);
            return drafts.create(code, live.getVersion(), resource(live, true), resource(live, false), staff);
        });
    }

    /** The draft if there is one (for reviewers and viewers). */
    @Transactional(readOnly = true)
    public java.util.Optional<ModelDraft> draft(StaffMember staff, String code) {
        StudioAccess.requireViewer(staff);
        return drafts.find(code);
    }

    /**
     * Saves the draft over the revision it was loaded at. The files are checked for safety and
     * shape here (an unsafe or malformed file changes nothing); the one-stop rules are the
     * validation's, which a draft may fail while it is being edited.
     */
    @Transactional
    public ModelDraft saveDraft(StaffMember staff, String code, int fromRevision, String bpmnXml, String formJson) {
        StudioAccess.requireEditor(staff);
        ModelFiles.readBpmn(bpmnXml);
        ModelFiles.readForm(formJson);
        ModelDraft current = drafts.lock(code).orElseThrow(() ->
                new StudioRefusedException("revision", Messages.text("studio.draft.none")));
        return drafts.save(current, fromRevision, bpmnXml, formJson, staff);
    }

    /** Validates the stored draft. */
    @Transactional(readOnly = true)
    public List<Finding> validateDraft(StaffMember staff, String code) {
        StudioAccess.requireViewer(staff);
        ModelDraft draft = drafts.find(code).orElseThrow(() ->
                new StudioRefusedException("revision", Messages.text("studio.draft.none")));
        return validator.validate(code, draft.bpmnXml(), draft.formJson());
    }

    /** The author asks for review; refused while the draft does not validate or says nothing of why. */
    @Transactional
    public void submit(StaffMember staff, String code, int revision, String changeNote) {
        StudioAccess.requireEditor(staff);
        if (changeNote == null || changeNote.isBlank() || changeNote.length() > 2000) {
            throw new StudioRefusedException("changeNote", Messages.text("studio.submit.note"));
        }
        ModelDraft draft = drafts.lock(code).orElseThrow(() ->
                new StudioRefusedException("revision", Messages.text("studio.draft.none")));
        if (draft.revision() != revision) {
            throw new StudioRefusedException("revision", Messages.text("studio.draft.stale", draft.editorName(),
                    String.valueOf(draft.revision())));
        }
        if (draft.state() == ModelDraft.State.SUBMITTED) {
            throw new StudioRefusedException("state", Messages.text("studio.draft.submitted"));
        }
        List<Finding> findings = validator.validate(code, draft.bpmnXml(), draft.formJson());
        if (!findings.isEmpty()) {
            throw new StudioRefusedException("bpmn", Messages.text("studio.submit.invalid", String.valueOf(findings.size())));
        }
        drafts.submit(draft, staff, changeNote.strip());
        audit.record(staff.idNumber(), "MODEL_SUBMITTED", "PROCEDURE", code, "revision " + revision + ": " + changeNote.strip());
    }

    /** The reviewer sends the draft back to its author with a comment. */
    @Transactional
    public void sendBack(StaffMember staff, String code, String comment) {
        ModelDraft draft = submitted(code);
        StudioAccess.requireReviewer(staff, draft.authorId());
        if (comment == null || comment.isBlank() || comment.length() > 2000) {
            throw new StudioRefusedException("comment", Messages.text("studio.review.comment"));
        }
        drafts.sendBack(draft, comment.strip());
        audit.record(staff.idNumber(), "MODEL_SENT_BACK", "PROCEDURE", code, comment.strip());
    }

    /**
     * The reviewer approves: the draft is validated again (the rules may depend on the directory,
     * which may have changed) and deployed as the procedure's new version, in its own deployment;
     * the author, the approver and the note are kept; the draft is gone. New dossiers start on it,
     * running ones stay where they are.
     */
    @Transactional
    public ModelVersion approve(StaffMember staff, String code) {
        ModelDraft draft = submitted(code);
        StudioAccess.requireReviewer(staff, draft.authorId());
        List<Finding> findings = validator.validate(code, draft.bpmnXml(), draft.formJson());
        if (!findings.isEmpty()) {
            throw new StudioRefusedException("bpmn", Messages.text("studio.submit.invalid", String.valueOf(findings.size())));
        }
        DeploymentWithDefinitions deployment = repository.createDeployment()
                .name(STUDIO_DEPLOYMENT_PREFIX + code)
                .addString(OneStopModel.modelResource(code), draft.bpmnXml())
                .addString(OneStopModel.formResource(code), draft.formJson())
                .deployWithResult();
        ProcessDefinition definition = deployment.getDeployedProcessDefinitions().get(0);
        LocalDateTime now = LocalDateTime.now(clock);
        published.record(new PublishedModels.Published(code, definition.getVersion(), definition.getId(), deployment.getId(),
                draft.authorId(), draft.authorName(), staff.idNumber(), staff.fullName(), draft.changeNote(), now,
                catalogueHash(code)));
        drafts.delete(code);
        audit.record(staff.idNumber(), "MODEL_PUBLISHED", "PROCEDURE", code, "version " + definition.getVersion()
                + "; author " + draft.authorName() + " (" + draft.authorId() + "); approver " + staff.fullName()
                + " (" + staff.idNumber() + "); " + draft.changeNote());
        events.publishEvent(new ModelPublished(code, definition.getVersion(), definition.getId()));
        return new ModelVersion(definition.getVersion(), definition.getId(), ModelOrigin.STUDIO, draft.authorName(),
                staff.fullName(), now, draft.changeNote(), 0);
    }

    /** Rollback: a policy officer starts a draft from an earlier version, which then goes through review. */
    @Transactional
    public ModelDraft draftFromVersion(StaffMember staff, String code, int version, int fromRevision) {
        StudioAccess.requireEditor(staff);
        ProcessDefinition earlier = definition(code, version);
        openDraft(staff, code);
        ModelDraft current = drafts.lock(code).orElseThrow();
        return drafts.save(current, fromRevision, resource(earlier, true), resource(earlier, false), staff);
    }

    private ModelDraft submitted(String code) {
        ModelDraft draft = drafts.lock(code).orElseThrow(() ->
                new StudioRefusedException("revision", Messages.text("studio.draft.none")));
        if (draft.state() != ModelDraft.State.SUBMITTED) {
            throw new StudioRefusedException("state", Messages.text("studio.review.notSubmitted"));
        }
        return draft;
    }

    List<ProcessDefinition> definitions(String code) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(OneStopModel.processId(code))
                .withoutTenantId().orderByProcessDefinitionVersion().asc().list();
    }

    /** One version's definition (0: the live one); an unknown procedure or version is a field error. */
    ProcessDefinition definition(String code, int version) {
        var query = repository.createProcessDefinitionQuery().processDefinitionKey(OneStopModel.processId(code))
                .withoutTenantId();
        ProcessDefinition definition = version == 0 ? query.latestVersion().singleResult()
                : query.processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new StudioRefusedException(version == 0 ? "procedure" : "version",
                    Messages.text(version == 0 ? "studio.procedure.unknown" : "studio.version.unknown"));
        }
        return definition;
    }

    /** The model (or the form deployed with it) of a definition. */
    String resource(ProcessDefinition definition, boolean model) {
        String code = codeOf(definition);
        if (!model) {
            List<String> names = repository.getDeploymentResourceNames(definition.getDeploymentId());
            if (!names.contains(OneStopModel.formResource(code))) {
                return forms.formJson(code); // deployed before forms travelled with the models
            }
        }
        try (InputStream in = model ? repository.getProcessModel(definition.getId())
                : repository.getResourceAsStream(definition.getDeploymentId(), OneStopModel.formResource(code))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String codeOf(ProcessDefinition definition) {
        return codeOfKey(definition.getKey());
    }

    /** The procedure code of a process key (tthc_1_004194 → 1.004194). */
    private String codeOfKey(String key) {
        Map<String, String> codes = codesByKey;
        if (codes == null) {
            Map<String, String> built = new HashMap<>();
            catalogue.allEntries().forEach(e -> built.put(OneStopModel.processId(e.code()), e.code()));
            codes = codesByKey = Map.copyOf(built);
        }
        return codes.getOrDefault(key, key);
    }

    private volatile Map<String, String> codesByKey;

    private ModelOrigin baseOrigin(String code) {
        return ProcedureModels.isFlagship(code) ? ModelOrigin.FLAGSHIP : ModelOrigin.GENERATED;
    }

    private LocalDateTime deploymentTime(ProcessDefinition definition) {
        Deployment deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
        return deployment == null ? null
                : LocalDateTime.ofInstant(deployment.getDeploymentTime().toInstant(), ZoneId.systemDefault());
    }

    /** Open process instances per procedure and version, from Camunda's statistics (one query). */
    private Map<String, Map<Integer, Long>> openDossiersByVersion() {
        Map<String, Map<Integer, Long>> open = new HashMap<>();
        for (ProcessDefinitionStatistics s : management.createProcessDefinitionStatisticsQuery().list()) {
            if (s.getKey().startsWith("tthc_") && s.getTenantId() == null && s.getInstances() > 0) {
                String code = codeOfKey(s.getKey());
                open.computeIfAbsent(code, k -> new TreeMap<>()).merge(s.getVersion(), (long) s.getInstances(), Long::sum);
            }
        }
        return open;
    }

    /** What of the catalogue entry a model depends on; compared with the hash kept at publication. */
    String catalogueHash(String code) {
        CatalogueEntry entry = catalogue.find(code).orElseThrow(() ->
                new StudioRefusedException("procedure", Messages.text("studio.procedure.unknown")));
        try {
            return vn.motcua.engine.Sha256.hex(vn.motcua.workflows.catalogue.CatalogueJson.mapper().writeValueAsBytes(entry));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }


    /** Procedures with a published studio edit: the start-up deployment leaves them alone. */
    public Set<String> editedProcedures() {
        return published.editedProcedures();
    }
}
