package vn.motcua.engine.dossier;

import vn.motcua.engine.Messages;
import static vn.motcua.db.Tables.DOSSIER_RATING;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.audit.AuditTrail;

/**
 * The applicant's satisfaction with a finished dossier (1–5 and a comment; Decision 766/QĐ-TTg
 * weighs it in the service index): once per dossier, only by its applicant, only when it is done.
 */
@Service
public class SatisfactionRatings {

    public record Rating(String dossierCode, int score, String comment, Instant ratedAt) {
    }

    private final DossierService dossiers;
    private final AuditTrail audit;
    private final DSLContext sql;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    SatisfactionRatings(DossierService dossiers, AuditTrail audit, DSLContext sql, Clock clock,
                        org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.dossiers = dossiers;
        this.audit = audit;
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional
    public Rating rate(String dossierCode, String applicantIdNumber, int score, String comment) {
        Dossier dossier = dossiers.findForApplicant(dossierCode, applicantIdNumber)
                .orElseThrow(() -> new InvalidDossierException(Map.of("dossier", "Không có hồ sơ " + dossierCode)));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!dossiers.overview(dossier).status().finished()) {
            errors.put("dossier", Messages.text("rating.only-finished"));
        }
        if (score < 1 || score > 5) {
            errors.put("score", Messages.text("rating.score-range"));
        }
        if (comment != null && comment.length() > 1000) {
            errors.put("comment", Messages.text("text.at-most", "1000"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDossierException(errors);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        try {
            sql.insertInto(DOSSIER_RATING).set(DOSSIER_RATING.DOSSIER_CODE, dossierCode)
                    .set(DOSSIER_RATING.RATER_ID, applicantIdNumber).set(DOSSIER_RATING.SCORE, (byte) score)
                    .set(DOSSIER_RATING.COMMENT, text).set(DOSSIER_RATING.RATED_AT, now).execute();
        } catch (DuplicateKeyException ratedAlready) {
            throw new InvalidDossierException(Map.of("dossier", Messages.text("rating.already")));
        }
        audit.record(applicantIdNumber, "DOSSIER_RATED", "DOSSIER", dossierCode, "score " + score);
        events.publishEvent(new vn.motcua.engine.lifecycle.DossierRated(dossierCode, score,
                now.atZone(clock.getZone()).toInstant()));
        return new Rating(dossierCode, score, text, now.atZone(clock.getZone()).toInstant());
    }

    @Transactional(readOnly = true)
    public Optional<Rating> of(String dossierCode) {
        return sql.selectFrom(DOSSIER_RATING).where(DOSSIER_RATING.DOSSIER_CODE.eq(dossierCode))
                .fetchOptional(r -> new Rating(r.getDossierCode(), r.getScore(), r.getComment(),
                        r.getRatedAt().atZone(clock.getZone()).toInstant()));
    }
}
