package vn.motcua.engine.queue;

import static vn.motcua.db.Tables.WORK_ITEM;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long the human steps of a procedure took, from the work items of finished steps: the policy
 * studio draws these on the diagram. Timestamps are differenced in the database (TIMESTAMPDIFF in
 * seconds), averaged per step, so no row travels.
 */
@Service
public class StepDurations {

    /** A step's average time and how many finished items it averages. */
    public record StepDuration(Duration average, long finished) {
    }

    private final DSLContext sql;

    StepDurations(DSLContext sql) {
        this.sql = sql;
    }

    /** Per task key (the BPMN element id), over the procedure's finished work items. */
    @Transactional(readOnly = true)
    public Map<String, StepDuration> ofProcedure(String procedureCode) {
        var seconds = DSL.field("AVG(TIMESTAMPDIFF(SECOND, {0}, {1}))", Double.class, WORK_ITEM.CREATED_AT,
                WORK_ITEM.COMPLETED_AT);
        Map<String, StepDuration> durations = new LinkedHashMap<>();
        sql.select(WORK_ITEM.TASK_KEY, seconds, DSL.count()).from(WORK_ITEM)
                .where(WORK_ITEM.PROCEDURE_CODE.eq(procedureCode), WORK_ITEM.STATE.eq("DONE"),
                        WORK_ITEM.COMPLETED_AT.isNotNull())
                .groupBy(WORK_ITEM.TASK_KEY)
                .forEach(r -> durations.put(r.value1(), new StepDuration(
                        Duration.ofSeconds(Math.round(r.value2() == null ? 0 : r.value2())), r.value3())));
        return durations;
    }
}
