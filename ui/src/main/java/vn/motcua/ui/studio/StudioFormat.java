package vn.motcua.ui.studio;

import java.time.Duration;
import java.time.format.DateTimeFormatter;

/** How the studio pages write times and durations. */
final class StudioFormat {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private StudioFormat() {
    }

    static String time(java.time.LocalDateTime at) {
        return at == null ? "–" : TIME.format(at);
    }

    /** "2 ngày 3 giờ", "45 phút": the average time of a step, short enough for a badge. */
    static String duration(Duration d, java.util.function.Function<String, String> t) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " " + t.apply("studio.minutes");
        }
        long hours = d.toHours();
        if (hours < 24) {
            return hours + " " + t.apply("studio.hours");
        }
        return hours / 24 + " " + t.apply("studio.days") + (hours % 24 == 0 ? "" : " " + hours % 24 + " " + t.apply("studio.hours"));
    }
}
