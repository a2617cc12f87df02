package vn.motcua.ui.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * CPU time spent by MotCua between two readings: the JVM's own process time minus the threads of
 * the load generator that runs in the same JVM, plus the embedded mariadbd's (user + system from
 * /proc). Linux only, as the benchmark machine is.
 */
final class CpuMeter {

    private static final long CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Predicate<String> loadGeneratorThread;
    private final long mariadbdPid;

    /** One reading: nanoseconds of CPU. */
    record Reading(long jvm, long loadGenerator, long mariadbd, long gcMillis, long jitMillis, long classesLoaded,
                   Map<String, Long> byThreadGroup) {
        Reading minus(Reading earlier) {
            Map<String, Long> groups = new TreeMap<>(byThreadGroup);
            earlier.byThreadGroup.forEach((group, nanos) -> groups.merge(group, -nanos, Long::sum));
            return new Reading(jvm - earlier.jvm, loadGenerator - earlier.loadGenerator, mariadbd - earlier.mariadbd,
                    gcMillis - earlier.gcMillis, jitMillis - earlier.jitMillis,
                    classesLoaded - earlier.classesLoaded, groups);
        }

        /** CPU of the JVM's own threads (JIT compilers, GC, VM): the process's time minus every Java thread's. */
        long jvmInternal() {
            return jvm - loadGenerator - byThreadGroup.values().stream().mapToLong(Long::longValue).sum();
        }

        long motcuaJvm() {
            return jvm - loadGenerator;
        }
    }

    CpuMeter(Predicate<String> loadGeneratorThread) {
        this.loadGeneratorThread = loadGeneratorThread;
        this.mariadbdPid = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
        threads.setThreadCpuTimeEnabled(true);
    }

    boolean seesDatabase() {
        return mariadbdPid > 0;
    }

    long mariadbdPid() {
        return mariadbdPid;
    }

    Reading read() {
        long generator = 0;
        Map<String, Long> groups = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = Math.max(threads.getThreadCpuTime(info.getThreadId()), 0);
            if (loadGeneratorThread.test(info.getThreadName())) {
                generator += cpu;
            } else {
                groups.merge(group(info.getThreadName()), cpu, Long::sum);
            }
        }
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(b.getCollectionTime(), 0)).sum();
        return new Reading(os.getProcessCpuTime(), generator, mariadbdCpu(), gc,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(), groups);
    }

    /**
     * What a thread does in MotCua, by its name: request threads (the submission), the job
     * executor's (registration and receipt), the rest (pool housekeeping, schedulers, Vaadin).
     * Threads that ended between two readings take their time with them: readings are taken
     * while the phase's threads are alive.
     */
    static String group(String threadName) {
        if (threadName.startsWith("http-nio")) {
            return "HTTP request threads (submission)";
        }
        if (threadName.startsWith("bench-")) {
            return "threads calling the engine (bare starts)";
        }
        if (threadName.startsWith("camundaTaskExecutor")) {
            return "job executor threads (registration, receipt)";
        }
        if (threadName.startsWith("JobExecutor")) {
            return "job acquisition";
        }
        return "other Java threads";
    }

    private long mariadbdCpu() {
        if (mariadbdPid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + mariadbdPid + "/stat"));
            // fields after the command name (which may contain spaces) in parentheses: utime is 14th, stime 15th
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1_000_000_000L / CLOCK_TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read mariadbd's CPU time", e);
        }
    }
}
