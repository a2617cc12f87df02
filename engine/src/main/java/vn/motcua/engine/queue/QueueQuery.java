package vn.motcua.engine.queue;

/**
 * What a queue shows: a unit's items, optionally one step, one procedure, one state, due today or
 * overdue, mine only or one assignee's (the leader's view of a person's work), and a search text (a 12-digit ID number, a dossier code or its start, or the
 * start of the applicant's name, with or without diacritics); sorted, one page.
 */
public record QueueQuery(String unitCode, String step, String procedureCode, WorkItem.State state, Due due,
                         boolean mineOnly, String assignee, String text, Sort sort, boolean descending, int offset, int limit) {

    public enum Due { ANY, TODAY, OVERDUE }

    public enum Sort { DUE, RECEIVED, CODE, APPLICANT }

    public static QueueQuery openItemsOf(String unitCode) {
        return new QueueQuery(unitCode, null, null, null, Due.ANY, false, null, null, Sort.DUE, false, 0, 50);
    }

    public QueueQuery page(int offset, int limit) {
        return new QueueQuery(unitCode, step, procedureCode, state, due, mineOnly, assignee, text, sort, descending, offset, limit);
    }

    public QueueQuery sorted(Sort by, boolean desc) {
        return new QueueQuery(unitCode, step, procedureCode, state, due, mineOnly, assignee, text, by, desc, offset, limit);
    }
}
