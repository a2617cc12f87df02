package vn.motcua.forms.schema;

import java.util.Arrays;

/**
 * The process variables a procedure's model reads from what the citizen declared: the one list
 * both sides of the form-to-process contract name. A form declares which of its fields supplies
 * one ({@code "properties": {"processVariable": "fatherIdNumber"}}); the submission copies the
 * value under this name and type; deployment refuses a model whose steps read a variable its form
 * does not supply.
 */
public enum ProcessVariable {
    /** Số định danh cá nhân của cha: the father named in a birth registration. */
    FATHER_ID_NUMBER("fatherIdNumber"),
    /** Số định danh cá nhân của mẹ: the mother named in a birth registration. */
    MOTHER_ID_NUMBER("motherIdNumber"),
    /** Số định danh cá nhân của bên kia: the other party of a marriage registration. */
    PARTNER_ID_NUMBER("partnerIdNumber"),
    /** Số định danh cá nhân của chủ hộ: the household head who agrees to a permanent residence registration. */
    HOUSEHOLD_HEAD_ID_NUMBER("householdHeadIdNumber"),
    /**
     * The ward (2025 code) of the place the procedure is about — the residence being registered,
     * the business's premises — and so whose agency receives the dossier.
     */
    PLACE_WARD_CODE("placeWardCode"),
    /** Số nhà, đường phố, thôn, xóm of the residence being registered, as the result states it. */
    RESIDENCE_ADDRESS("residenceAddress"),
    /** Thời hạn tạm trú in months (1–24), from which the result states the validity. */
    RESIDENCE_MONTHS("residenceMonths");

    private final String variableName;

    ProcessVariable(String variableName) {
        this.variableName = variableName;
    }

    /** The name in the engine (a Camunda process variable, a string; numbers as their digits). */
    public String variableName() {
        return variableName;
    }

    static ProcessVariable named(String name, String fieldKey) {
        return Arrays.stream(values()).filter(v -> v.variableName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Field " + fieldKey + " declares an unknown process variable '"
                        + name + "'; known: " + Arrays.stream(values()).map(ProcessVariable::variableName).toList()));
    }
}
