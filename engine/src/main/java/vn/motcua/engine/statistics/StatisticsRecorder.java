package vn.motcua.engine.statistics;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.engine.lifecycle.DossierEvent;

/**
 * Keeps the figures from the lifecycle's events, in the transaction of each change: a dossier
 * filed, processed or rated is in the figures as soon as it commits, and a page view reads a few
 * aggregate rows instead of the dossiers.
 */
@Component
class StatisticsRecorder {

    private final StatisticsRules rules;
    private final DatabaseStatisticsStore store;

    StatisticsRecorder(StatisticsRules rules, DatabaseStatisticsStore store) {
        this.rules = rules;
        this.store = store;
    }

    @EventListener
    void on(DossierEvent event) {
        rules.apply(event, store);
    }
}
