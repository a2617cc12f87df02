package vn.motcua.ui.staff;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.engine.queue.Decision;

/**
 * The confirmation the queue shows after a decision was recorded on a task ("Đã ghi: Tiếp nhận —
 * hồ sơ …"), carried in the address the task page returns to. Only a known decision and a
 * well-formed dossier code are shown.
 */
final class DecisionConfirmation extends Paragraph {

    static final String DECIDED = "da-quyet-dinh";
    static final String DOSSIER = "ho-so";
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,219}");

    private DecisionConfirmation(String text) {
        super(text);
        setId("decision-confirmation");
        addClassName("motcua-confirmation");
        getElement().setAttribute("role", "status");
    }

    static QueryParameters parameters(Decision decision, String dossierCode) {
        return QueryParameters.simple(Map.of(DECIDED, decision.name(), DOSSIER, dossierCode));
    }

    /** The confirmation the address asks for, if it names a decision and a dossier. */
    static Optional<DecisionConfirmation> from(Map<String, List<String>> parameters,
                                               java.util.function.BiFunction<String, Object[], String> translate) {
        String decision = first(parameters, DECIDED);
        String code = first(parameters, DOSSIER);
        if (decision == null || code == null || !CODE.matcher(code).matches()
                || java.util.Arrays.stream(Decision.values()).noneMatch(d -> d.name().equals(decision))) {
            return Optional.empty();
        }
        return Optional.of(new DecisionConfirmation(translate.apply("queue.decided",
                new Object[] {translate.apply("decision." + decision, new Object[0]), code})));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
