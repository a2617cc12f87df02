package vn.motcua.ui.identity;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.staff.StaffRole;
import vn.motcua.forms.identity.PersonalIdNumber;

/**
 * Turns a VNeID login into a MotCua user. Everyone is a citizen; whoever the staff directory lists
 * also gets STAFF and their roles there. A token without a valid personal ID number is refused.
 */
final class VneidUserService extends OidcUserService {

    private final StaffDirectory directory;
    private final PersonalIdNumber ids;

    VneidUserService(StaffDirectory directory, PersonalIdNumber ids) {
        this.directory = directory;
        this.ids = ids;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        String idNumber = user.getClaimAsString(VneidUser.ID_NUMBER);
        if (idNumber == null || !ids.check(idNumber).valid()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token",
                    "VNeID did not provide a valid personal ID number (SoDinhDanh)", null));
        }
        StaffMember staff = directory.find(idNumber).orElse(null);
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority("ROLE_CITIZEN"));
        int level = VneidUser.levelOf(user.getClaimAsString(VneidUser.ACCOUNT_LEVEL), user.getClaimAsString("acr"));
        authorities.add(new SimpleGrantedAuthority("LEVEL_" + level));
        if (staff != null) {
            authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
            for (StaffRole role : staff.roles()) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            }
        }
        return new VneidUser(authorities, user.getIdToken(), user.getUserInfo(), staff);
    }
}
