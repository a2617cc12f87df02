package vn.motcua.engine.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.workflows.calendar.WorkingDayCalendar;

/**
 * {@code ${bookBiometricsAppointment}}: passport applicants come in for the photo and fingerprints;
 * the first slot offered is the opening of the next working day, which the citizen sees on the
 * dossier and may move with the reception desk.
 */
@Component("bookBiometricsAppointment")
class BiometricsAppointmentDelegate implements JavaDelegate {

    static final String VAR_APPOINTMENT_AT = "biometricsAppointmentAt";
    private static final LocalTime FIRST_SLOT = LocalTime.of(8, 0);

    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    BiometricsAppointmentDelegate(WorkingDayCalendar calendar, AuditTrail audit, Clock clock) {
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate day = calendar.nextWorkingDay(LocalDate.now(clock));
        execution.setVariable(VAR_APPOINTMENT_AT, TimerDates.of(day.atTime(FIRST_SLOT), clock));
        audit.record("system", "BIOMETRICS_APPOINTMENT", "DOSSIER", DossierDocuments.dossierCode(execution),
                "photo and fingerprints on " + day + " at " + FIRST_SLOT);
    }
}
