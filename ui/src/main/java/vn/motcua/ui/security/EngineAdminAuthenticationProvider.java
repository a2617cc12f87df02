package vn.motcua.ui.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import vn.motcua.engine.admin.EngineAdministrators;

/** HTTP Basic for {@code /engine-rest}: Camunda administrators only. */
@Component
class EngineAdminAuthenticationProvider implements AuthenticationProvider {

    static final String ROLE = "ENGINE_ADMIN";

    private final EngineAdministrators administrators;

    EngineAdminAuthenticationProvider(EngineAdministrators administrators) {
        this.administrators = administrators;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null || !administrators.authenticate(user, credentials.toString())) {
            throw new BadCredentialsException("Not a Camunda administrator");
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
