package vn.motcua.engine.workflow;

import static vn.motcua.workflows.onestop.OneStopModel.VAR_DUE_AT;
import static vn.motcua.workflows.onestop.OneStopModel.VAR_PROCEDURE_CODE;
import static vn.motcua.workflows.onestop.OneStopModel.VAR_PROPOSED_RESULT;
import static vn.motcua.workflows.onestop.OneStopModel.VAR_RESULT_FACTS;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.catalogue.ShippedAdminUnits;
import vn.motcua.engine.document.DocumentType;
import vn.motcua.forms.schema.ProcessVariable;

/**
 * What a result states besides its type's wording: the facts the form declares for the result
 * (its fields marked {@code resultFact}), a temporary residence's place and validity, and what the
 * specialist proposed and the leader approved. A result that said only "the request is granted"
 * would prove nothing.
 */
@Component
class ResultContents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Clock clock;
    private final ProcedureCatalogue catalogue;

    ResultContents(Clock clock, ProcedureCatalogue catalogue) {
        this.clock = clock;
        this.catalogue = catalogue;
    }

    Map<String, String> of(DelegateExecution execution, DocumentType type) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (execution.getVariable(VAR_RESULT_FACTS) instanceof String declared && !declared.isBlank()) {
            try {
                facts.putAll(JSON.readValue(declared, new TypeReference<Map<String, String>>() { }));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // written by the submission from the form; unreadable means a bug, and the job's incident says where
                throw new IllegalStateException("The dossier's result facts are not JSON", e);
            }
        }
        String address = text(execution, ProcessVariable.RESIDENCE_ADDRESS);
        String ward = text(execution, ProcessVariable.PLACE_WARD_CODE);
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
        if (type == DocumentType.COLLECTION_NOTICE) {
            // the result is an object: say which, and from when it can be collected
            catalogue.find((String) execution.getVariable(VAR_PROCEDURE_CODE)).ifPresent(entry -> facts.put("Kết quả được trả",
                    String.join("; ", entry.results().stream().map(r -> r.title().strip()).toList())));
            if (execution.getVariable(VAR_DUE_AT) instanceof java.util.Date due) {
                facts.put("Ngày hẹn trả", DATE.format(LocalDate.ofInstant(due.toInstant(), clock.getZone())));
            }
        }
        if (execution.getVariable(VAR_PROPOSED_RESULT) instanceof String proposal && !proposal.isBlank()) {
            facts.put(type.proposalHeading(), proposal);
        }
        return facts;
    }

    private static String text(DelegateExecution execution, ProcessVariable variable) {
        return execution.getVariable(variable.variableName()) instanceof String value && !value.isBlank() ? value : null;
    }
}
