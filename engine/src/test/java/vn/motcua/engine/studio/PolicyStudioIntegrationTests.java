package vn.motcua.engine.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.db.Tables.WORK_ITEM;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.SubmitDossier;
import vn.motcua.engine.dossier.TestDossiers;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.staff.StaffRole;
import vn.motcua.workflows.onestop.OneStopModel;

/**
 * The studio's life of one procedure (temporary absence, generated model): a draft edited by two
 * people without overwriting, a consultation step added, test-run, submitted, refused to its own
 * author, approved by an administrator, live for new dossiers while old ones stay until moved, and
 * kept when the models are deployed again. Ordered: each step builds on the last.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PolicyStudioIntegrationTests {

    static final String CODE = "1.003677";
    static final StaffMember LAN_ANH = new StaffMember("001180200009", "Vũ Thị Lan Anh", "ubnd-tinh-01", "UBND", "Chuyên viên",
            Set.of(StaffRole.POLICY));
    static final StaffMember SECOND_EDITOR = new StaffMember("001180200099", "Đỗ Minh Khoa", "ubnd-tinh-01", "UBND", "Chuyên viên",
            Set.of(StaffRole.POLICY));
    static final StaffMember BAO = new StaffMember("001085200010", "Trần Quốc Bảo", "ubnd-tinh-01", "UBND", "Quản trị",
            Set.of(StaffRole.ADMIN));
    static final StaffMember RECEPTIONIST = new StaffMember("001187200001", "Lê Thị Mai", "ubnd-xa-00004", "UBND", "Một cửa",
            Set.of(StaffRole.RECEPTION));

    @Autowired
    PolicyStudio studio;
    @Autowired
    ModelTestRun testRun;
    @Autowired
    DossierMigration migration;
    @Autowired
    StepFigures figures;
    @Autowired
    DossierService dossiers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    AuditTrail audit;
    @Autowired
    DSLContext sql;

    private final List<Dossier> filedOnVersionOne = new ArrayList<>();
    private int versionBefore;

    private Dossier file() {
        Dossier dossier = dossiers.submit(new Applicant("001092100001", "Nguyễn Văn An", "00004", "01"), 2,
                new SubmitDossier(CODE, "ONLINE", vn.motcua.testsupport.FilledForms.temporaryAbsence(),
                        "studio-" + UUID.randomUUID()));
        TestDossiers.runJobs(management, dossier.processInstanceId());
        return dossier;
    }

    private int versionOf(Dossier dossier) {
        String definitionId = runtime.createProcessInstanceQuery().processInstanceId(dossier.processInstanceId())
                .singleResult().getProcessDefinitionId();
        return repository.getProcessDefinition(definitionId).getVersion();
    }

    @Test
    @Order(1)
    void onlyStudioRolesSeeAndOnlyPolicyStaffEdit() {
        versionBefore = studio.versions(LAN_ANH, CODE).get(studio.versions(LAN_ANH, CODE).size() - 1).version();
        filedOnVersionOne.add(file());
        filedOnVersionOne.add(file());
        assertThatThrownBy(() -> studio.versions(RECEPTIONIST, CODE)).isInstanceOf(StudioAccessDeniedException.class);
        assertThatThrownBy(() -> studio.versions(null, CODE)).isInstanceOf(StudioAccessDeniedException.class);
        assertThatThrownBy(() -> studio.openDraft(BAO, CODE)).isInstanceOf(StudioAccessDeniedException.class);
        assertThatThrownBy(() -> testRun.run(RECEPTIONIST, CODE, ModelTestRun.Scenario.APPROVE))
                .isInstanceOf(StudioAccessDeniedException.class);
        List<ModelSummary> lines = studio.summaries(BAO, List.of(CODE, "1.001193"));
        assertThat(lines).extracting(ModelSummary::origin).containsExactly(ModelOrigin.GENERATED, ModelOrigin.FLAGSHIP);
        assertThat(lines.get(0).openDossiersByVersion().get(versionBefore)).isGreaterThanOrEqualTo(2);
        // the diagram's figures: the two dossiers wait at reception
        assertThat(figures.of(LAN_ANH, CODE).waiting().get(OneStopModel.RECEPTION)).isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(2)
    void twoEditorsNeverOverwriteEachOtherAndUnsafeFilesChangeNothing() {
        ModelDraft draft = studio.openDraft(LAN_ANH, CODE);
        assertThat(draft.revision()).isEqualTo(1);
        assertThat(draft.baseVersion()).isEqualTo(versionBefore);
        String edited = StudioModels.withConsultationStep(draft.bpmnXml(), null);
        ModelDraft saved = studio.saveDraft(LAN_ANH, CODE, 1, edited, draft.formJson());
        assertThat(saved.revision()).isEqualTo(2);
        // the second editor still holds revision 1: refused, says who saved, nothing changed
        assertThatThrownBy(() -> studio.saveDraft(SECOND_EDITOR, CODE, 1, draft.bpmnXml(), draft.formJson()))
                .isInstanceOfSatisfying(StudioRefusedException.class, e -> assertThat(e.fieldErrors().get("revision"))
                        .contains("Vũ Thị Lan Anh"));
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + "<definitions>&lol2;</definitions>";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><definitions>&x;</definitions>";
        for (String hostile : List.of(billionLaughs, xxe, "<definitions", "{\"not\": \"bpmn\"}")) {
            assertThatThrownBy(() -> studio.saveDraft(LAN_ANH, CODE, 2, hostile, draft.formJson()))
                    .isInstanceOfSatisfying(StudioRefusedException.class, e -> assertThat(e.fieldErrors()).containsKey("bpmn"));
        }
        assertThatThrownBy(() -> studio.saveDraft(LAN_ANH, CODE, 2, edited, "[1, 2"))
                .isInstanceOfSatisfying(StudioRefusedException.class, e -> assertThat(e.fieldErrors()).containsKey("form"));
        assertThat(studio.draft(LAN_ANH, CODE).orElseThrow().revision()).isEqualTo(2);
        assertThat(studio.draft(LAN_ANH, CODE).orElseThrow().bpmnXml()).isEqualTo(edited);
    }

    @Test
    @Order(3)
    void anInvalidDraftCannotBeSubmittedThenTheFixedOneTestRunsThroughTheNewStep() {
        assertThat(studio.validateDraft(LAN_ANH, CODE)).extracting(Finding::rule, Finding::elementId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Finding.Rule.GROUP_MISSING, StudioModels.ASK_POLICE));
        assertThatThrownBy(() -> studio.submit(LAN_ANH, CODE, 2, "Thêm bước xin ý kiến Công an phường"))
                .isInstanceOf(StudioRefusedException.class);
        ModelDraft draft = studio.draft(LAN_ANH, CODE).orElseThrow();
        String fixed = StudioModels.edit(draft.bpmnXml(), m -> ((org.camunda.bpm.model.bpmn.instance.UserTask)
                m.getModelElementById(StudioModels.ASK_POLICE)).setCamundaCandidateGroups("agency:ca-xa-00004:consultation"));
        studio.saveDraft(LAN_ANH, CODE, 2, fixed, draft.formJson());
        assertThat(studio.validateDraft(LAN_ANH, CODE)).isEmpty();

        long workItemsBefore = sql.fetchCount(WORK_ITEM);
        ModelTestRun.Result approved = testRun.run(LAN_ANH, CODE, ModelTestRun.Scenario.APPROVE);
        assertThat(approved.ended()).isTrue();
        assertThat(approved.endElementId()).isEqualTo(OneStopModel.END_RESULT_ISSUED);
        assertThat(approved.path()).extracting(ModelTestRun.Step::elementId)
                .containsSubsequence(OneStopModel.RECEPTION, StudioModels.ASK_POLICE, OneStopModel.PROCESSING, OneStopModel.APPROVAL,
                        OneStopModel.ISSUE_RESULT);
        ModelTestRun.Result refused = testRun.run(LAN_ANH, CODE, ModelTestRun.Scenario.REFUSE_AT_RECEPTION);
        assertThat(refused.endElementId()).isEqualTo(OneStopModel.END_REFUSED);
        assertThat(refused.path()).extracting(ModelTestRun.Step::elementId).doesNotContain(StudioModels.ASK_POLICE);
        // nothing of the runs is left, and no queue saw them
        assertThat(sql.fetchCount(WORK_ITEM)).isEqualTo(workItemsBefore);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKeyLike(OneStopModel.TEST_RUN_PREFIX + "%").count()).isZero();
        assertThat(repository.createDeploymentQuery().deploymentName("motcua-test-run").count()).isZero();
    }

    @Test
    @Order(4)
    void theDiffNamesTheNewStepAndTheChangedFlow() {
        ModelDraft draft = studio.draft(LAN_ANH, CODE).orElseThrow();
        List<ModelDiff.Change> changes = ModelDiff.between(studio.modelXml(LAN_ANH, CODE, 0), draft.bpmnXml());
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.elementId()).isEqualTo(StudioModels.ASK_POLICE);
            assertThat(c.kind()).isEqualTo(ModelDiff.Kind.ADDED);
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ModelDiff.Kind.CHANGED);
            assertThat(c.property()).isEqualTo("targetRef");
            assertThat(c.after()).isEqualTo(StudioModels.ASK_POLICE);
            assertThat(c.before()).isEqualTo(OneStopModel.PROCESSING);
        });
        assertThat(ModelDiff.between(draft.bpmnXml(), draft.bpmnXml())).isEmpty();
    }

    @Test
    @Order(5)
    void fourEyesTheAuthorCannotApproveTheAdministratorDoes() {
        assertThatThrownBy(() -> studio.submit(LAN_ANH, CODE, 3, " ")).isInstanceOfSatisfying(StudioRefusedException.class,
                e -> assertThat(e.fieldErrors()).containsKey("changeNote"));
        studio.submit(LAN_ANH, CODE, 3, "Thêm bước xin ý kiến Công an phường trước khi thẩm định");
        assertThatThrownBy(() -> studio.saveDraft(LAN_ANH, CODE, 3, studio.draft(LAN_ANH, CODE).orElseThrow().bpmnXml(),
                studio.draft(LAN_ANH, CODE).orElseThrow().formJson())).isInstanceOf(StudioRefusedException.class);
        StaffMember authorAsLeader = new StaffMember(LAN_ANH.idNumber(), LAN_ANH.fullName(), LAN_ANH.unitCode(), LAN_ANH.unitName(),
                LAN_ANH.title(), Set.of(StaffRole.POLICY, StaffRole.LEADER));
        assertThatThrownBy(() -> studio.approve(authorAsLeader, CODE)).isInstanceOf(StudioAccessDeniedException.class);
        assertThatThrownBy(() -> studio.approve(SECOND_EDITOR, CODE)).isInstanceOf(StudioAccessDeniedException.class);
        assertThatThrownBy(() -> studio.approve(RECEPTIONIST, CODE)).isInstanceOf(StudioAccessDeniedException.class);

        ModelVersion published = studio.approve(BAO, CODE);
        assertThat(published.version()).isEqualTo(versionBefore + 1);
        assertThat(studio.draft(BAO, CODE)).isEmpty();
        List<ModelVersion> versions = studio.versions(BAO, CODE);
        ModelVersion live = versions.get(versions.size() - 1);
        assertThat(live.origin()).isEqualTo(ModelOrigin.STUDIO);
        assertThat(live.authorName()).isEqualTo("Vũ Thị Lan Anh");
        assertThat(live.approverName()).isEqualTo("Trần Quốc Bảo");
        assertThat(live.changeNote()).contains("Công an phường");
        assertThat(studio.summaries(BAO, List.of(CODE)).get(0).origin()).isEqualTo(ModelOrigin.STUDIO);
        assertThat(audit.eventsFor("PROCEDURE", CODE)).extracting(e -> e.action())
                .containsSubsequence("MODEL_SUBMITTED", "MODEL_PUBLISHED");
    }

    @Test
    @Order(6)
    void newDossiersRunOnTheNewVersionOldOnesStayUntilMovedKeepingTheirDeadline() {
        Dossier fresh = file();
        assertThat(versionOf(fresh)).isEqualTo(versionBefore + 1);
        Dossier first = filedOnVersionOne.get(0);
        Dossier second = filedOnVersionOne.get(1);
        assertThat(versionOf(first)).isEqualTo(versionBefore);

        DossierMigration.Check check = migration.check(LAN_ANH, CODE, versionBefore, versionBefore + 1);
        assertThat(check.movable()).contains(first.code(), second.code());
        assertThatThrownBy(() -> migration.migrate(LAN_ANH, CODE, versionBefore, versionBefore + 1, List.of("NO-SUCH"), n -> { }))
                .isInstanceOf(StudioRefusedException.class);
        assertThatThrownBy(() -> migration.migrate(BAO, CODE, versionBefore, versionBefore + 1, List.of(first.code()), n -> { }))
                .isInstanceOf(StudioAccessDeniedException.class);

        Object dueBefore = runtime.getVariable(first.processInstanceId(), OneStopModel.VAR_DUE_AT);
        var timerBefore = management.createJobQuery().processInstanceId(first.processInstanceId()).timers().list().stream()
                .map(j -> j.getDuedate()).sorted().toList();
        List<Integer> progress = new ArrayList<>();
        assertThat(migration.migrate(LAN_ANH, CODE, versionBefore, versionBefore + 1, List.of(first.code()), progress::add))
                .isEqualTo(1);
        assertThat(progress).containsExactly(1);
        assertThat(versionOf(first)).isEqualTo(versionBefore + 1);
        assertThat(versionOf(second)).isEqualTo(versionBefore);
        assertThat(runtime.getVariable(first.processInstanceId(), OneStopModel.VAR_DUE_AT)).isEqualTo(dueBefore);
        assertThat(management.createJobQuery().processInstanceId(first.processInstanceId()).timers().list().stream()
                .map(j -> j.getDuedate()).sorted().toList()).isEqualTo(timerBefore);
        assertThat(audit.eventsFor("DOSSIER", first.code())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("MODEL_MIGRATED");
            assertThat(e.details()).contains(versionBefore + " → " + (versionBefore + 1));
        });
    }

    @Test
    @Order(7)
    void theLiveModelIsPublicWithoutNames() {
        PolicyStudio.LiveModel live = studio.liveModel(CODE);
        assertThat(live.version()).isEqualTo(versionBefore + 1);
        assertThat(live.bpmnXml()).contains(StudioModels.ASK_POLICE);
        assertThat(studio.publicVersions(CODE)).allSatisfy(v -> {
            assertThat(v.authorName()).isNull();
            assertThat(v.approverName()).isNull();
        });
        assertThatThrownBy(() -> studio.liveModel("9.999999")).isInstanceOf(StudioRefusedException.class);
    }

    @Test
    @Order(8)
    void rollbackIsADraftOfAnEarlierVersionThroughTheSameReview() {
        ModelDraft draft = studio.draftFromVersion(LAN_ANH, CODE, versionBefore, 1);
        assertThat(draft.bpmnXml()).isEqualTo(studio.modelXml(LAN_ANH, CODE, versionBefore)).doesNotContain(StudioModels.ASK_POLICE);
        assertThat(draft.state()).isEqualTo(ModelDraft.State.EDITING);
        studio.submit(LAN_ANH, CODE, draft.revision(), "Quay về quy trình trước khi thêm bước xin ý kiến");
        studio.sendBack(BAO, CODE, "Giữ bước xin ý kiến thêm một tháng");
        assertThat(studio.draft(BAO, CODE).orElseThrow().state()).isEqualTo(ModelDraft.State.RETURNED);
        assertThat(studio.draft(BAO, CODE).orElseThrow().reviewComment()).contains("một tháng");
        // a migration to the same version, of a dossier not open there, is refused: nothing moves
        assertThatThrownBy(() -> migration.migrate(LAN_ANH, CODE, versionBefore, versionBefore, List.of("x"), n -> { }))
                .isInstanceOf(StudioRefusedException.class);
    }
}
