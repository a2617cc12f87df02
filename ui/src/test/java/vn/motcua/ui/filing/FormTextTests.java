package vn.motcua.ui.filing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A form's own text as the wizard shows it: headings, paragraphs, and nothing of it read as markup. */
class FormTextTests {

    @Test
    void aHeadingLineAndTheLinesAfterItKeepTheirShape() {
        String html = FormRenderer.text("### Tờ khai đăng ký khai sinh\nThông tin của cha, mẹ được lấy từ Cơ sở dữ liệu quốc gia về dân cư.\n\nHai bên phải có mặt.")
                .getInnerHtml().replaceAll("\\s*\\n\\s*", "");

        assertThat(html).isEqualTo("<h4>Tờ khai đăng ký khai sinh</h4>"
                + "<p>Thông tin của cha, mẹ được lấy từ Cơ sở dữ liệu quốc gia về dân cư.</p><p>Hai bên phải có mặt.</p>");
    }

    @Test
    void markupInAFormsTextIsShownAsText() {
        String html = FormRenderer.text("<img src=x onerror=alert(1)> & <b>đậm</b>").getInnerHtml();

        assertThat(html).doesNotContain("<img", "<b>").contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;");
    }
}
