package vn.motcua.ui.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
    record Reading(long jvm, long loadGenerator, long mariadbd, long gcMillis, long jitMillis, long classesLoaded) {
        Reading minus(Reading earlier) {
            return new Reading(jvm - earlier.jvm, loadGenerator - earlier.loadGenerator, mariadbd - earlier.mariadbd,
                    gcMillis - earlier.gcMillis, jitMillis - earlier.jitMillis,
                    classesLoaded - earlier.classesLoaded);
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

    Reading read() {
        long generator = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && loadGeneratorThread.test(info.getThreadName())) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                generator += Math.max(cpu, 0);
            }
        }
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(b.getCollectionTime(), 0)).sum();
        return new Reading(os.getProcessCpuTime(), generator, mariadbdCpu(), gc,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
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
