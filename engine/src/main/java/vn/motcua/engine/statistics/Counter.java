package vn.motcua.engine.statistics;

import static vn.motcua.db.Tables.STAT_DAILY;
import static vn.motcua.db.Tables.STAT_MONTHLY;

import org.jooq.Field;
import org.jooq.Table;

/** The counters kept per day and per month (same column in both tables). */
enum Counter {
    RECEIVED(STAT_DAILY.RECEIVED),
    FINISHED_ON_TIME(STAT_DAILY.FINISHED_ON_TIME),
    FINISHED_LATE(STAT_DAILY.FINISHED_LATE),
    REFUSED(STAT_DAILY.REFUSED),
    WITHDRAWN(STAT_DAILY.WITHDRAWN),
    SUPPLEMENT_REQUESTED(STAT_DAILY.SUPPLEMENT_REQUESTED),
    PAID_ONLINE(STAT_DAILY.PAID_ONLINE),
    FEE_BEARING_ONLINE(STAT_DAILY.FEE_BEARING_ONLINE),
    PROCESSING_MINUTES(STAT_DAILY.PROCESSING_MINUTES),
    RATED(STAT_DAILY.RATED),
    RATING_SUM(STAT_DAILY.RATING_SUM),
    RATED_1(STAT_DAILY.RATED_1),
    RATED_2(STAT_DAILY.RATED_2),
    RATED_3(STAT_DAILY.RATED_3),
    RATED_4(STAT_DAILY.RATED_4),
    RATED_5(STAT_DAILY.RATED_5);

    private static final Counter[] BY_STARS = {RATED_1, RATED_2, RATED_3, RATED_4, RATED_5};

    private final Field<? extends Number> daily;

    Counter(Field<? extends Number> daily) {
        this.daily = daily;
    }

    static Counter ratedWith(int stars) {
        return BY_STARS[stars - 1];
    }

    /** This counter's column in {@code table} (stat_daily, stat_monthly, or a derived table of their rows). */
    @SuppressWarnings("unchecked")
    Field<Number> in(Table<?> table) {
        return (Field<Number>) table.field(daily.getName());
    }

    Field<Number> daily() {
        return in(STAT_DAILY);
    }

    Field<Number> monthly() {
        return in(STAT_MONTHLY);
    }
}
