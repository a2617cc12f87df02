package vn.motcua.workflows.catalogue;

/** Hình thức nộp: how a dossier can be submitted. */
public enum ChannelKind {
    ONLINE("Trực tuyến"),
    IN_PERSON("Trực tiếp"),
    POSTAL("Dịch vụ bưu chính");

    private final String vietnamese;

    ChannelKind(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    static ChannelKind fromVietnamese(String label) {
        for (ChannelKind kind : values()) {
            if (kind.vietnamese.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown channel " + label);
    }
}
