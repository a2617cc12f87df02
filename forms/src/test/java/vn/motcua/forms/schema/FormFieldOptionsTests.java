package vn.motcua.forms.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A field's options: read once, looked up by value, their value list shared by every wizard. */
class FormFieldOptionsTests {

    private static final String FORM = """
            {"id": "f", "components": [{"type": "select", "key": "ward", "label": "Phường, xã",
              "values": [{"value": "00004", "label": "Phường Ba Đình"}, {"value": "26734", "label": "Phường Sài Gòn"},
                         {"value": "00004", "label": "a second option with a value already offered"}]}]}
            """;

    @Test
    void anOptionsLabelIsFoundByItsValueAndAValueNotOfferedIsShownAsItIs() throws Exception {
        FormField ward = FormSchema.read(FORM).fields().get(0);

        assertThat(ward.optionLabel("26734")).isEqualTo("Phường Sài Gòn");
        assertThat(ward.optionLabel("00004")).as("the first option with the value, as a scan finds it").isEqualTo("Phường Ba Đình");
        assertThat(ward.optionLabel("99999")).isEqualTo("99999");
        assertThat(ward.offers("26734")).isTrue();
        assertThat(ward.offers("99999")).isFalse();
        assertThat(ward.offers(null)).isFalse();
    }

    @Test
    void theValuesAreOneListInFormOrderSharedByEveryone() throws Exception {
        FormField ward = FormSchema.read(FORM).fields().get(0);

        assertThat(ward.optionValues()).containsExactly("00004", "26734", "00004");
        assertThat(ward.optionValues()).isSameAs(ward.optionValues());
        assertThat(ward.options()).extracting(FormField.Option::label).first().isEqualTo("Phường Ba Đình");
    }

    @Test
    void aFieldBuiltWithAPlainListOfOptionsAnswersTheSame() {
        FormField radio = new FormField("case", "Trường hợp", FieldType.RADIO, FormField.Rules.NONE,
                List.of(new FormField.Option("A", "Nhà thuê")), null, false, null, null, false, null);

        assertThat(radio.optionLabel("A")).isEqualTo("Nhà thuê");
        assertThat(radio.optionValues()).containsExactly("A");
        assertThat(radio).isEqualTo(new FormField("case", "Trường hợp", FieldType.RADIO, FormField.Rules.NONE,
                List.of(new FormField.Option("A", "Nhà thuê")), null, false, null, null, false, null));
    }
}
