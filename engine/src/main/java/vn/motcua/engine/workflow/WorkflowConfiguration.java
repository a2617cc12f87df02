package vn.motcua.engine.workflow;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.workflows.calendar.DeadlineCalculator;
import vn.motcua.workflows.calendar.OfficeHours;
import vn.motcua.workflows.calendar.WorkingDayCalendar;

/** The working-day calendar the deadlines run on, and the one-stop steps the models name. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkflowProperties.class)
class WorkflowConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.vietnam();
    }

    @Bean
    DeadlineCalculator deadlineCalculator(WorkingDayCalendar calendar) {
        return new DeadlineCalculator(calendar, OfficeHours.DEFAULT);
    }

    @Bean
    JavaDelegate withdrawDossier(DossierMilestones milestones) {
        return execution -> milestones.reached(execution, "DOSSIER_WITHDRAWN", execution.getCurrentActivityName(),
                vn.motcua.engine.lifecycle.DossierWithdrawn::new);
    }

    @Bean
    JavaDelegate deadlineWarning(AuditTrail audit) {
        return new RecordedStep(audit, "DEADLINE_WARNING");
    }

    @Bean
    JavaDelegate escalateOverdue(AuditTrail audit) {
        return new RecordedStep(audit, "OVERDUE_ESCALATED");
    }

    @Bean
    JavaDelegate notifyCitizen(AuditTrail audit) {
        return new RecordedStep(audit, "CITIZEN_NOTIFIED");
    }

    // Flagship steps that will write to the civil-status and residence databases: recorded in the
    // audit trail until MotCua holds those registers (the reads are RegistryChecks).

    @Bean
    JavaDelegate assignPersonalId(AuditTrail audit) {
        return new RecordedStep(audit, "PERSONAL_ID_ASSIGNED");
    }

    @Bean
    JavaDelegate requestOwnerConsent(AuditTrail audit) {
        return new RecordedStep(audit, "OWNER_CONSENT_REQUESTED");
    }

    @Bean
    JavaDelegate updateResidence(AuditTrail audit) {
        return new RecordedStep(audit, "RESIDENCE_UPDATED");
    }

    @Bean
    JavaDelegate voidMarriageCertificate(AuditTrail audit) {
        return new RecordedStep(audit, "MARRIAGE_CERTIFICATE_VOIDED");
    }

    @Bean
    JavaDelegate recordMarriage(AuditTrail audit) {
        return new RecordedStep(audit, "MARRIAGE_RECORDED");
    }
}
