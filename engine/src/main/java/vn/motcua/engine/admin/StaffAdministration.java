package vn.motcua.engine.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.Messages;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.catalogue.UnitNames;
import vn.motcua.engine.queue.WorkQueue;
import vn.motcua.engine.registry.RegistryField;
import vn.motcua.engine.registry.RegistryReader;
import vn.motcua.engine.registry.ResidentsDatabase;
import vn.motcua.engine.staff.StaffDirectory;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.staff.StaffRole;

/**
 * The staff directory administered by ADMIN civil servants: units opened, civil servants added by
 * their personal ID number (the name comes from the residents database, and the read is logged to
 * that person's access log), roles per unit, activation and deactivation — each change audited.
 * Also the units routing sends dossiers to where nobody active works, so none waits unseen.
 */
@Service
public class StaffAdministration {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");
    private static final Pattern UNIT_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{2,59}");

    /** A unit as the page lists it: active members, open work items, and whether it is unstaffed. */
    public record UnitLine(String code, String name, int activeStaff, int openItems) {

        public boolean unstaffedWithWork() {
            return activeStaff == 0 && openItems > 0;
        }
    }

    private final StaffDirectory directory;
    private final WorkQueue queue;
    private final ResidentsDatabase registry;
    private final UnitNames unitNames;
    private final AuditTrail audit;

    StaffAdministration(StaffDirectory directory, WorkQueue queue, ResidentsDatabase registry, UnitNames unitNames,
                        AuditTrail audit) {
        this.directory = directory;
        this.queue = queue;
        this.registry = registry;
        this.unitNames = unitNames;
        this.audit = audit;
    }

    /** Every unit of the directory and every unit with open work, unstaffed ones with work first. */
    @Transactional(readOnly = true)
    public List<UnitLine> units(StaffMember admin) {
        requireAdmin(admin);
        Map<String, Integer> open = queue.openItemsPerUnit(admin);
        Map<String, UnitLine> lines = new LinkedHashMap<>();
        directory.unitsWithActiveCounts().forEach((unit, active) ->
                lines.put(unit.code(), new UnitLine(unit.code(), unit.name(), active, open.getOrDefault(unit.code(), 0))));
        open.forEach((code, count) -> lines.computeIfAbsent(code, c ->
                new UnitLine(c, unitNames.nameOf(c).orElse(c), 0, count)));
        List<UnitLine> all = new ArrayList<>(lines.values());
        all.sort((a, b) -> Boolean.compare(b.unstaffedWithWork(), a.unstaffedWithWork()));
        return all;
    }

    @Transactional(readOnly = true)
    public List<StaffDirectory.Entry> members(StaffMember admin, String unitCode) {
        requireAdmin(admin);
        return directory.everyoneIn(unitCode);
    }

    /** The person's name from the residents database (read logged in their access log). */
    @Transactional
    public String lookUp(StaffMember admin, String idNumber) {
        requireAdmin(admin);
        if (idNumber == null || !ID_NUMBER.matcher(idNumber.strip()).matches()) {
            throw new InvalidStaffChangeException(Map.of("idNumber", Messages.text("staff.idNumber")));
        }
        return registry.findByIdNumber(idNumber.strip(), Set.of(RegistryField.FULL_NAME),
                        new RegistryReader(admin.idNumber(), admin.fullName(), "Bổ nhiệm cán bộ vào danh bạ", null))
                .map(r -> r.fullName())
                .orElseThrow(() -> new InvalidStaffChangeException(Map.of("idNumber", Messages.text("staff.notResident"))));
    }

    /**
     * Adds or changes a civil servant: their unit (opened if the directory does not have it yet,
     * named as the administrative units name it), title and roles there. Active from now on.
     */
    @Transactional
    public StaffMember save(StaffMember admin, String idNumber, String unitCode, String title, Set<StaffRole> roles) {
        requireAdmin(admin);
        Map<String, String> errors = new LinkedHashMap<>();
        String unit = unitCode == null ? "" : unitCode.strip();
        if (!UNIT_CODE.matcher(unit).matches()) {
            errors.put("unitCode", Messages.text("staff.unitCode"));
        }
        if (title == null || title.isBlank() || title.strip().length() > 100) {
            errors.put("title", Messages.text("staff.title"));
        }
        if (roles == null || roles.isEmpty()) {
            errors.put("roles", Messages.text("staff.roles"));
        }
        if (admin.idNumber().equals(idNumber) && (roles == null || !roles.contains(StaffRole.ADMIN))) {
            errors.put("roles", Messages.text("staff.ownAdmin"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidStaffChangeException(errors);
        }
        String name = lookUp(admin, idNumber);
        if (!directory.hasUnit(unit)) {
            directory.saveUnit(unit, unitNames.nameOf(unit).orElse(unit));
            audit.record(admin.idNumber(), "STAFF_UNIT_OPENED", "STAFF_UNIT", unit, unitNames.nameOf(unit).orElse(unit));
        }
        directory.saveMember(idNumber.strip(), name, unit, title.strip(), EnumSet.copyOf(roles));
        audit.record(admin.idNumber(), "STAFF_SAVED", "STAFF", idNumber.strip(),
                unit + "; " + title.strip() + "; " + roles.stream().sorted().toList());
        return directory.find(idNumber.strip()).orElseThrow();
    }

    /** Deactivates (or activates again) a civil servant; an administrator cannot deactivate themself. */
    @Transactional
    public void setActive(StaffMember admin, String idNumber, boolean active) {
        requireAdmin(admin);
        if (!active && admin.idNumber().equals(idNumber)) {
            throw new InvalidStaffChangeException(Map.of("idNumber", Messages.text("staff.ownAdmin")));
        }
        if (!directory.setActive(idNumber, active)) {
            throw new InvalidStaffChangeException(Map.of("idNumber", Messages.text("staff.unknown")));
        }
        audit.record(admin.idNumber(), active ? "STAFF_ACTIVATED" : "STAFF_DEACTIVATED", "STAFF", idNumber, null);
    }

    private static void requireAdmin(StaffMember admin) {
        if (admin == null || !admin.has(StaffRole.ADMIN)) {
            throw new vn.motcua.engine.queue.QueueAccessDeniedException(Messages.text("staff.adminOnly"));
        }
    }
}
