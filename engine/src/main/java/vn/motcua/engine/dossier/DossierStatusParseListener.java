package vn.motcua.engine.dossier;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link DossierStatusRecorder} on every step a dossier can wait at, in every model
 * (generated, flagship, or edited by policy staff): tasks, catch events, event-based gateways, and
 * the process end. A step that starts after an asynchronous boundary counts as open from the flow
 * into it, so a dossier waiting for its registration job already shows that step.
 */
@Component
class DossierStatusParseListener extends AbstractProcessEnginePlugin {

    private final DossierStatusRecorder recorder;

    DossierStatusParseListener(DossierStatusRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity process) {
                if (testRun(process.getKey())) {
                    return;
                }
                process.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) recorder::processEnded);
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                follow(activity);
            }

            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                follow(activity);
            }

            @Override
            public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                follow(activity);
            }

            @Override
            public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                follow(activity);
            }

            @Override
            public void parseEventBasedGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
                follow(activity);
            }

            @Override
            public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
                ActivityImpl target = (ActivityImpl) transition.getDestination();
                if (target != null && target.isAsyncBefore() && followed(target) && !testRun(keyOf(target))) {
                    String id = target.getId();
                    String name = (String) target.getProperty("name");
                    transition.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE,
                            (ExecutionListener) execution -> recorder.openedByFlow(execution, id, name));
                }
            }
        });
    }

    /** A policy studio test run has no dossier: nothing of it is recorded. */
    private static boolean testRun(String processDefinitionKey) {
        return vn.motcua.workflows.onestop.OneStopModel.isTestRun(processDefinitionKey);
    }

    private static String keyOf(ActivityImpl activity) {
        return ((org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
    }

    private void follow(ActivityImpl activity) {
        if (testRun(keyOf(activity))) {
            return;
        }
        if (!activity.isAsyncBefore()) {
            activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, recorder);
        }
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, recorder);
    }

    private static boolean followed(ActivityImpl activity) {
        String type = (String) activity.getProperty("type");
        return type != null && (type.endsWith("Task") || type.equals("intermediateMessageCatch")
                || type.equals("intermediateTimer") || type.equals("eventBasedGateway"));
    }
}
