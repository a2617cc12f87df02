package vn.motcua.engine.dossier;

import static vn.motcua.db.Tables.DOSSIER;
import static vn.motcua.db.Tables.DOSSIER_SEQUENCE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.motcua.db.tables.records.DossierRecord;

@Repository
class DossierRepository {

    private final DSLContext sql;
    private final Clock clock;

    DossierRepository(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Takes the next number of the unit's day; the row stays locked until the transaction ends. */
    int nextSequence(String unitCode, LocalDate day) {
        sql.insertInto(DOSSIER_SEQUENCE).set(DOSSIER_SEQUENCE.UNIT_CODE, unitCode).set(DOSSIER_SEQUENCE.DAY, day)
                .set(DOSSIER_SEQUENCE.LAST_VALUE, 1)
                .onDuplicateKeyUpdate().set(DOSSIER_SEQUENCE.LAST_VALUE, DOSSIER_SEQUENCE.LAST_VALUE.plus(1))
                .execute();
        return sql.select(DOSSIER_SEQUENCE.LAST_VALUE).from(DOSSIER_SEQUENCE)
                .where(DOSSIER_SEQUENCE.UNIT_CODE.eq(unitCode), DOSSIER_SEQUENCE.DAY.eq(day))
                .fetchOne(DOSSIER_SEQUENCE.LAST_VALUE);
    }

    void insert(Dossier d, String idempotencyKey) {
        sql.insertInto(DOSSIER)
                .set(DOSSIER.CODE, d.code())
                .set(DOSSIER.PROCEDURE_CODE, d.procedureCode())
                .set(DOSSIER.UNIT_CODE, d.unitCode())
                .set(DOSSIER.APPLICANT_ID_NUMBER, d.applicantIdNumber())
                .set(DOSSIER.APPLICANT_NAME, d.applicantName())
                .set(DOSSIER.CHANNEL, d.channel())
                .set(DOSSIER.FORM_DATA, d.formData())
                .set(DOSSIER.PROCESS_INSTANCE_ID, d.processInstanceId())
                .set(DOSSIER.IDEMPOTENCY_KEY, idempotencyKey)
                .set(DOSSIER.SUBMITTED_AT, LocalDateTime.ofInstant(d.submittedAt(), clock.getZone()))
                .execute();
    }

    Optional<Dossier> byIdempotencyKey(String applicantIdNumber, String key) {
        return sql.selectFrom(DOSSIER).where(DOSSIER.APPLICANT_ID_NUMBER.eq(applicantIdNumber),
                DOSSIER.IDEMPOTENCY_KEY.eq(key)).fetchOptional(r -> toDossier(r));
    }

    Optional<Dossier> byCode(String code) {
        return sql.selectFrom(DOSSIER).where(DOSSIER.CODE.eq(code)).fetchOptional(r -> toDossier(r));
    }

    Optional<Dossier> byProcessInstance(String processInstanceId) {
        return sql.selectFrom(DOSSIER).where(DOSSIER.PROCESS_INSTANCE_ID.eq(processInstanceId)).fetchOptional(r -> toDossier(r));
    }

    List<Dossier> forApplicant(String idNumber) {
        return sql.selectFrom(DOSSIER).where(DOSSIER.APPLICANT_ID_NUMBER.eq(idNumber))
                .orderBy(DOSSIER.SUBMITTED_AT.desc()).fetch(this::toDossier);
    }

    private Dossier toDossier(DossierRecord r) {
        return toDossier(r, clock);
    }

    static Dossier toDossier(DossierRecord r, Clock clock) {
        return new Dossier(r.getCode(), r.getProcedureCode(), r.getUnitCode(), r.getApplicantIdNumber(),
                r.getApplicantName(), r.getChannel(), r.getFormData(), r.getProcessInstanceId(),
                r.getSubmittedAt().atZone(clock.getZone()).toInstant());
    }
}
