package vn.motcua.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.forms.schema.FormSchema;

/** The form-to-process contract: a model may read only variables its form declares. */
class ProcessInputsTests {

    private static String resource(String path) throws IOException {
        try (InputStream in = ProcessInputsTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static FormSchema form(String code) throws IOException {
        return FormSchema.of(new ObjectMapper().readTree(resource("forms/" + code + ".form")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.001193", "2.000986", "1.000894", "1.004222", "1.001456"})
    void everyFlagshipFormSuppliesWhatItsModelReads(String code) throws IOException {
        assertThat(ProcessInputs.missing(code, resource("bpmn/flagship/" + code + ".bpmn"), form(code))).isEmpty();
    }

    @Test
    void aModelThatReadsAVariableItsFormDoesNotSupplyIsRefusedNamingBoth() throws IOException {
        String birthModel = resource("bpmn/flagship/1.001193.bpmn");
        // the marriage form names a partner, not the parents
        assertThat(ProcessInputs.missing("1.001193", birthModel, form("1.000894")))
                .containsExactlyInAnyOrder(
                        "Model tthc_1_001193 reads fatherIdNumber (step ${verifyParents}), which form 1.001193"
                                + " (tthc_1_000894_form) does not supply",
                        "Model tthc_1_001193 reads motherIdNumber (step ${verifyParents}), which form 1.001193"
                                + " (tthc_1_000894_form) does not supply");
    }
}
