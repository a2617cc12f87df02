package vn.motcua.engine.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.SubmitDossier;
import vn.motcua.engine.dossier.TestDossiers;
import vn.motcua.engine.lifecycle.DossierStatus;
import vn.motcua.testsupport.FilledForms;

/**
 * Camunda's history of a finished dossier carries a removal time of its end plus the configured
 * time to live and is removed by the history cleanup once that time has passed; MotCua's own record
 * of the dossier (dossier, status, timeline from the audit trail, issued notice) stays.
 */
@SpringBootTest
class HistoryRetentionIntegrationTests {

    private static final Applicant AN = new Applicant("001092100001", "Nguyễn Văn An", "00004", "01");

    @Autowired
    HistoryRetentionProperties properties;
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
    @Autowired
    RepositoryService repository;
    @Autowired
    vn.motcua.engine.document.DocumentService documents;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void everyDeployedDefinitionCarriesTheConfiguredTimeToLiveAndCleanupIsScheduledInTheWindow() {
        assertThat(properties.timeToLiveDays()).isEqualTo(365);
        assertThat(repository.createProcessDefinitionQuery().list())
                .hasSizeGreaterThan(1000)
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(365));
        var cleanup = history.findHistoryCleanupJobs();
        assertThat(cleanup).isNotEmpty();
        LocalTime due = cleanup.get(0).getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
        assertThat(due).isBetween(properties.cleanupWindowStart(), properties.cleanupWindowEnd());
    }

    @Test
    void aFinishedDossiersEngineHistoryIsRemovedAfterItsTimeToLiveAndMotCuasRecordStays() {
        Dossier d = dossiers.submit(AN, 2, new SubmitDossier("1.004194", "ONLINE", FilledForms.temporaryResidence(),
                "retention-" + UUID.randomUUID()));
        String pid = d.processInstanceId();
        runtime.setVariable(pid, VAR_FEE_PAID, true);
        TestDossiers.runJobs(management, pid);
        TestDossiers.completeTask(tasks, pid, RECEPTION, Map.of(VAR_RECEPTION_DECISION, REFUSE,
                VAR_REFUSAL_REASON, "Hồ sơ không thuộc thẩm quyền giải quyết của Công an phường."));
        TestDossiers.runJobs(management, pid);

        var ended = history.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult();
        assertThat(ended.getEndTime()).as("the dossier's process ended").isNotNull();
        assertThat(ended.getRemovalTime()).isEqualTo(Date.from(ended.getEndTime().toInstant().plus(Duration.ofDays(365))));
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pid).count()).isPositive();
        int documentsIssued = documents.forDossier(d.code()).size();
        assertThat(documentsIssued).as("receipt and refusal notice").isGreaterThanOrEqualTo(2);
        var timeline = dossiers.progress(d).timeline();

        // a day before its removal time the cleanup leaves it
        ClockUtil.setCurrentTime(Date.from(ended.getRemovalTime().toInstant().minus(Duration.ofDays(1))));
        runCleanup();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pid).count()).isEqualTo(1);

        ClockUtil.setCurrentTime(Date.from(ended.getRemovalTime().toInstant().plus(Duration.ofMinutes(1))));
        runCleanup();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pid).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pid).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pid).count()).isZero();

        Dossier kept = dossiers.findForApplicant(d.code(), AN.idNumber()).orElseThrow();
        var progress = dossiers.progress(kept);
        assertThat(progress.state()).isEqualTo(DossierStatus.REFUSED);
        assertThat(progress.timeline()).isEqualTo(timeline);
        assertThat(documents.forDossier(d.code())).hasSize(documentsIssued);
    }

    private void runCleanup() {
        String job = history.cleanUpHistoryAsync(true).getId();
        management.executeJob(job);
    }
}
