package vn.motcua.engine.registry;

import java.time.LocalDate;
import vn.motcua.forms.identity.Gender;

/**
 * A person as the National Residents Database holds them. {@code birthProvinceCode} is the 3-digit
 * code (former 63 provinces) of the place where the birth was registered; ward codes are current.
 */
public record Resident(
        String idNumber,
        String fullName,
        LocalDate birthDate,
        Gender gender,
        String ethnicity,
        String nationality,
        String birthProvinceCode,
        String permanentWardCode,
        String permanentAddress,
        String currentWardCode,
        String currentAddress,
        String householdId,
        HouseholdRelation relationToHead,
        String fatherIdNumber,
        String motherIdNumber,
        String spouseIdNumber) {
}
