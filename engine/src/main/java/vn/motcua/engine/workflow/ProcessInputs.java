package vn.motcua.engine.workflow;

import static vn.motcua.forms.schema.ProcessVariable.FATHER_ID_NUMBER;
import static vn.motcua.forms.schema.ProcessVariable.MOTHER_ID_NUMBER;
import static vn.motcua.forms.schema.ProcessVariable.PARTNER_ID_NUMBER;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.forms.schema.FormSchema;
import vn.motcua.forms.schema.ProcessVariable;

/**
 * The process half of the form-to-process contract: which declared variables each step of a model
 * reads (steps are named by their delegate expression, the way the models call them). A model is
 * deployable with its form only if the form supplies every variable its steps read.
 */
public final class ProcessInputs {

    /** What the steps read; a step not listed reads nothing the citizen declared. */
    static final Map<String, Set<ProcessVariable>> BY_STEP = Map.of(
            "verifyParents", EnumSet.of(FATHER_ID_NUMBER, MOTHER_ID_NUMBER),
            "verifyMaritalStatus", EnumSet.of(PARTNER_ID_NUMBER));

    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

    private ProcessInputs() {
    }

    /** One message per variable a step of {@code bpmnXml} reads and the form does not supply. */
    public static List<String> missing(String procedureCode, String bpmnXml, FormSchema form) {
        Set<ProcessVariable> supplied = form.suppliedVariables();
        List<String> problems = new ArrayList<>();
        Matcher step = DELEGATE.matcher(bpmnXml);
        while (step.find()) {
            for (ProcessVariable needed : BY_STEP.getOrDefault(step.group(1), Set.of())) {
                if (!supplied.contains(needed)) {
                    problems.add("Model " + vn.motcua.workflows.onestop.OneStopModel.processId(procedureCode) + " reads " + needed.variableName() + " (step ${"
                            + step.group(1) + "}), which form " + procedureCode + " (" + form.id() + ") does not supply");
                }
            }
        }
        return problems;
    }
}
