package vn.motcua.engine.statistics;

import vn.motcua.db.tables.records.StatDossierRecord;

/**
 * Where {@link StatisticsRules} write: the database at once for live events
 * ({@link DatabaseStatisticsStore}), or a batch summed in memory and written in bulk for generated
 * history ({@link HistoryBatch}). The rules are the same; only the writing differs.
 */
interface StatisticsStore {

    /** A dossier the statistics follow until it is finished. */
    void open(StatDossierRecord dossier);

    /** The dossier, or null if it was filed before the statistics existed. */
    StatDossierRecord dossier(String code);

    /** Keeps changes to a dossier returned by {@link #dossier(String)}. */
    void save(StatDossierRecord dossier);

    /** Adds to a counter of the cell's day and month. */
    void count(Cell cell, Counter counter, long by);

    /** Adds one to each of these counters of the cell's day and month. */
    default void countOne(Cell cell, java.util.Set<Counter> counters) {
        counters.forEach(counter -> count(cell, counter, 1));
    }

    /** Sets the due time of a followed dossier; nothing if it is not followed. */
    default void setDue(String code, java.time.LocalDateTime due) {
        StatDossierRecord d = dossier(code);
        if (d != null) {
            d.setDueAt(due);
            save(d);
        }
    }
}
