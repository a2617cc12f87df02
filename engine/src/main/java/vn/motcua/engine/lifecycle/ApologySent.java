package vn.motcua.engine.lifecycle;

import java.time.Instant;

/** The dossier is late: the apology letter (Mẫu 04) sets a new appointment. */
public record ApologySent(String dossierCode, Instant newAppointment, Instant occurredAt) implements DossierEvent {
}
