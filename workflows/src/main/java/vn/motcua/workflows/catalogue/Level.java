package vn.motcua.workflows.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** Cấp thực hiện: the administrative level that carries out a procedure. */
public enum Level {
    MINISTRY("Cấp bộ"),
    PROVINCE("Cấp tỉnh"),
    /** Cấp xã: communes and wards; districts were abolished on 1 July 2025. */
    COMMUNE("Cấp xã"),
    OTHER("Cơ quan khác");

    private final String vietnamese;

    Level(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<Level> fromVietnamese(String label) {
        return Arrays.stream(values()).filter(l -> l.vietnamese.equalsIgnoreCase(label.strip())).findFirst();
    }
}
