package vn.motcua.engine.dossier;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.context.event.EventListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.engine.lifecycle.DossierStatus;

/**
 * Where a dossier stands according to Camunda's history: several queries a dossier, so used only
 * to fill in the read model for dossiers filed before it existed (once, at start-up), and by the
 * test that holds the read model to it.
 */
@Component
class DossierStatusFromHistory {

    private static final int BATCH = 200;

    private final HistoryService history;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final DossierStatusRepository statuses;
    private final TransactionTemplate transaction;

    DossierStatusFromHistory(HistoryService history, RuntimeService runtime, RepositoryService repository,
                             DossierStatusRepository statuses, TransactionTemplate transaction) {
        this.history = history;
        this.runtime = runtime;
        this.repository = repository;
        this.statuses = statuses;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillInOlderDossiers() {
        List<Dossier> batch;
        while (!(batch = statuses.withoutStatus(BATCH)).isEmpty()) {
            List<Dossier> dossiers = batch;
            transaction.executeWithoutResult(tx -> dossiers.forEach(d -> statuses.insert(d.code(), of(d))));
        }
    }

    DossierOverview of(Dossier dossier) {
        String pid = dossier.processInstanceId();
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult();
        boolean running = instance != null && instance.getEndTime() == null;
        List<DossierOverview.Step> steps = running ? history.createHistoricActivityInstanceQuery().processInstanceId(pid)
                .unfinished().orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .filter(DossierStatusFromHistory::isWaitState)
                .map(a -> new DossierOverview.Step(a.getActivityId(), a.getActivityName() == null ? a.getActivityId() : a.getActivityName()))
                .toList() : List.of();
        if (steps.isEmpty() && running) {
            // waiting for an asynchronous continuation (registration right after submitting)
            var model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
            steps = runtime.getActiveActivityIds(pid).stream().map(id -> {
                var element = model.getModelElementById(id);
                String name = element == null ? null : element.getAttributeValue("name");
                return new DossierOverview.Step(id, name == null ? id : name);
            }).toList();
        }
        var appointment = history.createHistoricVariableInstanceQuery().processInstanceId(pid).variableName(VAR_APPOINTMENT_AT)
                .singleResult();
        var dueVariable = appointment != null ? appointment
                : history.createHistoricVariableInstanceQuery().processInstanceId(pid).variableName(VAR_DUE_AT).singleResult();
        Instant due = dueVariable != null && dueVariable.getValue() instanceof java.util.Date d ? d.toInstant() : null;
        DossierStatus status;
        if (instance != null && instance.getEndTime() != null) {
            var outcome = history.createHistoricVariableInstanceQuery().processInstanceId(pid).variableName(VAR_OUTCOME)
                    .singleResult();
            Object value = outcome == null ? null : outcome.getValue();
            status = REFUSED.equals(value) ? DossierStatus.REFUSED
                    : WITHDRAWN.equals(value) ? DossierStatus.WITHDRAWN : DossierStatus.COMPLETED;
        } else {
            List<String> open = steps.stream().map(DossierOverview.Step::activityId).toList();
            status = open.contains(PAYMENT_CONFIRMED) || open.contains(AWAIT_SUPPLEMENT) ? DossierStatus.WAITING_FOR_CITIZEN
                    : open.contains(RECEPTION_REWORK) ? DossierStatus.RETURNED_TO_RECEPTION
                    : open.contains(CONSULTATION) ? DossierStatus.IN_CONSULTATION
                    : DossierStatus.IN_PROGRESS;
        }
        return new DossierOverview(dossier, status, steps, due);
    }

    private static boolean isWaitState(HistoricActivityInstance a) {
        String type = a.getActivityType();
        return type.endsWith("Task") || type.startsWith("intermediate") || type.equals("eventBasedGateway");
    }
}
