package vn.motcua.engine.queue;

import static vn.motcua.db.Tables.CONSULTATION;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The consultation table: asked when processing requests opinions, answered from the agencies' queues. */
@Repository
class Consultations {

    private final DSLContext sql;
    private final Clock clock;

    Consultations(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    void ask(String dossierCode, List<String> agencyUnits, String question, Instant dueAt, String requestedBy) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (String agency : agencyUnits) {
            sql.insertInto(CONSULTATION).set(CONSULTATION.DOSSIER_CODE, dossierCode).set(CONSULTATION.AGENCY_UNIT, agency)
                    .set(CONSULTATION.QUESTION, question).set(CONSULTATION.DUE_AT, LocalDateTime.ofInstant(dueAt, clock.getZone()))
                    .set(CONSULTATION.REQUESTED_BY, requestedBy).set(CONSULTATION.REQUESTED_AT, now).execute();
        }
    }

    /** Answers the agency's open question on the dossier; false when there is none. */
    boolean answer(String dossierCode, String agencyUnit, String answer, String answeredBy) {
        return sql.update(CONSULTATION).set(CONSULTATION.ANSWER, answer).set(CONSULTATION.ANSWERED_BY, answeredBy)
                .set(CONSULTATION.ANSWERED_AT, LocalDateTime.now(clock))
                .where(CONSULTATION.DOSSIER_CODE.eq(dossierCode), CONSULTATION.AGENCY_UNIT.eq(agencyUnit),
                        CONSULTATION.ANSWERED_AT.isNull())
                .execute() > 0;
    }

    List<Consultation> forDossier(String dossierCode, Function<String, String> unitName) {
        return sql.selectFrom(CONSULTATION).where(CONSULTATION.DOSSIER_CODE.eq(dossierCode))
                .orderBy(CONSULTATION.REQUESTED_AT, CONSULTATION.ID)
                .fetch(r -> new Consultation(r.getId(), r.getDossierCode(), r.getAgencyUnit(), unitName.apply(r.getAgencyUnit()),
                        r.getQuestion(), instant(r.getDueAt()), r.getRequestedBy(), instant(r.getRequestedAt()),
                        r.getAnswer(), r.getAnsweredBy(), instant(r.getAnsweredAt())));
    }

    private Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(clock.getZone()).toInstant();
    }
}
