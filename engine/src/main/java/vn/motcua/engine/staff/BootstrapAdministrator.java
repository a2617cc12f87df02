package vn.motcua.engine.staff;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.forms.identity.PersonalIdNumber;

/**
 * The first administrator of a production installation, which has no demo staff: the person with
 * the personal ID number in {@code MOTCUA_BOOTSTRAP_ADMIN_ID_NUMBER} becomes ADMIN of the system
 * unit when they are not yet in the staff directory. They log in with VNeID like everyone else
 * and appoint the rest; an existing member is never changed, so removing their role sticks.
 */
@Component
class BootstrapAdministrator implements InitializingBean {

    static final String SYSTEM_UNIT = "quan-tri-he-thong";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final StaffDirectory directory;
    private final PersonalIdNumber ids;
    private final String idNumber;

    BootstrapAdministrator(StaffDirectory directory, PersonalIdNumber ids,
                           @Value("${motcua.admin.bootstrap-id-number:}") String idNumber) {
        this.directory = directory;
        this.ids = ids;
        this.idNumber = idNumber == null ? "" : idNumber.strip();
    }

    @Override
    public void afterPropertiesSet() {
        if (idNumber.isEmpty()) {
            return;
        }
        if (!ids.check(idNumber).valid()) {
            throw new IllegalStateException("MOTCUA_BOOTSTRAP_ADMIN_ID_NUMBER is not a valid personal ID number (12 digits)");
        }
        if (directory.find(idNumber).isPresent()) {
            return;
        }
        directory.saveUnit(SYSTEM_UNIT, "Quản trị hệ thống");
        directory.saveMember(idNumber, "Quản trị viên", SYSTEM_UNIT, "Quản trị hệ thống", EnumSet.of(StaffRole.ADMIN));
        log.info("Bootstrap administrator added to the staff directory (unit {})", SYSTEM_UNIT);
    }
}
