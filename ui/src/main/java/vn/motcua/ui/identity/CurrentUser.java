package vn.motcua.ui.identity;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The VNeID user of the current Vaadin request, if someone is logged in. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<VneidUser> get() {
        return authentication.getAuthenticatedUser(VneidUser.class);
    }

    public VneidUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No one is logged in"));
    }

    public void logout() {
        authentication.logout();
    }
}
