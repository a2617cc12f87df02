package vn.motcua.engine.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.lifecycle.DossierEvent;

/**
 * A lifecycle moment a process step reached: written to the dossier's audit trail under its code
 * and published as its typed event, both in the engine's transaction.
 */
@Component
class DossierMilestones {

    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DossierMilestones(AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    void reached(DelegateExecution execution, String auditAction, String details,
                 BiFunction<String, Instant, ? extends DossierEvent> event) {
        String code = DossierDocuments.dossierCode(execution);
        audit.record("system", auditAction, "DOSSIER", code, details);
        events.publishEvent(event.apply(code, Instant.now(clock)));
    }
}
