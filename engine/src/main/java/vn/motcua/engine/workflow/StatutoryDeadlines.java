package vn.motcua.engine.workflow;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import vn.motcua.workflows.calendar.DeadlineCalculator;
import vn.motcua.workflows.catalogue.CatalogueEntry;
import vn.motcua.workflows.catalogue.CatalogueEntry.Channel;
import vn.motcua.workflows.catalogue.CatalogueEntry.ProcessingTime;
import vn.motcua.workflows.catalogue.ChannelKind;
import vn.motcua.workflows.catalogue.TimeUnit;

/**
 * The appointment for the result ("ngày hẹn trả kết quả"): the statutory processing time of the
 * channel the dossier came through, counted in working days from its reception. One rule for the
 * registration (which writes it on the Mẫu 01 receipt) and for the citizen's confirmation, shown
 * before the registration job has run: both count from the same reception time, so they agree.
 */
@Component
public class StatutoryDeadlines {

    private final DeadlineCalculator deadlines;
    private final WorkflowProperties properties;

    StatutoryDeadlines(DeadlineCalculator deadlines, WorkflowProperties properties) {
        this.deadlines = deadlines;
        this.properties = properties;
    }

    /** The due time of a dossier received at {@code received} through {@code channelKind} (null: online). */
    public LocalDateTime due(CatalogueEntry entry, String channelKind, LocalDateTime received) {
        return deadlines.due(received, statutoryTime(channel(entry, channelKind)));
    }

    /** The warning one working day before the due time. */
    public LocalDateTime warningAt(LocalDateTime due) {
        return deadlines.warningAt(due);
    }

    /** The channel used, or the catalogue's first one when the procedure does not list it. */
    static Channel channel(CatalogueEntry entry, String kind) {
        ChannelKind wanted = kind == null ? ChannelKind.ONLINE : ChannelKind.valueOf(kind);
        return entry.channels().stream().filter(c -> c.kind() == wanted).findFirst()
                .orElse(entry.channels().isEmpty() ? null : entry.channels().get(0));
    }

    private ProcessingTime statutoryTime(Channel channel) {
        if (channel == null || channel.processingTime() == null) {
            return new ProcessingTime(BigDecimal.valueOf(properties.defaultWorkingDays()), TimeUnit.WORKING_DAYS);
        }
        return channel.processingTime();
    }
}
