package vn.motcua.ui.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.Test;

class LastResortErrorViewTests {

    @Test
    void saysSomethingWentWrongInBothLanguagesWithoutNamingTheFailure() {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("ho-so/ubnd-xa-00004-261130-0001"));
        Exception failure = new IllegalStateException("layout failed",
                new java.net.ConnectException("Connection refused: db.internal.example:3306"));

        LastResortErrorView view = new LastResortErrorView();
        int status = view.setErrorParameter(event, new ErrorParameter<>(Exception.class, failure));

        assertThat(status).isEqualTo(500);
        String shown = view.getElement().getTextRecursively();
        assertThat(shown).contains("Đã có lỗi", "Something went wrong", "không bị mất", "Trang chủ");
        // what Vaadin's own page would have written: the route, the exception, the host
        assertThat(shown).doesNotContain("exception", "ConnectException", "db.internal", "layout failed", "ho-so/");
    }
}
