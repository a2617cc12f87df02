package vn.motcua.forms.identity;

/** Giới tính as the personal ID number encodes it. */
public enum Gender {
    MALE,   // Nam
    FEMALE  // Nữ
}
