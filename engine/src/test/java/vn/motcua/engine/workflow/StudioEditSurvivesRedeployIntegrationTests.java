package vn.motcua.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.db.Tables.MODEL_VERSION;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.forms.ProcedureForms;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.staff.StaffRole;
import vn.motcua.engine.studio.ModelOrigin;
import vn.motcua.engine.studio.ModelSummary;
import vn.motcua.engine.studio.ModelVersion;
import vn.motcua.engine.studio.PolicyStudio;
import vn.motcua.workflows.onestop.OneStopModel;

/**
 * A model published from the studio stays the live one when MotCua deploys the procedure models
 * again (a restart after a generator change, a catalogue re-import); a later catalogue change to
 * the procedure is shown on the list instead of being applied.
 */
@SpringBootTest
class StudioEditSurvivesRedeployIntegrationTests {

    private static final String CODE = "1.000656";
    private static final StaffMember AUTHOR = new StaffMember("001180200019", "Vũ Thị Lan Anh", "ubnd-tinh-01", "UBND", "Chuyên viên",
            Set.of(StaffRole.POLICY));
    private static final StaffMember APPROVER = new StaffMember("001085200020", "Trần Quốc Bảo", "ubnd-tinh-01", "UBND", "Quản trị",
            Set.of(StaffRole.ADMIN));

    @Autowired
    PolicyStudio studio;
    @Autowired
    ProcedureModelDeployer deployer;
    @Autowired
    RepositoryService repository;
    @Autowired
    ProcedureForms forms;
    @Autowired
    DSLContext sql;

    @Test
    void aPublishedEditIsNeitherReplacedNorSilentlyUpdated() {
        var draft = studio.openDraft(AUTHOR, CODE);
        String renamedForm = draft.formJson().replace("Nguyên nhân chết\"", "Nguyên nhân chết (đã sửa)\"");
        studio.saveDraft(AUTHOR, CODE, draft.revision(), draft.bpmnXml().replace("Tiếp nhận, kiểm tra hồ sơ",
                "Tiếp nhận, kiểm tra hồ sơ khai tử"), renamedForm);
        studio.submit(AUTHOR, CODE, draft.revision() + 1, "Đổi tên bước tiếp nhận và trường biểu mẫu");
        ModelVersion published = studio.approve(APPROVER, CODE);
        assertThat(forms.formJson(CODE)).contains("(đã sửa)");
        assertThat(forms.formOf(CODE).fields()).anySatisfy(f -> assertThat(f.label()).contains("(đã sửa)"));

        // the generator changed (a new version key): every other model may be redeployed, not this one
        deployer.deploy("studio-redeploy-" + System.nanoTime());
        var live = repository.createProcessDefinitionQuery().processDefinitionKey(OneStopModel.processId(CODE))
                .latestVersion().singleResult();
        assertThat(live.getVersion()).isEqualTo(published.version());
        assertThat(studio.modelXml(APPROVER, CODE, 0)).contains("Tiếp nhận, kiểm tra hồ sơ khai tử");
        ModelSummary line = studio.summaries(APPROVER, List.of(CODE)).get(0);
        assertThat(line.origin()).isEqualTo(ModelOrigin.STUDIO);
        assertThat(line.catalogueChangedSinceEdit()).isFalse();

        // the catalogue entry changes after the edit (e.g. a new processing time): flagged, not applied
        sql.update(MODEL_VERSION).set(MODEL_VERSION.CATALOGUE_HASH, "0".repeat(64))
                .where(MODEL_VERSION.PROCEDURE_CODE.eq(CODE)).execute();
        assertThat(studio.summaries(APPROVER, List.of(CODE)).get(0).catalogueChangedSinceEdit()).isTrue();
        assertThat(deployer.deploy()).isGreaterThanOrEqualTo(0);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(OneStopModel.processId(CODE))
                .latestVersion().singleResult().getVersion()).isEqualTo(published.version());
    }
}
