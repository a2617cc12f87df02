package vn.motcua.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of DESIGN.md: views talk to engine services only, and the plain-Java
 * modules stay free of web, UI and workflow frameworks.
 */
class ArchitectureTests {

    private static JavaClasses motcua;

    @BeforeAll
    static void importAllModules() {
        motcua = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.motcua");
    }

    @Test
    void theUiNeverUsesGeneratedJooqClassesOrJooqItself() {
        noClasses().that().resideInAPackage("vn.motcua.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.db..", "org.jooq..")
                .because("views call engine services; SQL stays in the engine's repositories")
                .check(motcua);
    }

    @Test
    void theUiNeverUsesTheCamundaApi() {
        noClasses().that().resideInAPackage("vn.motcua.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("process engine calls belong in engine services")
                .check(motcua);
    }

    @Test
    void migrationsAndFormsStayFreeOfWebUiAndWorkflowFrameworks() {
        noClasses().that().resideInAnyPackage("vn.motcua.db..", "vn.motcua.forms..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                        "com.vaadin..", "org.camunda..")
                .check(motcua);
    }

    @Test
    void workflowsDoNotDependOnTheEngineOrTheUi() {
        noClasses().that().resideInAPackage("vn.motcua.workflows..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.engine..", "vn.motcua.ui..")
                .because("BPMN names engine beans by expression, not by compile-time reference")
                .allowEmptyShould(true)
                .check(motcua);
    }

    @Test
    void theEngineFeaturesDependOnEachOtherWithoutCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("vn.motcua.engine.(*)..")
                .should().beFreeOfCycles()
                .because("a feature that needs to hear from a feature it is used by listens to its events")
                .check(motcua);
    }

    @Test
    void theLifecycleVocabularyDependsOnNoFeature() {
        var lifecycle = com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("vn.motcua.engine.lifecycle..");
        noClasses().that(lifecycle)
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAnyPackage("vn.motcua..", "org.springframework..", "org.camunda..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(lifecycle)))
                .because("every feature publishes or hears the dossier's events; they must not pull features in")
                .check(motcua);
    }

    /** Each table of db-migrations has one owning feature; no other feature reads or writes it. */
    private static final java.util.Map<String, String> TABLE_OWNERS = java.util.Map.ofEntries(
            java.util.Map.entry("AdminFormerProvince", "vn.motcua.engine.catalogue"),
            java.util.Map.entry("AdminProvince", "vn.motcua.engine.catalogue"),
            java.util.Map.entry("AdminWard", "vn.motcua.engine.catalogue"),
            java.util.Map.entry("ProcedureEntry", "vn.motcua.engine.catalogue"),
            java.util.Map.entry("ReferenceDataLoad", "vn.motcua.engine.catalogue"),
            java.util.Map.entry("Attachment", "vn.motcua.engine.attachment"),
            java.util.Map.entry("AuditEvent", "vn.motcua.engine.audit"),
            java.util.Map.entry("DocumentNumber", "vn.motcua.engine.document"),
            java.util.Map.entry("IssuedDocument", "vn.motcua.engine.document"),
            java.util.Map.entry("Dossier", "vn.motcua.engine.dossier"),
            java.util.Map.entry("DossierDraft", "vn.motcua.engine.dossier"),
            java.util.Map.entry("DossierRating", "vn.motcua.engine.dossier"),
            java.util.Map.entry("DossierSequence", "vn.motcua.engine.dossier"),
            java.util.Map.entry("DossierSupplement", "vn.motcua.engine.dossier"),
            java.util.Map.entry("DossierStatus", "vn.motcua.engine.dossier"),
            java.util.Map.entry("DossierOpenStep", "vn.motcua.engine.dossier"),
            java.util.Map.entry("Consultation", "vn.motcua.engine.queue"),
            java.util.Map.entry("StatDaily", "vn.motcua.engine.statistics"),
            java.util.Map.entry("StatDossier", "vn.motcua.engine.statistics"),
            java.util.Map.entry("StatMonthly", "vn.motcua.engine.statistics"),
            java.util.Map.entry("Notification", "vn.motcua.engine.notification"),
            java.util.Map.entry("Payment", "vn.motcua.engine.payment"),
            java.util.Map.entry("PaymentSandboxTransaction", "vn.motcua.paymentsandbox"),
            java.util.Map.entry("RegistryAccess", "vn.motcua.engine.registry"),
            java.util.Map.entry("Resident", "vn.motcua.engine.registry"),
            java.util.Map.entry("StaffMember", "vn.motcua.engine.staff"),
            java.util.Map.entry("StaffRole", "vn.motcua.engine.staff"),
            java.util.Map.entry("StaffUnit", "vn.motcua.engine.staff"),
            java.util.Map.entry("VneidSandboxAccount", "vn.motcua.vneid"),
            java.util.Map.entry("WorkItem", "vn.motcua.engine.queue"),
            java.util.Map.entry("ModelDraft", "vn.motcua.engine.studio"),
            java.util.Map.entry("ModelVersion", "vn.motcua.engine.models"));

    @Test
    void everyTableIsUsedByItsOwningFeatureOnly() {
        var tables = motcua.stream().filter(c -> c.getPackageName().equals("vn.motcua.db.tables") && c.isTopLevelClass()).toList();
        org.assertj.core.api.Assertions.assertThat(tables).extracting(com.tngtech.archunit.core.domain.JavaClass::getSimpleName)
                .as("a new table needs an owner here").containsExactlyInAnyOrderElementsOf(TABLE_OWNERS.keySet());
        TABLE_OWNERS.forEach((table, owner) -> noClasses()
                .that().resideOutsideOfPackages(owner + "..", "vn.motcua.db..")
                .should().dependOnClassesThat().haveFullyQualifiedName("vn.motcua.db.tables." + table)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.motcua.db.tables.records." + table + "Record")
                .because("one feature owns a table; others ask it through its service")
                .check(motcua));
    }
}
