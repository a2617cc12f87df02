package vn.motcua.engine.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.db.Tables.NOTIFICATION;
import static vn.motcua.db.Tables.WORK_ITEM;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.Dossier;
import vn.motcua.engine.dossier.DossierService;
import vn.motcua.engine.dossier.SubmitDossier;
import vn.motcua.engine.dossier.TestDossiers;
import vn.motcua.engine.lifecycle.DossierStatus;
import vn.motcua.testsupport.FilledForms;

/**
 * Finished work items and notifications older than the history time to live are removed by the
 * nightly cleanup; open work, younger rows and the dossier's own record stay.
 */
@SpringBootTest
class ExpiredRowsCleanupIntegrationTests {

    private static final Applicant AN = new Applicant("001092100001", "Nguyễn Văn An", "00004", "01");

    @Autowired
    ExpiredRowsCleanup cleanup;
    @Autowired
    DossierService dossiers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    DSLContext sql;
    @Autowired
    Clock clock;
    @Autowired
    ScheduledTaskHolder scheduled;

    @Test
    void theCleanupRunsEachNightAtTheStartOfTheWindow() {
        assertThat(scheduled.getScheduledTasks()).anySatisfy(task -> {
            assertThat(task.getTask()).isInstanceOf(CronTask.class);
            assertThat(((CronTask) task.getTask()).getExpression()).isEqualTo("0 0 1 * * *");
        });
    }

    @Test
    void rowsOlderThanTheTimeToLiveGoOpenWorkYoungerRowsAndTheDossierStay() {
        Dossier refused = submit();
        runtime.setVariable(refused.processInstanceId(), VAR_FEE_PAID, true);
        TestDossiers.runJobs(management, refused.processInstanceId());
        TestDossiers.completeTask(tasks, refused.processInstanceId(), RECEPTION, Map.of(VAR_RECEPTION_DECISION, REFUSE,
                VAR_REFUSAL_REASON, "Hồ sơ không thuộc thẩm quyền giải quyết của Công an phường."));
        TestDossiers.runJobs(management, refused.processInstanceId());
        Dossier waiting = submit();
        runtime.setVariable(waiting.processInstanceId(), VAR_FEE_PAID, true);
        TestDossiers.runJobs(management, waiting.processInstanceId());
        var timeline = dossiers.progress(refused).timeline();

        LocalDateTime now = LocalDateTime.now(clock);
        assertThat(sql.update(WORK_ITEM).set(WORK_ITEM.COMPLETED_AT, now.minusDays(400))
                .where(WORK_ITEM.DOSSIER_CODE.eq(refused.code())).execute()).as("the refused dossier's finished items").isPositive();
        assertThat(sql.update(WORK_ITEM).set(WORK_ITEM.CREATED_AT, now.minusDays(400))
                .where(WORK_ITEM.DOSSIER_CODE.eq(waiting.code())).execute()).as("an open item waiting long").isPositive();
        long oldest = sql.select(org.jooq.impl.DSL.min(NOTIFICATION.ID)).from(NOTIFICATION)
                .where(NOTIFICATION.DOSSIER_CODE.eq(refused.code())).fetchOne().value1();
        sql.update(NOTIFICATION).set(NOTIFICATION.CREATED_AT, now.minusDays(400)).where(NOTIFICATION.ID.eq(oldest)).execute();
        sql.update(NOTIFICATION).set(NOTIFICATION.CREATED_AT, now.minusDays(300))
                .where(NOTIFICATION.DOSSIER_CODE.eq(refused.code()), NOTIFICATION.ID.ne(oldest)).execute();
        int youngerNotifications = notifications(refused) - 1;
        assertThat(youngerNotifications).as("received and refused").isPositive();

        Map<String, Integer> removed = cleanup.removeExpired(clock.instant());

        assertThat(removed).containsOnlyKeys("finished work items", "notifications");
        assertThat(removed.get("finished work items")).isPositive();
        assertThat(removed.get("notifications")).isPositive();
        assertThat(sql.fetchCount(WORK_ITEM, WORK_ITEM.DOSSIER_CODE.eq(refused.code()))).isZero();
        assertThat(sql.fetchCount(WORK_ITEM, WORK_ITEM.DOSSIER_CODE.eq(waiting.code()))).as("open work is never removed").isEqualTo(1);
        assertThat(sql.fetchCount(NOTIFICATION, NOTIFICATION.ID.eq(oldest))).isZero();
        assertThat(notifications(refused)).as("younger than the time to live").isEqualTo(youngerNotifications);
        var kept = dossiers.findForApplicant(refused.code(), AN.idNumber()).orElseThrow();
        assertThat(dossiers.progress(kept).state()).isEqualTo(DossierStatus.REFUSED);
        assertThat(dossiers.progress(kept).timeline()).isEqualTo(timeline);

        assertThat(cleanup.removeExpired(clock.instant())).as("nothing left to remove a second time")
                .containsEntry("finished work items", 0).containsEntry("notifications", 0);
    }

    private Dossier submit() {
        return dossiers.submit(AN, 2, new SubmitDossier("1.004194", "ONLINE", FilledForms.temporaryResidence(),
                "expiring-" + UUID.randomUUID()));
    }

    private int notifications(Dossier dossier) {
        return sql.fetchCount(NOTIFICATION, NOTIFICATION.DOSSIER_CODE.eq(dossier.code()));
    }
}
