package vn.motcua.engine.dossier;

import static vn.motcua.db.Tables.DOSSIER_DRAFT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Server-side drafts of the citizen's forms, one per procedure, readable only by their owner. */
@Service
public class DraftService {

    public record Draft(String procedureCode, Map<String, Object> formData, Instant updatedAt) {
    }

    private final DSLContext sql;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    DraftService(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional
    public Instant save(String ownerIdNumber, String procedureCode, Map<String, Object> formData) {
        LocalDateTime now = LocalDateTime.now(clock);
        String data = write(formData);
        sql.insertInto(DOSSIER_DRAFT).set(DOSSIER_DRAFT.OWNER_ID, ownerIdNumber)
                .set(DOSSIER_DRAFT.PROCEDURE_CODE, procedureCode).set(DOSSIER_DRAFT.FORM_DATA, data)
                .set(DOSSIER_DRAFT.UPDATED_AT, now)
                .onDuplicateKeyUpdate().set(DOSSIER_DRAFT.FORM_DATA, data).set(DOSSIER_DRAFT.UPDATED_AT, now).execute();
        return now.atZone(clock.getZone()).toInstant();
    }

    @Transactional(readOnly = true)
    public Optional<Draft> find(String ownerIdNumber, String procedureCode) {
        return sql.selectFrom(DOSSIER_DRAFT).where(DOSSIER_DRAFT.OWNER_ID.eq(ownerIdNumber),
                DOSSIER_DRAFT.PROCEDURE_CODE.eq(procedureCode)).fetchOptional(r -> new Draft(r.getProcedureCode(),
                read(r.getFormData()), r.getUpdatedAt().atZone(clock.getZone()).toInstant()));
    }

    @Transactional(readOnly = true)
    public List<Draft> forOwner(String ownerIdNumber) {
        return sql.selectFrom(DOSSIER_DRAFT).where(DOSSIER_DRAFT.OWNER_ID.eq(ownerIdNumber))
                .orderBy(DOSSIER_DRAFT.UPDATED_AT.desc()).fetch(r -> new Draft(r.getProcedureCode(),
                        read(r.getFormData()), r.getUpdatedAt().atZone(clock.getZone()).toInstant()));
    }

    @Transactional
    public void discard(String ownerIdNumber, String procedureCode) {
        sql.deleteFrom(DOSSIER_DRAFT).where(DOSSIER_DRAFT.OWNER_ID.eq(ownerIdNumber),
                DOSSIER_DRAFT.PROCEDURE_CODE.eq(procedureCode)).execute();
    }

    private String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Draft data is not serialisable", e);
        }
    }

    private Map<String, Object> read(String data) {
        try {
            return json.readValue(data, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draft is not JSON", e);
        }
    }
}
