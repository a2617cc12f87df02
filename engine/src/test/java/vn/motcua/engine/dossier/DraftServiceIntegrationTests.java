package vn.motcua.engine.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DraftServiceIntegrationTests {

    @Autowired
    DraftService drafts;

    @Test
    void aDraftIsSavedAtEveryChangeResumedByItsOwnerOnlyAndDiscarded() {
        drafts.save("056199100011", "1.001193", Map.of("tenTre", "Nguyễn"));
        drafts.save("056199100011", "1.001193", Map.of("tenTre", "Nguyễn Khánh Vy", "giayChungSinh", List.of("a-1")));
        drafts.save("056199100011", "1.004194", Map.of("soDienThoai", "0912345678"));

        var birth = drafts.find("056199100011", "1.001193").orElseThrow();
        assertThat(birth.formData()).containsEntry("tenTre", "Nguyễn Khánh Vy").containsEntry("giayChungSinh", List.of("a-1"));
        assertThat(drafts.forOwner("056199100011")).extracting(DraftService.Draft::procedureCode)
                .containsExactlyInAnyOrder("1.001193", "1.004194");
        assertThat(drafts.find("001092100001", "1.001193")).isEmpty();

        drafts.discard("056199100011", "1.001193");
        assertThat(drafts.find("056199100011", "1.001193")).isEmpty();
    }
}
