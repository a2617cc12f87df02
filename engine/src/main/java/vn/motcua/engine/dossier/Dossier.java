package vn.motcua.engine.dossier;

import java.time.Instant;

/** A submitted dossier as its applicant and its unit see it. */
public record Dossier(String code, String procedureCode, String unitCode, String applicantIdNumber,
                      String applicantName, String channel, String formData, String processInstanceId,
                      Instant submittedAt) {
}
