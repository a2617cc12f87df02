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
    DeadlineCalculator deadlineCalculator() {
        return new DeadlineCalculator(WorkingDayCalendar.vietnam(), OfficeHours.DEFAULT);
    }

    @Bean
    JavaDelegate withdrawDossier(AuditTrail audit) {
        return new RecordedStep(audit, "DOSSIER_WITHDRAWN");
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
    JavaDelegate issueResult(AuditTrail audit) {
        return new RecordedStep(audit, "RESULT_ISSUED");
    }

    @Bean
    JavaDelegate notifyCitizen(AuditTrail audit) {
        return new RecordedStep(audit, "CITIZEN_NOTIFIED");
    }

    @Bean
    JavaDelegate refusalNotice(AuditTrail audit) {
        return new RecordedStep(audit, "REFUSAL_NOTICE");
    }
}
