package vn.motcua.ui.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import vn.motcua.engine.staff.StaffMember;

/**
 * Someone logged in through VNeID: their personal ID number, name, date of birth and account level
 * from the token, and, when the staff directory lists them, their unit and roles.
 */
public class VneidUser extends DefaultOidcUser {

    public static final String ID_NUMBER = "SoDinhDanh";
    static final String FULL_NAME = "HoVaTen";
    static final String BIRTH_DATE = "NgayThangNamSinh";
    static final String ACCOUNT_LEVEL = "LoaiTaiKhoan";

    private final transient StaffMember staff;

    VneidUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
              StaffMember staff) {
        super(authorities, idToken, userInfo, ID_NUMBER);
        this.staff = staff;
    }

    public String idNumber() {
        return getClaimAsString(ID_NUMBER);
    }

    public String fullName() {
        return getClaimAsString(FULL_NAME);
    }

    public Optional<LocalDate> birthDate() {
        String value = getClaimAsString(BIRTH_DATE);
        try {
            return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The VNeID account level, 1 or 2 (from {@code LoaiTaiKhoan}, else {@code acr}). */
    public int level() {
        return levelOf(getClaimAsString(ACCOUNT_LEVEL), getClaimAsString("acr"));
    }

    static int levelOf(String accountType, String acr) {
        for (String value : new String[] {accountType, acr}) {
            if (value != null && value.strip().endsWith("2")) {
                return 2;
            }
            if (value != null && value.strip().endsWith("1")) {
                return 1;
            }
        }
        return 1;
    }

    public Optional<StaffMember> staff() {
        return Optional.ofNullable(staff);
    }
}
