package vn.motcua.engine.studio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.engine.Messages;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.engine.staff.StaffMember;

/**
 * Moves open dossiers from one version of a procedure's model to another. Dossiers stay on the
 * version they started on unless policy staff move them here. Steps are mapped by equal element
 * ids (Camunda's migration plan, validated); a dossier waiting at a step the target version does
 * not have cannot move and is reported. The deadline timers move as they are (not re-evaluated),
 * so the statutory clock is unchanged. Each dossier's timeline records the move.
 */
@Service
public class DossierMigration {

    /** Dossiers moved per transaction: a failure loses at most one chunk's work, which is reported. */
    static final int CHUNK = 100;

    /** What a migration from one version to another can do: the steps mapped, who can and cannot move. */
    public record Check(int fromVersion, int toVersion, List<String> mappedSteps, List<String> movable,
                        Map<String, String> blocked) {
    }

    private final PolicyStudio studio;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    DossierMigration(PolicyStudio studio, RuntimeService runtime, ManagementService management, AuditTrail audit,
                     PlatformTransactionManager transactionManager) {
        this.studio = studio;
        this.runtime = runtime;
        this.management = management;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public Check check(StaffMember staff, String code, int fromVersion, int toVersion) {
        StudioAccess.requireViewer(staff);
        ProcessDefinition from = studio.definition(code, fromVersion);
        ProcessDefinition to = studio.definition(code, toVersion);
        MigrationPlan plan = plan(from, to);
        Set<String> mapped = new HashSet<>();
        for (MigrationInstruction instruction : plan.getInstructions()) {
            mapped.add(instruction.getSourceActivityId());
        }
        // steps with open dossiers that the target does not have: those dossiers cannot move
        Map<String, String> blocked = new LinkedHashMap<>();
        for (var s : management.createActivityStatisticsQuery(from.getId()).list()) {
            if (!mapped.contains(s.getId())) {
                for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(from.getId())
                        .activityIdIn(s.getId()).list()) {
                    blocked.put(instance.getBusinessKey(), s.getId());
                }
            }
        }
        List<String> movable = new ArrayList<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(from.getId())
                .orderByBusinessKey().asc().list()) {
            if (!blocked.containsKey(instance.getBusinessKey())) {
                movable.add(instance.getBusinessKey());
            }
        }
        return new Check(from.getVersion(), to.getVersion(), List.copyOf(new java.util.TreeSet<>(mapped)),
                List.copyOf(movable), Map.copyOf(blocked));
    }

    /**
     * Moves the chosen dossiers (by code), a chunk per transaction, telling {@code progress} how many
     * have moved so far. A dossier that is not open on the source version, or cannot move, is a
     * field error and nothing moves.
     * @return how many moved
     */
    public int migrate(StaffMember staff, String code, int fromVersion, int toVersion, List<String> dossierCodes,
                       IntConsumer progress) {
        StudioAccess.requireEditor(staff);
        if (dossierCodes == null || dossierCodes.isEmpty()) {
            throw new StudioRefusedException("dossiers", Messages.text("studio.migration.none"));
        }
        Check check = check(staff, code, fromVersion, toVersion);
        if (check.fromVersion() == check.toVersion()) {
            throw new StudioRefusedException("toVersion", Messages.text("studio.migration.sameVersion"));
        }
        Set<String> movable = new HashSet<>(check.movable());
        for (String dossier : dossierCodes) {
            if (!movable.contains(dossier)) {
                throw new StudioRefusedException("dossiers", Messages.text("studio.migration.notMovable", dossier));
            }
        }
        ProcessDefinition from = studio.definition(code, fromVersion);
        ProcessDefinition to = studio.definition(code, toVersion);
        MigrationPlan plan = plan(from, to);
        Map<String, String> instanceOf = new java.util.HashMap<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(from.getId()).list()) {
            instanceOf.put(instance.getBusinessKey(), instance.getId());
        }
        int moved = 0;
        for (int i = 0; i < dossierCodes.size(); i += CHUNK) {
            List<String> chunk = dossierCodes.subList(i, Math.min(dossierCodes.size(), i + CHUNK));
            transactions.executeWithoutResult(status -> {
                List<String> ids = chunk.stream().map(instanceOf::get).toList();
                runtime.newMigration(plan).processInstanceIds(ids).skipCustomListeners().execute();
                for (String dossier : chunk) {
                    audit.record(staff.idNumber(), "MODEL_MIGRATED", "DOSSIER", dossier,
                            "version " + from.getVersion() + " → " + to.getVersion());
                }
            });
            moved += chunk.size();
            progress.accept(moved);
        }
        return moved;
    }

    /**
     * {@link #migrate} on the application's task executor, for a page that shows the progress while
     * it runs; the future fails with what {@code migrate} throws.
     */
    @org.springframework.scheduling.annotation.Async
    public java.util.concurrent.CompletableFuture<Integer> migrateInBackground(StaffMember staff, String code, int fromVersion,
            int toVersion, List<String> dossierCodes, IntConsumer progress) {
        return java.util.concurrent.CompletableFuture.completedFuture(
                migrate(staff, code, fromVersion, toVersion, dossierCodes, progress));
    }

    private MigrationPlan plan(ProcessDefinition from, ProcessDefinition to) {
        try {
            return runtime.createMigrationPlan(from.getId(), to.getId()).mapEqualActivities().build();
        } catch (MigrationPlanValidationException e) {
            List<String> failures = new ArrayList<>();
            e.getValidationReport().getInstructionReports().forEach(r -> failures.addAll(r.getFailures()));
            throw new StudioRefusedException("toVersion", Messages.text("studio.migration.plan",
                    String.join("; ", failures.subList(0, Math.min(3, failures.size())))));
        }
    }
}
