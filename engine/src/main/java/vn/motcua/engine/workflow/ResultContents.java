package vn.motcua.engine.workflow;

import static vn.motcua.workflows.onestop.OneStopModel.VAR_PROPOSED_RESULT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.motcua.engine.catalogue.ShippedAdminUnits;
import vn.motcua.forms.schema.ProcessVariable;

/**
 * What a result states besides its type's wording: the declared facts the decision is about (a
 * temporary residence's place and validity) and what the specialist proposed and the leader
 * approved. A result that said only "the request is granted" would prove nothing.
 */
@Component
class ResultContents {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Clock clock;

    ResultContents(Clock clock) {
        this.clock = clock;
    }

    Map<String, String> of(DelegateExecution execution) {
        Map<String, String> facts = new LinkedHashMap<>();
        String address = text(execution, ProcessVariable.RESIDENCE_ADDRESS);
        String ward = text(execution, ProcessVariable.RESIDENCE_WARD_CODE);
        String months = text(execution, ProcessVariable.RESIDENCE_MONTHS);
        if (months != null && address != null) {
            // a validity period belongs to a temporary residence (Luật Cư trú, Điều 27): it runs from the registration
            String place = ward == null ? address : address + ", " + ShippedAdminUnits.wardWithProvince(ward).orElse(ward);
            facts.put("Nơi đăng ký tạm trú", place);
            int n = Integer.parseInt(months);
            LocalDate from = LocalDate.now(clock);
            facts.put("Thời hạn tạm trú", n + " tháng, từ ngày " + DATE.format(from) + " đến ngày "
                    + DATE.format(from.plusMonths(n).minusDays(1)));
        }
        if (execution.getVariable(VAR_PROPOSED_RESULT) instanceof String proposal && !proposal.isBlank()) {
            facts.put("Nội dung giải quyết", proposal);
        }
        return facts;
    }

    private static String text(DelegateExecution execution, ProcessVariable variable) {
        return execution.getVariable(variable.variableName()) instanceof String value && !value.isBlank() ? value : null;
    }
}
