package vn.motcua.engine.dossier;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.engine.Messages;
import vn.motcua.engine.registry.RegistryField;
import vn.motcua.engine.registry.RegistryReader;
import vn.motcua.engine.registry.ResidentsDatabase;
import vn.motcua.forms.schema.FormField;
import vn.motcua.forms.schema.FormSchema;
import vn.motcua.forms.schema.ProcessVariable;
import vn.motcua.workflows.flagship.ProcedureModels;

/**
 * The household head or owner a declaration names (who must agree to a residence registered in
 * their home) is looked up in the residents database when the dossier is filed: an ID number of
 * no one is refused on its field instead of waiting for a civil servant to find out. The read is
 * logged for the owner, who sees it under "Ai đã tra cứu dữ liệu của tôi". Flagship models read
 * the household head in their own registry step, so they are left to it.
 */
@Component
class DeclaredOwners {

    private final ResidentsDatabase registry;

    DeclaredOwners(ResidentsDatabase registry) {
        this.registry = registry;
    }

    /** The field error for an owner unknown to the registry, if any. */
    Optional<Map<String, String>> unknownOwner(String procedureCode, String dossierCode, FormSchema form, Map<String, Object> declared) {
        if (ProcedureModels.FLAGSHIPS.contains(procedureCode)
                || !(declared.get(ProcessVariable.HOUSEHOLD_HEAD_ID_NUMBER.variableName()) instanceof String owner)) {
            return Optional.empty();
        }
        boolean known = registry.findByIdNumber(owner, EnumSet.of(RegistryField.FULL_NAME), RegistryReader.system(
                "Thủ tục " + procedureCode + ": xác định chủ hộ, chủ sở hữu chỗ ở để lấy ý kiến đồng ý", dossierCode)).isPresent();
        if (known) {
            return Optional.empty();
        }
        String field = form.valueFields().stream().filter(f -> f.processVariable() == ProcessVariable.HOUSEHOLD_HEAD_ID_NUMBER)
                .map(FormField::key).findFirst().orElseThrow();
        return Optional.of(Map.of("formData." + field, Messages.text("registry.owner-unknown")));
    }
}
