package vn.motcua.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After the login only a page path of this portal is followed: never another host, scheme or Vaadin's internals. */
class ReturnToRequestedPageTests {

    @Test
    void thePathAndQueryOfTheSavedPageAreKept() {
        assertThat(ReturnToRequestedPage.pathOf("http://localhost:8080/ho-so")).isEqualTo("ho-so");
        assertThat(ReturnToRequestedPage.pathOf("http://localhost:8080/ho-so?continue")).isEqualTo("ho-so");
        assertThat(ReturnToRequestedPage.pathOf("https://dichvucong.example.gov.vn/ho-so/ubnd-xa-00004-261129-0001?da-nop=1"))
                .isEqualTo("ho-so/ubnd-xa-00004-261129-0001?da-nop=1");
        // a forged Host header in the saved request changes nothing: only the path is followed
        assertThat(ReturnToRequestedPage.pathOf("http://evil.example/ho-so")).isEqualTo("ho-so");
    }

    @Test
    void anythingElseLeadsHome() {
        assertThat(ReturnToRequestedPage.pathOf("http://localhost:8080//evil.example/x")).isEmpty();
        assertThat(ReturnToRequestedPage.pathOf("http://localhost:8080/VAADIN/build/x.js")).isEmpty();
        assertThat(ReturnToRequestedPage.pathOf("http://localhost:8080/?v-r=uidl&v-uiId=0")).isEmpty();
        assertThat(ReturnToRequestedPage.safe("\\\\evil.example")).isEmpty();
        assertThat(ReturnToRequestedPage.safe("javascript:alert(1)")).isEmpty();
        assertThat(ReturnToRequestedPage.safe(42)).isEmpty();
        assertThat(ReturnToRequestedPage.pathOf("not a url")).isEmpty();
    }
}
