package vn.motcua.engine.dossier;

/** Who files: the logged-in citizen as VNeID identified them, and where they live (routing). */
public record Applicant(String idNumber, String fullName, String wardCode, String provinceCode) {
}
