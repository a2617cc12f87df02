package vn.motcua.engine.lifecycle;

/**
 * Where a dossier stands, as the citizen, the staff and the statistics see it. The legal terms:
 * đang giải quyết, chờ công dân bổ sung / nộp phí, đang lấy ý kiến cơ quan phối hợp, trả về bộ
 * phận tiếp nhận, đã trả kết quả, từ chối, rút hồ sơ.
 */
public enum DossierStatus {
    IN_PROGRESS(false),
    WAITING_FOR_CITIZEN(false),
    IN_CONSULTATION(false),
    RETURNED_TO_RECEPTION(false),
    COMPLETED(true),
    REFUSED(true),
    WITHDRAWN(true);

    private final boolean finished;

    DossierStatus(boolean finished) {
        this.finished = finished;
    }

    public boolean finished() {
        return finished;
    }
}
