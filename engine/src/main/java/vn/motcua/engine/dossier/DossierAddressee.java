package vn.motcua.engine.dossier;

/**
 * Whom news of a dossier goes to: its applicant, and the e-mail address they gave on the form
 * ({@code null} when none).
 */
public record DossierAddressee(String dossierCode, String applicantIdNumber, String email) {
}
