package vn.motcua.engine.queue;

import static vn.motcua.db.Tables.WORK_ITEM;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.jooq.DSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.engine.EngineTestApplication;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.staff.StaffRole;

/**
 * Queue latency at a province's volume (a harness, not a test). Seeds one unit with
 * {@code open} open work items (default 1,000,000) and {@code done} finished ones (default
 * 1,000,000) straight into the read model, then times the queue queries a civil servant makes
 * (first page by due time, a later page, overdue only, one step, search by name, by ID number).
 * In the same run it creates {@code tasks} real Camunda tasks (default 20,000) for a second unit
 * and times Camunda's {@code TaskQuery} with candidate groups on them against the read model's
 * query on the same tasks ({@code 0 0 20000} runs only that comparison). Prints p50/p95/p99. Run (a fresh embedded MariaDB under
 * engine/target/queue-benchmark):
 * {@code ./mvnw -B -q -pl engine test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.motcua.engine.queue.QueueBenchmark -Dexec.args="1000000 1000000 20000"}
 */
public final class QueueBenchmark {

    private static final String UNIT = "ubnd-xa-bench";
    private static final String CAMUNDA_UNIT = "ubnd-xa-bench-camunda";
    private static final int QUERIES = 2_000;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Quang", "Thu", "Đức", "Hữu"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dung", "Hải", "Hạnh", "Khôi", "Lan", "Linh", "Nam", "Phúc", "Trang"};

    private QueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int open = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int done = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int tasks = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EngineTestApplication.class)
                .properties("motcua.data-dir=target/queue-benchmark/" + UUID.randomUUID(),
                        "camunda.bpm.job-execution.enabled=false", "motcua.admin.password=benchmark-only-secret",
                        "logging.level.root=WARN")
                .run()) {
            DSLContext sql = context.getBean(DSLContext.class);
            WorkQueue queue = context.getBean(WorkQueue.class);
            long start = System.nanoTime();
            // bulk load as a migration would: the secondary indexes are dropped and built again after
            List<String> indexes = sql.fetch("SHOW CREATE TABLE work_item").get(0).get(1, String.class).lines()
                    .map(String::strip).filter(line -> line.startsWith("KEY ")).map(line -> line.replaceAll(",$", "")).toList();
            for (String index : indexes) {
                sql.execute("ALTER TABLE work_item DROP INDEX " + index.split("`")[1]);
            }
            seed(sql, UNIT, open, "OPEN");
            seed(sql, UNIT, done, "DONE");
            for (String index : indexes) {
                sql.execute("ALTER TABLE work_item ADD " + index);
            }
            System.out.printf("seeded %,d open + %,d finished work items in %.1f s%n", open, done,
                    (System.nanoTime() - start) / 1e9);
            sql.execute("ANALYZE TABLE work_item");

            StaffMember clerk = new StaffMember("001187200001", "Bench", UNIT, "Bench unit", "clerk", Set.of(StaffRole.RECEPTION));
            QueueQuery first = QueueQuery.openItemsOf(UNIT);
            time("queue: first page by due time", () -> queue.find(clerk, first));
            time("queue: page 200 (offset 10,000)", () -> queue.find(clerk, first.page(10_000, 50)));
            time("queue: overdue only", () -> queue.find(clerk, new QueueQuery(UNIT, null, null, null,
                    QueueQuery.Due.OVERDUE, false, null, null, QueueQuery.Sort.DUE, false, 0, 50)));
            time("queue: reception step", () -> queue.find(clerk, new QueueQuery(UNIT, "reception", null, null,
                    QueueQuery.Due.ANY, false, null, null, QueueQuery.Sort.DUE, false, 0, 50)));
            time("queue: name starts with 'tran thi'", () -> queue.find(clerk, new QueueQuery(UNIT, null, null, null,
                    QueueQuery.Due.ANY, false, null, "tran thi", QueueQuery.Sort.APPLICANT, false, 0, 50)));
            time("queue: by ID number", () -> queue.find(clerk, new QueueQuery(UNIT, null, null, null,
                    QueueQuery.Due.ANY, false, null, "001090123456", QueueQuery.Sort.DUE, false, 0, 50)));
            time("queue: header counts (4 counts, each capped at 10,000)", () -> List.of(queue.counts(clerk)), 200);

            camundaComparison(context, queue, tasks);
        }
    }

    /** Multi-row inserts of 5,000: the rows the listener would have written, with plausible values. */
    private static void seed(DSLContext sql, String unit, int count, String state) {
        Random random = new Random(42 + count + state.hashCode());
        LocalDateTime now = LocalDateTime.now();
        String[] steps = {"reception", "processing", "approval"};
        for (int from = 0; from < count; from += 5_000) {
            var insert = sql.insertInto(WORK_ITEM, WORK_ITEM.TASK_ID, WORK_ITEM.PROCESS_INSTANCE_ID, WORK_ITEM.DOSSIER_CODE,
                            WORK_ITEM.PROCEDURE_CODE, WORK_ITEM.APPLICANT_ID, WORK_ITEM.APPLICANT_NAME, WORK_ITEM.NAME_KEY,
                            WORK_ITEM.TASK_KEY, WORK_ITEM.TASK_NAME, WORK_ITEM.UNIT_CODE, WORK_ITEM.STEP, WORK_ITEM.ASSIGNEE,
                            WORK_ITEM.COMPLETED_BY, WORK_ITEM.RECEIVED_AT, WORK_ITEM.DUE_AT, WORK_ITEM.CREATED_AT,
                            WORK_ITEM.STATE, WORK_ITEM.COMPLETED_AT, WORK_ITEM.IS_OPEN);
            for (int i = from; i < Math.min(count, from + 5_000); i++) {
                String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                        + GIVEN[random.nextInt(GIVEN.length)];
                String step = steps[random.nextInt(steps.length)];
                LocalDateTime received = now.minusMinutes(random.nextInt(60 * 24 * 30));
                insert = insert.values(state + "-" + unit + "-" + i, "pi-" + state + i,
                        unit + "-261127-" + String.format("%07d", i), "1.001193",
                        String.format("001%09d", random.nextInt(1_000_000_000)), name, WorkItemRecorder.nameKey(name),
                        "Task_" + step, step, unit, step, null, null, received,
                        received.plusDays(3 + random.nextInt(12)), received, state,
                        "DONE".equals(state) ? received.plusDays(2) : null, (byte) ("DONE".equals(state) ? 0 : 1));
            }
            insert.execute();
        }
    }

    /** Camunda's own query with candidate groups against the read model, on the same real tasks. */
    private static void camundaComparison(ConfigurableApplicationContext context, WorkQueue queue, int count) {
        RepositoryService repository = context.getBean(RepositoryService.class);
        RuntimeService runtime = context.getBean(RuntimeService.class);
        TaskService taskService = context.getBean(TaskService.class);
        repository.createDeployment().name("queue-benchmark").addModelInstance("queue-benchmark.bpmn",
                Bpmn.createExecutableProcess("queue_benchmark").startEvent()
                        .userTask("Task_Reception").name("Tiếp nhận").camundaCandidateGroups("unit:" + CAMUNDA_UNIT + ":reception")
                        .endEvent().done()).deploy();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            runtime.startProcessInstanceByKey("queue_benchmark", CAMUNDA_UNIT + "-" + i);
        }
        System.out.printf("created %,d Camunda tasks (candidate group unit:%s:reception) in %.1f s%n", count, CAMUNDA_UNIT,
                (System.nanoTime() - start) / 1e9);
        StaffMember clerk = new StaffMember("001187200001", "Bench", CAMUNDA_UNIT, "Bench unit", "clerk", Set.of(StaffRole.RECEPTION));
        // Camunda's queries take long enough that fewer runs tell the story
        time("Camunda TaskQuery: candidate group, first page by due date", () -> taskService.createTaskQuery()
                .taskCandidateGroup("unit:" + CAMUNDA_UNIT + ":reception").orderByDueDate().asc().listPage(0, 50), 50);
        time("Camunda TaskQuery: candidate groups of all steps + assigned", () -> taskService.createTaskQuery()
                .or().taskCandidateGroupIn(List.of("unit:" + CAMUNDA_UNIT + ":reception", "unit:" + CAMUNDA_UNIT + ":processing",
                        "unit:" + CAMUNDA_UNIT + ":approval")).taskAssignee("001187200001").endOr()
                .orderByTaskCreateTime().asc().listPage(0, 50), 50);
        time("Camunda TaskQuery: count for the unit", () -> List.of(taskService.createTaskQuery()
                .taskCandidateGroup("unit:" + CAMUNDA_UNIT + ":reception").count()), 50);
        time("read model: same tasks, first page", () -> queue.find(clerk, QueueQuery.openItemsOf(CAMUNDA_UNIT)));
    }

    private static void time(String label, Supplier<List<?>> query) {
        time(label, query, QUERIES);
    }

    private static void time(String label, Supplier<List<?>> query, int runs) {
        for (int i = 0; i < Math.max(10, runs / 10); i++) {
            query.get();
        }
        long[] nanos = new long[runs];
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows = query.get().size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-62s rows %3d   p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms   (%d runs)%n", label, rows,
                nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6, nanos[(int) (runs * 0.99)] / 1e6, runs);
    }
}
