package vn.motcua.engine.dossier;

import java.time.Instant;
import java.util.List;
import vn.motcua.engine.lifecycle.DossierStatus;
import vn.motcua.workflows.onestop.OneStopModel;

/**
 * A dossier with where it stands, from the status read model: its status, the steps it is at now
 * (model element id and name), and the appointment for the result.
 */
public record DossierOverview(Dossier dossier, DossierStatus status, List<Step> steps, Instant dueAt) {

    public record Step(String activityId, String name) {
    }

    public List<String> currentSteps() {
        return steps.stream().map(Step::name).distinct().toList();
    }

    public boolean awaitingPayment() {
        return steps.stream().anyMatch(s -> s.activityId().equals(OneStopModel.PAYMENT_CONFIRMED));
    }

    public boolean awaitingSupplement() {
        return steps.stream().anyMatch(s -> s.activityId().equals(OneStopModel.AWAIT_SUPPLEMENT));
    }
}
