package vn.motcua.engine.staff;

import java.util.Set;

/** A civil servant: linked to their personal ID number, member of one unit, holding roles there. */
public record StaffMember(String idNumber, String fullName, String unitCode, String unitName, String title,
                          Set<StaffRole> roles) {

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
