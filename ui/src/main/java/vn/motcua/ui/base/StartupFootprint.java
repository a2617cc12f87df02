package vn.motcua.ui.base;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives back the memory start-up used and no longer needs, before MotCua says it is ready. Start-up
 * (parsing the catalogue, generating and deploying 1,084 models, Spring, Vaadin, Camunda) leaves a
 * heap several times the size of what stays live; with the JVM's defaults it is kept committed
 * for ever, which is what an operator sizing a small server sees. Here the heap's allowed free share
 * is lowered (a manageable HotSpot option, so {@code java -jar} needs no flags) and one full
 * collection returns the rest to the operating system. It takes a fraction of a second, once,
 * while nothing is served yet. {@code motcua.startup.compact-heap=false} leaves the JVM alone (an
 * operator with their own heap settings).
 */
@Component
class StartupFootprint {

    private static final Logger log = LoggerFactory.getLogger(StartupFootprint.class);
    /** At most this share of the heap stays free (committed) after a collection; the JVM's default is 70. */
    static final int MAX_FREE_PERCENT = 30;

    private final boolean enabled;

    StartupFootprint(@Value("${motcua.startup.compact-heap:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE) // before ReadyAnnouncer tells anyone to come in
    void compact(ApplicationReadyEvent ready) {
        if (!enabled) {
            return;
        }
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        try {
            if (Integer.parseInt(hotspot.getVMOption("MinHeapFreeRatio").getValue()) > MAX_FREE_PERCENT) {
                hotspot.setVMOption("MinHeapFreeRatio", String.valueOf(MAX_FREE_PERCENT / 3));
            }
            if (Integer.parseInt(hotspot.getVMOption("MaxHeapFreeRatio").getValue()) > MAX_FREE_PERCENT) {
                hotspot.setVMOption("MaxHeapFreeRatio", String.valueOf(MAX_FREE_PERCENT));
            }
        } catch (IllegalArgumentException e) {
            // a JVM whose collector ignores these options (or not HotSpot): the collection still helps
            log.debug("Heap free ratios not adjustable: {}", e.getMessage());
        }
        MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long start = System.nanoTime();
        System.gc(); // NOSONAR: once, deliberately, before serving
        MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        log.info("Start-up heap compacted in {} ms: committed {} MiB -> {} MiB ({} MiB live)",
                (System.nanoTime() - start) / 1_000_000, before.getCommitted() >> 20, after.getCommitted() >> 20,
                after.getUsed() >> 20);
    }
}
