package vn.motcua.workflows.catalogue;

/** The unit of a statutory processing time as the portal states it. */
public enum TimeUnit {
    WORKING_DAYS("Ngày làm việc"),
    DAYS("Ngày"),
    HOURS("Giờ"),
    MONTHS("Tháng");

    private final String vietnamese;

    TimeUnit(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
