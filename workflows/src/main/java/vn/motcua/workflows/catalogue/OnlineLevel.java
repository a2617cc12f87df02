package vn.motcua.workflows.catalogue;

/**
 * Mức độ dịch vụ công trực tuyến in the sense of Decree 42/2022/NĐ-CP. The rule MotCua applies to
 * the portal's data is in {@link OnlineLevelRule}.
 */
public enum OnlineLevel {
    /** Toàn trình: from submission to result, everything happens online. */
    FULL("Toàn trình"),
    /** Một phần: submission online, but some step (usually receiving the result) happens in person. */
    PARTIAL("Một phần");

    private final String vietnamese;

    OnlineLevel(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
