package vn.motcua.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Models are validated against the BPMN 2.0 schema compiled once: what breaks the schema is refused
 * with the same problem Camunda reports, at its line, and unsafe documents stay refused.
 */
@SpringBootTest
class CompiledSchemaBpmnParseIntegrationTests {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\""
            + " targetNamespace=\"http://motcua.vn/test\">";

    @Autowired
    RepositoryService repository;
    @Autowired
    ProcessEngine engine;

    @Test
    void theEngineParsesWithTheCompiledSchema() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(new org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser(configuration.getExpressionManager(),
                configuration.getBpmnParseFactory()).createParse())
                .isInstanceOf(CompiledSchemaBpmnParse.Validated.class);
    }

    @Test
    void aModelAgainstTheSchemaIsRefusedWithTheSchemasProblemAndNothingIsDeployed() {
        // a sequence flow without its required source: well-formed XML, invalid BPMN
        String invalid = HEAD + "<bpmn:process id=\"schema_check\" isExecutable=\"true\">"
                + "<bpmn:startEvent id=\"start\"/>\n<bpmn:sequenceFlow id=\"f\" targetRef=\"end\"/>"
                + "<bpmn:endEvent id=\"end\"/></bpmn:process></bpmn:definitions>";
        long before = repository.createProcessDefinitionQuery().processDefinitionKey("schema_check").count();

        assertThatThrownBy(() -> repository.createDeployment().addString("schema_check.bpmn", invalid).deploy())
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("cvc-complex-type.4")
                .hasMessageContaining("sourceRef")
                .satisfies(e -> assertThat(((ParseException) e).getResorceReports().get(0).getErrors())
                        .anySatisfy(problem -> assertThat(problem.getLine()).isEqualTo(2)));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("schema_check").count()).isEqualTo(before);
    }

    @Test
    void documentsWithADoctypeOrBrokenXmlStayRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + HEAD.substring(HEAD.indexOf("<bpmn:")) + "&x;</bpmn:definitions>";
        assertThatThrownBy(() -> repository.createDeployment().addString("xxe.bpmn", xxe).deploy())
                .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class).hasMessageContaining("DOCTYPE is disallowed");
        assertThatThrownBy(() -> repository.createDeployment().addString("broken.bpmn", HEAD + "<bpmn:process").deploy())
                .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class).hasMessageContaining("broken.bpmn");
    }
}
