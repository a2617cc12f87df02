package vn.motcua.engine.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import vn.motcua.db.tables.records.StatDossierRecord;
import vn.motcua.engine.lifecycle.DossierEvent;
import vn.motcua.engine.lifecycle.DossierRated;
import vn.motcua.engine.lifecycle.DossierRegistered;
import vn.motcua.engine.lifecycle.DossierStatus;
import vn.motcua.engine.lifecycle.DossierStatusChanged;
import vn.motcua.engine.lifecycle.DossierSubmitted;
import vn.motcua.engine.lifecycle.FeePaid;
import vn.motcua.engine.lifecycle.SupplementReceived;
import vn.motcua.engine.lifecycle.SupplementRequested;
import vn.motcua.workflows.catalogue.ChannelKind;

/**
 * What each lifecycle event changes in the figures, for live dossiers and generated history alike.
 * A dossier counts as received on the day it was filed and as finished (on time, late, refused,
 * withdrawn) on the day it ended. Due times follow supplements (the clock stopped legally) but not
 * apology letters: a dossier given a new appointment was still late.
 */
@Component
class StatisticsRules {

    private final ZoneId zone;
    private final FeeBearingProcedures feeBearing;

    StatisticsRules(Clock clock, FeeBearingProcedures feeBearing) {
        this.zone = clock.getZone();
        this.feeBearing = feeBearing;
    }

    void apply(DossierEvent event, StatisticsStore store) {
        if (event instanceof DossierSubmitted submitted) {
            submitted(submitted, store);
        } else if (event instanceof DossierRegistered registered) {
            due(registered.dossierCode(), registered.dueAt(), store);
        } else if (event instanceof SupplementReceived received) {
            due(received.dossierCode(), received.newDueAt(), store);
        } else if (event instanceof SupplementRequested requested) {
            supplementRequested(requested, store);
        } else if (event instanceof FeePaid paid) {
            StatDossierRecord d = store.dossier(paid.dossierCode());
            if (d != null) {
                store.count(cell(d, d.getDay()), Counter.PAID_ONLINE, 1);
            }
        } else if (event instanceof DossierStatusChanged changed) {
            finished(changed, store);
        } else if (event instanceof DossierRated rated) {
            rated(rated, store);
        }
    }

    private void submitted(DossierSubmitted submitted, StatisticsStore store) {
        LocalDateTime at = local(submitted.occurredAt());
        String province = submitted.provinceCode() == null ? "" : submitted.provinceCode();
        store.open(new StatDossierRecord().setDossierCode(submitted.dossierCode()).setDay(at.toLocalDate())
                .setProvinceCode(province).setUnitCode(submitted.unitCode()).setProcedureCode(submitted.procedureCode())
                .setChannel(submitted.channel()).setSubmittedAt(at).setSupplementRequested((byte) 0));
        Cell cell = new Cell(at.toLocalDate(), province, submitted.unitCode(), submitted.procedureCode(), submitted.channel());
        java.util.Set<Counter> counters = java.util.EnumSet.of(Counter.RECEIVED);
        if (ChannelKind.ONLINE.name().equals(submitted.channel()) && feeBearing.contains(submitted.procedureCode())) {
            counters.add(Counter.FEE_BEARING_ONLINE);
        }
        if (submitted.feePaidOnline()) {
            counters.add(Counter.PAID_ONLINE);
        }
        store.countOne(cell, counters);
    }

    private void due(String code, Instant due, StatisticsStore store) {
        if (due != null) {
            store.setDue(code, local(due));
        }
    }

    private void supplementRequested(SupplementRequested requested, StatisticsStore store) {
        StatDossierRecord d = store.dossier(requested.dossierCode());
        if (d != null && d.getSupplementRequested() == 0) {
            d.setSupplementRequested((byte) 1);
            store.save(d);
            store.count(cell(d, d.getDay()), Counter.SUPPLEMENT_REQUESTED, 1);
        }
    }

    private void finished(DossierStatusChanged changed, StatisticsStore store) {
        if (changed.to() == null || !changed.to().finished()) {
            return;
        }
        StatDossierRecord d = store.dossier(changed.dossierCode());
        if (d == null || d.getFinishedAt() != null) {
            return; // filed before the statistics existed, or counted already
        }
        LocalDateTime at = local(changed.occurredAt());
        d.setFinishedAt(at);
        store.save(d);
        Cell cell = cell(d, at.toLocalDate());
        if (changed.to() == DossierStatus.REFUSED) {
            store.count(cell, Counter.REFUSED, 1);
        } else if (changed.to() == DossierStatus.WITHDRAWN) {
            store.count(cell, Counter.WITHDRAWN, 1);
        } else {
            boolean onTime = d.getDueAt() == null || !at.isAfter(d.getDueAt());
            store.count(cell, onTime ? Counter.FINISHED_ON_TIME : Counter.FINISHED_LATE, 1);
            store.count(cell, Counter.PROCESSING_MINUTES, Duration.between(d.getSubmittedAt(), at).toMinutes());
        }
    }

    private void rated(DossierRated rated, StatisticsStore store) {
        StatDossierRecord d = store.dossier(rated.dossierCode());
        if (d == null || rated.stars() < 1 || rated.stars() > 5) {
            return;
        }
        Cell cell = cell(d, local(rated.occurredAt()).toLocalDate());
        store.count(cell, Counter.RATED, 1);
        store.count(cell, Counter.RATING_SUM, rated.stars());
        store.count(cell, Counter.ratedWith(rated.stars()), 1);
    }

    private static Cell cell(StatDossierRecord d, LocalDate day) {
        return new Cell(day, d.getProvinceCode(), d.getUnitCode(), d.getProcedureCode(), d.getChannel());
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }
}
