package vn.motcua.engine.studio;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What every service task and listener of a studio test run calls instead of MotCua's real steps:
 * nothing. A test run shows where a dossier goes, it must not issue receipts, notify citizens or
 * touch a dossier.
 */
@Component("studioTestStep")
class TestRunStep implements JavaDelegate, ExecutionListener, TaskListener {

    @Override
    public void execute(DelegateExecution execution) {
        // a test run has no dossier: the step only marks the path
    }

    @Override
    public void notify(DelegateExecution execution) {
        // as above, for execution listeners
    }

    @Override
    public void notify(DelegateTask task) {
        // as above, for task listeners
    }
}
