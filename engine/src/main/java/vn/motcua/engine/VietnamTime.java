package vn.motcua.engine;

import java.time.ZoneId;

/**
 * The time zone of every legal fact MotCua keeps or prints — statutory deadlines, audit times, the
 * dates on signed documents — whatever the server's own zone is.
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }
}
