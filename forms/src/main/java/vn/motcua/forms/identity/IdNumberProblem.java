package vn.motcua.forms.identity;

/**
 * Why a personal ID number (số định danh cá nhân) is not valid; each has a message in Vietnamese
 * and English ({@code vn/motcua/forms/messages*.properties}, key {@code idnumber.<NAME>}).
 */
public enum IdNumberProblem {
    /** Nothing entered. */
    EMPTY,
    /** Characters other than digits. */
    NOT_DIGITS,
    /** Not exactly 12 digits. */
    LENGTH,
    /** The first three digits are not "0" + one of the 63 former province codes. */
    PROVINCE,
    /** The fourth digit's century does not match the year of birth. */
    CENTURY,
    /** The fourth digit's gender does not match the stated gender. */
    GENDER,
    /** Digits five and six are not the last two digits of the year of birth. */
    YEAR
}
