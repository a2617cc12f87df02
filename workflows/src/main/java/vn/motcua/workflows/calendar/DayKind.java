package vn.motcua.workflows.calendar;

/** What a row of the holiday file says about a date. */
public enum DayKind {
    /** Ngày nghỉ lễ, Tết: a day off by law. */
    HOLIDAY,
    /** Nghỉ bù / hoán đổi: a day off by the Government's announced arrangement. */
    DAY_OFF,
    /** Làm bù: a Saturday or Sunday worked in exchange for a day off. */
    WORKING_DAY
}
