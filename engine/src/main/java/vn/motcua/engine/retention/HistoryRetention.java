package vn.motcua.engine.retention;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps the database from growing without bound: Camunda's history of a finished dossier is
 * removed {@code motcua.history.time-to-live-days} after its process ended, by Camunda's own
 * history cleanup inside a nightly window. The time to live is the operator's setting, so it is
 * put on every process definition whatever its model says (generated, flagship, or published from
 * the studio), both when a model is parsed and, at start, on definitions deployed under an
 * earlier setting. Removal times are set when a process ends (Camunda's removal-time strategy).
 * <p>
 * What is removed is the engine's working history only. MotCua's own record of a dossier — the
 * dossier, its status and timeline, the audit trail, issued documents, statistics — lives in its
 * own tables, which this cleanup does not touch; they are kept as the records law requires.
 */
@Component
@EnableConfigurationProperties(HistoryRetentionProperties.class)
class HistoryRetention extends AbstractProcessEnginePlugin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);
    private static final DateTimeFormatter WINDOW_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final HistoryRetentionProperties properties;
    private final RepositoryService repository;

    // the repository service exists only once the engine this plugin configures is built
    HistoryRetention(HistoryRetentionProperties properties, @Lazy RepositoryService repository) {
        this.properties = properties;
        this.repository = repository;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryCleanupBatchWindowStartTime(properties.cleanupWindowStart().format(WINDOW_TIME));
        configuration.setHistoryCleanupBatchWindowEndTime(properties.cleanupWindowEnd().format(WINDOW_TIME));
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
        configuration.setHistoryCleanupStrategy(ProcessEngineConfigurationImpl.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        configuration.setHistoryTimeToLive(String.valueOf(properties.timeToLiveDays()));
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity process) {
                process.setHistoryTimeToLive(properties.timeToLiveDays());
            }
        });
    }

    /**
     * Definitions deployed while another time to live was configured get the current one: once
     * every bean is made (the procedure models deployed), before the application reports ready —
     * a failure here is a failed start, not an exception after "ready".
     */
    @Override
    public void afterSingletonsInstantiated() {
        alignDeployedDefinitions();
    }

    void alignDeployedDefinitions() {
        long start = System.nanoTime();
        int days = properties.timeToLiveDays();
        int changed = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                changed += setTimeToLive(definition.getId(), days) ? 1 : 0;
            }
        }
        if (changed > 0) {
            log.info("History time to live set to {} days on {} process definitions ({} ms)", days, changed,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** @return whether this node changed it (another node starting beside it may have done so first) */
    private boolean setTimeToLive(String definitionId, int days) {
        try {
            repository.updateProcessDefinitionHistoryTimeToLive(definitionId, days);
            return true;
        } catch (OptimisticLockingException concurrentUpdate) {
            Integer now = repository.getProcessDefinition(definitionId).getHistoryTimeToLive();
            if (now == null || now != days) {
                throw concurrentUpdate;
            }
            return false;
        }
    }
}
