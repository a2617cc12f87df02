package vn.motcua.engine.workflow;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.motcua.engine.document.DocumentType;
import vn.motcua.engine.document.IssuedDocument;

/**
 * {@code ${apologyLetter}} on completing the apology task: the signed letter (Mẫu 04) with the
 * reason and the new appointment date the leader set, which also becomes the dossier's new due date.
 */
@Component("apologyLetter")
class ApologyLetterListener implements TaskListener {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DossierDocuments documents;
    private final DossierMilestones milestones;
    private final Clock clock;

    ApologyLetterListener(DossierDocuments documents, DossierMilestones milestones, Clock clock) {
        this.documents = documents;
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        var execution = task.getExecution();
        Object newDate = task.getVariable(VAR_NEW_APPOINTMENT);
        Map<String, String> facts = new LinkedHashMap<>();
        if (newDate instanceof Date date) {
            facts.put("Ngày hẹn trả kết quả mới", DATE.format(date.toInstant().atZone(clock.getZone())));
            execution.setVariable(VAR_APPOINTMENT_AT, date);
        }
        // the unit now works to the new appointment, as the citizen was told (the event moves it)
        java.time.Instant appointment = newDate instanceof Date date ? date.toInstant() : null;
        Object reason = task.getVariable(VAR_APOLOGY_REASON);
        IssuedDocument letter = documents.issue(execution, DocumentType.APOLOGY, facts,
                reason == null ? "Hồ sơ cần thêm thời gian thẩm định." : reason.toString());
        milestones.reached(execution, "APOLOGY_LETTER", "Mẫu 04 " + letter.numberSymbol() + ", document " + letter.id(),
                (code, at) -> new vn.motcua.engine.lifecycle.ApologySent(code, appointment, at));
    }
}
