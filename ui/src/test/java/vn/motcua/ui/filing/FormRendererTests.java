package vn.motcua.ui.filing;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import vn.motcua.forms.schema.FormSchema;

/**
 * The wizard's form for temporary residence (1.004194): the documents step is built only when the
 * citizen opens it (the counter's whole form has it from the start) (its upload widgets are the heaviest part of a session), and until then the
 * files of a restored draft are still part of what is submitted and reviewed.
 */
class FormRendererTests {

    private FormRenderer form;

    @BeforeEach
    void form() throws Exception {
        // the upload widget's texts come from the portal's messages (Vaadin's i18n through its service)
        VaadinService service = Mockito.mock(VaadinService.class, Mockito.withSettings().stubOnly());
        Instantiator instantiator = Mockito.mock(Instantiator.class, Mockito.withSettings().stubOnly());
        Mockito.when(service.getInstantiator()).thenReturn(instantiator);
        Mockito.when(instantiator.getI18NProvider()).thenReturn(new DefaultI18NProvider(List.of(new Locale("vi"))));
        VaadinService.setCurrent(service);
        try (InputStream in = FormRendererTests.class.getResourceAsStream("/forms/1.004194.form")) {
            schema = FormSchema.read(in);
        }
        form = FormRenderer.inSteps(schema, Map.of(), (name, bytes) -> "stored");
    }

    private FormSchema schema;

    @Test
    void theWholeFormAtTheCounterHasItsUploadsFromTheStart() {
        FormRenderer whole = new FormRenderer(schema, Map.of(), (name, bytes) -> "stored");

        assertThat(descendants(whole).filter(c -> c.getId().filter("form-vanBanChoThue"::equals).isPresent())).hasSize(1);
        assertThat(descendants(whole).filter(c -> c.getId().filter("form-soDienThoai"::equals).isPresent())).hasSize(1);
    }

    @AfterEach
    void noService() {
        VaadinService.setCurrent(null);
    }

    @Test
    void theDocumentsStepIsBuiltWhenFirstShown() {
        assertThat(form.hasUploads()).isTrue();
        assertThat(find("form-vanBanChoThue")).isEmpty();

        form.show(FormRenderer.Part.UPLOADS);

        assertThat(find("form-vanBanChoThue")).isPresent();
        assertThat(find("form-yKienChaMe")).isPresent();
        form.show(FormRenderer.Part.FIELDS);
        form.show(FormRenderer.Part.UPLOADS);
        assertThat(descendants(form).filter(c -> c.getId().filter("form-yKienChaMe"::equals).isPresent())).hasSize(1);
    }

    @Test
    void aRestoredDraftsFilesAreSubmittedAndReviewedBeforeTheirStepIsBuiltAndShownByNameWhenItIs() {
        form.restore(Map.of("truongHop", "RENTED", "diaChiTamTru", "Số 8 đường Nguyễn Văn Cừ",
                "vanBanChoThue", List.of("a-1", "a-gone")), Map.of("a-1", "hop-dong-thue-nha.pdf"));

        assertThat(form.values()).containsEntry("vanBanChoThue", List.of("a-1")).containsEntry("truongHop", "RENTED");
        assertThat(form.review()).anySatisfy(line -> {
            assertThat(line.key()).isEqualTo("vanBanChoThue");
            assertThat(line.value()).isEqualTo("hop-dong-thue-nha.pdf");
        });

        form.show(FormRenderer.Part.UPLOADS);
        assertThat(find("form-vanBanChoThue-files").map(c -> ((Span) c).getText())).contains("Đã tải lên: hop-dong-thue-nha.pdf");
        assertThat(find("form-vanBanChoThue").orElseThrow().isVisible()).isTrue();
        assertThat(find("form-giayGioiThieu").orElseThrow().isVisible()).as("the unit's letter is for the UNIT case").isFalse();
    }

    @Test
    void aFieldHiddenByItsConditionIsNotSubmittedWhetherItsStepIsBuiltOrNot() {
        form.restore(Map.of("truongHop", "OWN", "soDinhDanhChuSoHuu", "048088100003", "vanBanChoThue", List.of("a-1")),
                Map.of("a-1", "hop-dong-thue-nha.pdf"));

        assertThat(form.values()).doesNotContainKeys("soDinhDanhChuSoHuu", "vanBanChoThue").containsEntry("truongHop", "OWN");
        assertThat(form.draftValues()).as("a draft keeps what was typed").containsKeys("soDinhDanhChuSoHuu", "vanBanChoThue");
        form.show(FormRenderer.Part.UPLOADS);
        assertThat(form.values()).doesNotContainKeys("soDinhDanhChuSoHuu", "vanBanChoThue");
    }

    @Test
    void aMessageForAFileNotYetShownIsOnItsFieldWhenTheStepOpens() {
        form.showErrors(Map.of("formData.vanBanChoThue", "Cần đính kèm văn bản cho thuê"));

        assertThat(find("form-vanBanChoThue-error").map(c -> ((Span) c).getText())).contains("Cần đính kèm văn bản cho thuê");
    }

    private Optional<Component> find(String id) {
        return descendants(form).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(FormRendererTests::descendants));
    }
}
