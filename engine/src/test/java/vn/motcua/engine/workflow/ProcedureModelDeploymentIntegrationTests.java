package vn.motcua.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.flagship.FlagshipModel;
import vn.motcua.workflows.flagship.ProcedureModels;
import vn.motcua.workflows.onestop.OneStopModel;

@SpringBootTest
class ProcedureModelDeploymentIntegrationTests {

    @Autowired
    RepositoryService repository;
    @Autowired
    ProcedureModelDeployer deployer;
    @Autowired
    ProcedureCatalogue catalogue;
    @Autowired
    DataSource dataSource;
    @Autowired
    org.camunda.bpm.engine.FormService formService;
    @Autowired
    vn.motcua.engine.forms.ProcedureForms forms;

    @Test
    void everyProcedureHasAProcessDefinitionAfterStartup() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKeyLike("tthc_%").latestVersion().count())
                .isEqualTo(1084);
        ProcessDefinition residence = repository.createProcessDefinitionQuery()
                .processDefinitionKey("tthc_1_004222").latestVersion().singleResult();
        assertThat(residence.getName()).isEqualTo("Đăng ký thường trú");
        BpmnModelInstance model = repository.getBpmnModelInstance(residence.getId());
        assertThat(model.getModelElementsByType(BpmnShape.class)).isNotEmpty();

        // the flagship files replace the generated models, deployed once, in the one deployment
        for (String code : ProcedureModels.FLAGSHIPS) {
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(OneStopModel.processId(code)).count())
                    .as(code).isOne();
        }
        ProcessDefinition linked = repository.createProcessDefinitionQuery()
                .processDefinitionKey("tthc_2_000986").latestVersion().singleResult();
        assertThat(repository.createDeploymentQuery().deploymentId(linked.getDeploymentId()).singleResult().getName())
                .isEqualTo(ProcedureModelDeployer.DEPLOYMENT_NAME);
        assertThat((Object) repository.getBpmnModelInstance(linked.getId()).getModelElementById(FlagshipModel.SUB_INSURANCE))
                .isNotNull();
    }

    @Autowired
    vn.motcua.engine.models.PublishedModels published;
    @Autowired
    ProcessDefinitionKeyIndex keyIndex;

    @Test
    void eachStartEventReferencesItsFormDeployedWithIt() throws Exception {
        for (String code : List.of("1.001193", "1.001456", "1.004194")) {
            ProcessDefinition definition = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(OneStopModel.processId(code)).latestVersion().singleResult();
            try (var form = formService.getDeployedStartForm(definition.getId())) {
                String json = new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(json).as(code).contains("\"id\"").contains(OneStopModel.formId(code)).isEqualTo(forms.formJson(code));
            }
        }
    }

    @Test
    void twoEnginesOnTheSameDatabaseDeployingChangedModelsAtOnceCreateOneNewVersionEach() throws Exception {
        ProcessEngine secondNode = secondEngine();
        try {
            var otherDeployer = new ProcedureModelDeployer(catalogue, secondNode.getRepositoryService(), forms, published,
                    keyIndex);
            // a policy change to two models, rolled out to two nodes that start together
            Function<CatalogueEntry, String> changed = e -> CHANGED.contains(e.code())
                    ? ProcedureModels.xml(e) + "\n<!-- changed " + e.code() + " -->" : ProcedureModels.xml(e);
            Map<String, Long> versionsBefore = versions();
            var pool = Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(() -> deployer.deploy("two-engines", changed));
                var second = pool.submit(() -> otherDeployer.deploy("two-engines", changed));
                assertThat(first.get() + second.get()).isEqualTo(CHANGED.size());
            } finally {
                pool.shutdown();
            }
            Map<String, Long> versionsAfter = versions();
            for (String code : CHANGED) {
                assertThat(versionsAfter.get(code)).as(code).isEqualTo(versionsBefore.get(code) + 1);
            }
        } finally {
            secondNode.close();
            // back to the shipped models, so that other tests see an unchanged deployment
            assertThat(deployer.deploy("shipped-again")).isEqualTo(CHANGED.size());
            assertThat(deployer.deploy()).isZero();
        }
    }

    private static final List<String> CHANGED = List.of("1.003133", "1.009454");

    private Map<String, Long> versions() {
        return CHANGED.stream().collect(Collectors.toMap(c -> c,
                c -> repository.createProcessDefinitionQuery().processDefinitionKey(OneStopModel.processId(c)).count()));
    }

    /** A second node: its own engine, caches and job executor off, on the same MariaDB. */
    private ProcessEngine secondEngine() {
        var configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("second-node");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseType("mysql");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        // as motcua-engine.yml: MotCua's own level, which a node must know to start on this database
        configuration.setCustomHistoryLevels(new java.util.ArrayList<>(List.of(DossierHistoryLevel.INSTANCE)));
        configuration.setHistory(DossierHistoryLevel.INSTANCE.getName());
        configuration.setEnforceHistoryTimeToLive(false);
        return configuration.buildProcessEngine();
    }

    @Test
    void anUnchangedRestartDeploysNothingAndCreatesNoNewVersion() {
        long deploymentsBefore = repository.createDeploymentQuery().deploymentName(ProcedureModelDeployer.DEPLOYMENT_NAME).count();

        assertThat(deployer.deploy()).isZero();

        assertThat(repository.createDeploymentQuery().deploymentName(ProcedureModelDeployer.DEPLOYMENT_NAME).count())
                .isEqualTo(deploymentsBefore);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("tthc_1_001193").count()).isOne();
    }

    @Test
    void regeneratedButIdenticalModelsAreFilteredOutByCamunda() {
        // a new version key forces generation; the models come out byte for byte the same
        assertThat(deployer.deploy("forced-regeneration")).isZero();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("tthc_1_004222").count()).isOne();
        assertThat(deployer.deploy()).isZero();
    }

    @Test
    void deployingLeavesNoParsedModelInTheEnginesCache() {
        var cache = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engineForCache.getProcessEngineConfiguration())
                .getDeploymentCache();
        repository.getBpmnModelInstance(repository.createProcessDefinitionQuery().processDefinitionKey("tthc_1_004194")
                .latestVersion().singleResult().getId());
        assertThat(cache.getProcessDefinitionCache().size()).isPositive();

        deployer.deploy("forced-regeneration-for-the-cache");

        assertThat(cache.getProcessDefinitionCache().size()).isZero();
        assertThat(cache.getBpmnModelInstanceCache().size()).isZero();
    }

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engineForCache;
}
