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
}
