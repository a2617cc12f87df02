package vn.motcua.workflows.adminunits;

import java.util.List;

/**
 * Vietnam's administrative units as MotCua ships them: the 34 provinces and their 3,321 wards and
 * communes after the 2025 reform, and the 63 former provinces whose codes still begin every
 * personal ID number.
 */
public record AdminUnits(List<Province> provinces, List<FormerProvince> formerProvinces) {

    /** A province or centrally governed city, e.g. 01 "Hà Nội" / "Thành phố Hà Nội". */
    public record Province(String code, String name, String fullName, String nameEn, List<Ward> wards) {
    }

    /** A ward (phường), commune (xã) or special zone (đặc khu), e.g. 00004 "Phường Ba Đình". */
    public record Ward(String code, String name, String fullName, String nameEn) {
    }

    /** A province before 1 July 2025 and the province it merged into. */
    public record FormerProvince(String code, String name, String mergedIntoCode) {
    }
}
