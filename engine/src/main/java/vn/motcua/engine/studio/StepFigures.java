package vn.motcua.engine.studio;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.queue.StepDurations;
import vn.motcua.engine.staff.StaffMember;

/**
 * The figures drawn on a model's diagram: how many open dossiers wait at each step now (Camunda's
 * activity statistics, summed over every version, since element ids carry over), and the average
 * time spent at each human step over finished ones.
 */
@Service
public class StepFigures {

    /** Per element id: dossiers waiting there now, average time spent there (null: none finished yet). */
    public record Figures(Map<String, Long> waiting, Map<String, Duration> averageTime, Map<String, Long> finished) {
    }

    private final PolicyStudio studio;
    private final ManagementService management;
    private final StepDurations durations;

    StepFigures(PolicyStudio studio, ManagementService management, StepDurations durations) {
        this.studio = studio;
        this.management = management;
        this.durations = durations;
    }

    @Transactional(readOnly = true)
    public Figures of(StaffMember staff, String code) {
        StudioAccess.requireViewer(staff);
        Map<String, Long> waiting = new HashMap<>();
        for (var definition : studio.definitions(code)) {
            for (ActivityStatistics s : management.createActivityStatisticsQuery(definition.getId()).list()) {
                // a sub-process counts its own execution too: only the steps someone waits at
                if (s.getInstances() > 0) {
                    waiting.merge(s.getId(), (long) s.getInstances(), Long::sum);
                }
            }
        }
        Map<String, Duration> average = new HashMap<>();
        Map<String, Long> finished = new HashMap<>();
        durations.ofProcedure(code).forEach((step, d) -> {
            average.put(step, d.average());
            finished.put(step, d.finished());
        });
        return new Figures(Map.copyOf(waiting), Map.copyOf(average), Map.copyOf(finished));
    }
}
