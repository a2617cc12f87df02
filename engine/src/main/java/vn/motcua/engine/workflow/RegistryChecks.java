package vn.motcua.engine.workflow;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.registry.RegistryField;
import vn.motcua.engine.registry.RegistryReader;
import vn.motcua.engine.registry.Resident;
import vn.motcua.engine.registry.ResidentsDatabase;
import vn.motcua.forms.schema.ProcessVariable;

/**
 * The flagship steps that check a dossier against the National Residents Database instead of
 * asking the citizen for papers: each read names the dossier and its purpose and is logged for
 * the person read. Their findings are process variables the specialist sees.
 */
@Configuration(proxyBeanMethods = false)
class RegistryChecks {

    // declared by the forms (ProcessVariable), checked against the models at deployment (ProcessInputs)
    static final String VAR_FATHER_ID = ProcessVariable.FATHER_ID_NUMBER.variableName();
    static final String VAR_MOTHER_ID = ProcessVariable.MOTHER_ID_NUMBER.variableName();
    static final String VAR_PARTNER_ID = ProcessVariable.PARTNER_ID_NUMBER.variableName();
    static final String VAR_HOUSEHOLD_HEAD_ID = ProcessVariable.HOUSEHOLD_HEAD_ID_NUMBER.variableName();
    static final String VAR_HOUSEHOLD_HEAD_FOUND = "householdHeadFoundInRegistry";
    static final String VAR_PARENTS_FOUND = "parentsFoundInRegistry";
    static final String VAR_APPLICANT_FOUND = "applicantFoundInRegistry";
    static final String VAR_APPLICANT_PERMANENT_WARD = "applicantPermanentWard";
    static final String VAR_BOTH_UNMARRIED = "bothUnmarriedInRegistry";

    /** {@code ${verifyParents}} (birth registration): the parents named in the dossier exist in the registry. */
    @Bean
    JavaDelegate verifyParents(ResidentsDatabase registry, AuditTrail audit) {
        return execution -> {
            List<String> parents = idNumbers(execution, VAR_FATHER_ID, VAR_MOTHER_ID);
            boolean found = !parents.isEmpty() && parents.stream().allMatch(id -> read(registry, execution, id,
                    "Đăng ký khai sinh: đối chiếu thông tin cha, mẹ",
                    EnumSet.of(RegistryField.FULL_NAME, RegistryField.BIRTH_DATE, RegistryField.PERMANENT_ADDRESS))
                    .isPresent());
            execution.setVariable(VAR_PARENTS_FOUND, found);
            audit.record("system", "PARENTS_VERIFIED", "DOSSIER", DossierDocuments.dossierCode(execution),
                    parents.size() + " parent(s) named, all in the registry: " + found);
        };
    }

    /**
     * {@code ${residentsLookup}} (permanent residence, passport): the applicant's record and current
     * residence, instead of asking for papers; for a residence registration into someone else's
     * household, also the household head the form names (who must agree, and sees the read).
     */
    @Bean
    JavaDelegate residentsLookup(ResidentsDatabase registry, AuditTrail audit) {
        return execution -> {
            String procedure = (String) execution.getVariable(vn.motcua.workflows.onestop.OneStopModel.VAR_PROCEDURE_CODE);
            Optional<Resident> applicant = idNumbers(execution, VAR_APPLICANT_ID).stream().findFirst()
                    .flatMap(id -> read(registry, execution, id, "Thủ tục " + procedure + ": khai thác thông tin người nộp hồ sơ",
                            EnumSet.of(RegistryField.FULL_NAME, RegistryField.BIRTH_DATE, RegistryField.PERMANENT_ADDRESS,
                                    RegistryField.HOUSEHOLD)));
            execution.setVariable(VAR_APPLICANT_FOUND, applicant.isPresent());
            applicant.ifPresent(r -> execution.setVariable(VAR_APPLICANT_PERMANENT_WARD, r.permanentWardCode()));
            String details = "applicant in the registry: " + applicant.isPresent();
            List<String> head = idNumbers(execution, VAR_HOUSEHOLD_HEAD_ID);
            if (!head.isEmpty()) {
                Optional<Resident> found = read(registry, execution, head.get(0),
                        "Đăng ký thường trú: xác định chủ hộ để lấy ý kiến đồng ý",
                        EnumSet.of(RegistryField.FULL_NAME, RegistryField.PERMANENT_ADDRESS, RegistryField.HOUSEHOLD));
                boolean isHead = found.filter(r -> r.relationToHead() == vn.motcua.engine.registry.HouseholdRelation.HEAD)
                        .isPresent();
                execution.setVariable(VAR_HOUSEHOLD_HEAD_FOUND, isHead);
                details += ", household head named and on record as head: " + isHead;
            }
            audit.record("system", "RESIDENTS_LOOKUP", "DOSSIER", DossierDocuments.dossierCode(execution), details);
        };
    }

    /** {@code ${verifyMaritalStatus}} (marriage registration): neither party has a spouse on record. */
    @Bean
    JavaDelegate verifyMaritalStatus(ResidentsDatabase registry, AuditTrail audit) {
        return execution -> {
            List<String> parties = idNumbers(execution, VAR_APPLICANT_ID, VAR_PARTNER_ID);
            List<Optional<Resident>> records = parties.stream().map(id -> read(registry, execution, id,
                    "Đăng ký kết hôn: kiểm tra tình trạng hôn nhân", EnumSet.of(RegistryField.FULL_NAME,
                            RegistryField.SPOUSE))).toList();
            boolean unmarried = parties.size() == 2 && records.stream()
                    .allMatch(r -> r.isPresent() && r.get().spouseIdNumber() == null);
            execution.setVariable(VAR_BOTH_UNMARRIED, unmarried);
            audit.record("system", "MARITAL_STATUS_VERIFIED", "DOSSIER", DossierDocuments.dossierCode(execution),
                    parties.size() + " part(ies) named, both unmarried on record: " + unmarried);
        };
    }

    private static List<String> idNumbers(DelegateExecution execution, String... variables) {
        return java.util.Arrays.stream(variables).map(execution::getVariable)
                .filter(v -> v instanceof String s && !s.isBlank()).map(Object::toString).toList();
    }

    private static Optional<Resident> read(ResidentsDatabase registry, DelegateExecution execution, String idNumber,
                                           String purpose, EnumSet<RegistryField> fields) {
        return registry.findByIdNumber(idNumber, fields,
                RegistryReader.system(purpose, DossierDocuments.dossierCode(execution)));
    }
}
