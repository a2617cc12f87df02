package vn.motcua.vneid;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import vn.motcua.engine.registry.RegistryField;
import vn.motcua.engine.registry.RegistryReader;
import vn.motcua.engine.registry.Resident;
import vn.motcua.engine.registry.ResidentsDatabase;

/**
 * Puts the VNeID claims into the tokens. The ID token carries the person as the residents
 * database knows them (a logged read the citizen sees); the access token only the ID number and
 * the account level. The userinfo endpoint answers with the ID token's claims.
 */
public final class VneidTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final RegistryReader READER = new RegistryReader("vneid", "VNeID (định danh điện tử)",
            "Đăng nhập bằng VNeID: cung cấp họ tên, ngày sinh cho Cổng dịch vụ công", null);
    /** The JOSE {@code typ} of access tokens (RFC 9068), which the portal requires. */
    public static final String ACCESS_TOKEN_TYPE = "at+jwt";
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final ResidentsDatabase registry;
    private final SandboxAccounts accounts;

    VneidTokenClaims(ResidentsDatabase registry, SandboxAccounts accounts) {
        this.registry = registry;
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        String idNumber = context.getPrincipal().getName();
        String level = accounts.find(idNumber).map(a -> String.valueOf(a.level())).orElse("1");
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            Resident person = registry.findByIdNumber(idNumber, EnumSet.of(RegistryField.FULL_NAME, RegistryField.BIRTH_DATE),
                    READER).orElseThrow(() -> new IllegalStateException("Account without a resident: " + idNumber));
            context.getClaims().claims(claims -> {
                claims.put(VneidClaims.ID_NUMBER, idNumber);
                claims.put(VneidClaims.FULL_NAME, person.fullName());
                claims.put(VneidClaims.BIRTH_DATE, BIRTH_DATE.format(person.birthDate()));
                claims.put(VneidClaims.ACCOUNT_LEVEL, level);
                claims.put(VneidClaims.ACR, level);
            });
        } else if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            // RFC 9068: typed, so that an ID token (typ JWT) can never pass for an access token
            context.getJwsHeader().type(ACCESS_TOKEN_TYPE);
            context.getClaims().claims(claims -> {
                claims.put(VneidClaims.ID_NUMBER, idNumber);
                claims.put(VneidClaims.ACCOUNT_LEVEL, level);
            });
        }
    }

    static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        OidcIdToken idToken = context.getAuthorization().getToken(OidcIdToken.class).getToken();
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        claims.put("sub", idToken.getSubject());
        for (String name : new String[] {VneidClaims.ID_NUMBER, VneidClaims.FULL_NAME, VneidClaims.BIRTH_DATE,
                VneidClaims.ACCOUNT_LEVEL}) {
            Object value = idToken.getClaims().get(name);
            if (value != null) {
                claims.put(name, value);
            }
        }
        return new OidcUserInfo(claims);
    }
}
