package vn.motcua.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ProcedureModelDeploymentIntegrationTests {

    @Autowired
    RepositoryService repository;
    @Autowired
    ProcedureModelDeployer deployer;

    @Test
    void everyProcedureHasAProcessDefinitionAfterStartup() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKeyLike("tthc_%").latestVersion().count())
                .isEqualTo(1084);
        ProcessDefinition residence = repository.createProcessDefinitionQuery()
                .processDefinitionKey("tthc_1_004222").latestVersion().singleResult();
        assertThat(residence.getName()).isEqualTo("Đăng ký thường trú");
        BpmnModelInstance model = repository.getBpmnModelInstance(residence.getId());
        assertThat(model.getModelElementsByType(BpmnShape.class)).isNotEmpty();
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
    void twoNodesDeployingAtOnceCreateNoDuplicateVersions() throws Exception {
        long deploymentsBefore = repository.createDeploymentQuery().deploymentName(ProcedureModelDeployer.DEPLOYMENT_NAME).count();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> deployer.deploy("two-nodes"));
            var second = pool.submit(() -> deployer.deploy("two-nodes"));
            assertThat(first.get() + second.get()).isZero();
        } finally {
            pool.shutdown();
        }
        assertThat(repository.createDeploymentQuery().deploymentName(ProcedureModelDeployer.DEPLOYMENT_NAME).count())
                .isLessThanOrEqualTo(deploymentsBefore + 1);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("tthc_1_001456").count()).isOne();
    }

    @Test
    void regeneratedButIdenticalModelsAreFilteredOutByCamunda() {
        // a new version key forces generation; the models come out byte for byte the same
        assertThat(deployer.deploy("forced-regeneration")).isZero();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("tthc_1_004222").count()).isOne();
        assertThat(deployer.deploy()).isZero();
    }
}
