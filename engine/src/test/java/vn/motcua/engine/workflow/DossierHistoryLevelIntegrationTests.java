package vn.motcua.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.SubmitDossier;
import vn.motcua.engine.dossier.TestDossiers;
import vn.motcua.testsupport.FilledForms;

/**
 * A finished dossier leaves in Camunda's history the steps it did or waited at, where it ended, and
 * the variables that are read from it — not the start event and decision gateways it passed
 * through, nor its form's values and decisions, which MotCua holds.
 */
@SpringBootTest
class DossierHistoryLevelIntegrationTests {

    @Autowired
    DossierService dossiers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    @Test
    void theHistoryKeepsTheStepsAndTheWayButNotThePassagesAndTheFormValues() {
        Dossier d = dossiers.submit(new Applicant("001092100001", "Nguyễn Văn An", "00004", "01"), 2,
                new SubmitDossier("1.004194", "ONLINE", FilledForms.temporaryResidence(), "history-" + UUID.randomUUID()));
        String pid = d.processInstanceId();
        assertThat(runtime.getVariables(pid)).containsKeys("residenceAddress", "residenceMonths", VAR_APPLICANT_NAME);
        TestDossiers.takeToResult(runtime, tasks, management, pid, "Đủ điều kiện.");

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pid).finished().count()).isEqualTo(1);
        var activities = history.createHistoricActivityInstanceQuery().processInstanceId(pid).list();
        assertThat(activities).extracting(HistoricActivityInstance::getActivityId)
                .contains(REGISTER, RECEPTION, PROCESSING, APPROVAL, ISSUE_RESULT, NOTIFY_RESULT, END_RESULT_ISSUED)
                .doesNotContain(START, RECEPTION_DECISION);
        assertThat(activities).extracting(HistoricActivityInstance::getActivityType)
                .doesNotContain("startEvent", "exclusiveGateway");
        assertThat(activities).allSatisfy(a -> assertThat(a.getEndTime()).as(a.getActivityId()).isNotNull());
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pid).count()).isEqualTo(3);

        var variables = history.createHistoricVariableInstanceQuery().processInstanceId(pid).list();
        assertThat(variables).extracting(HistoricVariableInstance::getName)
                .contains(VAR_DUE_AT, VAR_OUTCOME, VAR_RECEIPT_DOCUMENT, VAR_RESULT_DOCUMENT)
                .doesNotContain("residenceAddress", "residenceMonths", VAR_APPLICANT_NAME, VAR_PROPOSED_RESULT,
                        VAR_RECEPTION_DECISION, VAR_DOSSIER_CODE)
                .doesNotHaveDuplicates();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult().getBusinessKey())
                .isEqualTo(d.code());
    }
}
