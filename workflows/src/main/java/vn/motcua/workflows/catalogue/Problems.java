package vn.motcua.workflows.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What could not be parsed, by procedure code and field, so one bad cell never stops a run. */
public final class Problems {

    /** One field of one procedure that could not be read as structured facts. */
    public record Problem(String code, String field, String message) {
    }

    private final List<Problem> problems = new ArrayList<>();

    public void report(String code, String field, String message) {
        problems.add(new Problem(code, field, message));
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }

    public int count() {
        return problems.size();
    }

    /** Number of problems per field, sorted by field name. */
    public Map<String, Integer> countsByField() {
        Map<String, Integer> counts = new TreeMap<>();
        problems.forEach(p -> counts.merge(p.field(), 1, Integer::sum));
        return counts;
    }
}
