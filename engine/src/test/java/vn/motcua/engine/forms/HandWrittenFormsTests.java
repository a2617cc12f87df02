package vn.motcua.engine.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HandWrittenFormsTests {

    @Test
    void theListingFindsEveryFormFileTheWorkflowsModuleShips() throws IOException {
        Set<String> files;
        try (Stream<Path> shipped = Files.list(Path.of("../workflows/src/main/resources/forms"))) {
            files = shipped.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".form"))
                    .map(n -> n.substring(0, n.length() - ".form".length())).collect(Collectors.toSet());
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(20).contains("1.004194", "1.001193");
        // a form file the listing missed would silently be replaced by a generated form
        assertThat(ProcedureForms.handWrittenCodes()).containsExactlyInAnyOrderElementsOf(files);
    }
}
