package vn.motcua.ui.base;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.motcua.engine.VietnamTime;

/**
 * How the portal shows days and times: day before month as Vietnamese documents write them, and
 * instants in Vietnam's time whatever the server's zone (deadlines are legal facts of that zone).
 */
public final class DisplayTimes {

    public static final ZoneId VIETNAM = VietnamTime.ZONE;
    /** 30/11/2026 */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);
    /** 14:05 30/11/2026: deadlines, queues, notifications */
    public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VIETNAM);
    /** 14:05:09 30/11/2026: a dossier's timeline, payments, drafts */
    public static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(VIETNAM);

    private DisplayTimes() {
    }
}
