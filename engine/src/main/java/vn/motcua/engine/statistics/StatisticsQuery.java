package vn.motcua.engine.statistics;

import java.time.LocalDate;

/**
 * What a statistics page or API call asks for: a period of days (inclusive) and, optionally, one
 * province, one receiving unit, one procedure and one sector (lĩnh vực, as the catalogue names it).
 * Checked by {@link Statistics} before any query.
 */
public record StatisticsQuery(LocalDate from, LocalDate to, String provinceCode, String unitCode, String procedureCode,
                              String sector) {

    public StatisticsQuery(LocalDate from, LocalDate to, String provinceCode, String unitCode, String procedureCode) {
        this(from, to, provinceCode, unitCode, procedureCode, null);
    }

    /** The last twelve months up to today. */
    public static StatisticsQuery lastYear(LocalDate today) {
        return new StatisticsQuery(today.minusYears(1).plusDays(1), today, null, null, null);
    }
}
