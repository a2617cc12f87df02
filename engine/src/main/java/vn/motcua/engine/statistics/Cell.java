package vn.motcua.engine.statistics;

import java.time.LocalDate;

/** One row of the daily counters: a day, the receiving unit (and its province), a procedure, a channel. */
record Cell(LocalDate day, String provinceCode, String unitCode, String procedureCode, String channel) {

    /** The first day of the cell's month: the key of its monthly roll-up. */
    LocalDate month() {
        return day.withDayOfMonth(1);
    }
}
