package vn.motcua.engine.document;

import java.util.Map;

/**
 * What to issue for a dossier: the type, who issues it (unit), for whom, about which procedure, and
 * the facts the document states (labels as printed, in order).
 */
public record IssueRequest(
        DocumentType type,
        String dossierCode,
        String processInstanceId,
        String unitCode,
        String procedureCode,
        String procedureTitle,
        /** The issuing agency's name where the unit code alone does not give it (ministry-level units). */
        String agencyName,
        String applicantIdNumber,
        String applicantName,
        Map<String, String> facts,
        String reason) {
}
