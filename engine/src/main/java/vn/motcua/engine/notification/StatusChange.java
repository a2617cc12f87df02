package vn.motcua.engine.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The audit actions a citizen is told about: every change of their dossier's status, with the
 * Vietnamese text of the notification and e-mail (the portal shows the translated event name).
 */
enum StatusChange {
    DOSSIER_SUBMITTED("Hồ sơ %s đã được nộp trực tuyến."),
    DOSSIER_REGISTERED("Hồ sơ %s đã được tiếp nhận; giấy tiếp nhận và hẹn trả kết quả (Mẫu 01) có trong hồ sơ."),
    DOSSIER_FEE_PAID("Đã nhận phí, lệ phí của hồ sơ %s."),
    RECEPTION_ACCEPTED("Hồ sơ %s đã được tiếp nhận và chuyển xử lý."),
    SUPPLEMENT_REQUESTED("Hồ sơ %s cần bổ sung giấy tờ (Mẫu 02): xem yêu cầu và bổ sung trên Cổng."),
    SUPPLEMENT_RECEIVED("Đã nhận giấy tờ bổ sung của hồ sơ %s; thời hạn giải quyết tiếp tục được tính."),
    RESULT_ISSUED("Hồ sơ %s đã có kết quả, được ký số; tải về trên Cổng."),
    REFUSAL_NOTICE("Hồ sơ %s không được giải quyết; xem thông báo từ chối (Mẫu 03) và lý do."),
    APOLOGY_LETTER("Hồ sơ %s bị chậm; xem thư xin lỗi và ngày hẹn trả mới (Mẫu 04)."),
    DOSSIER_WITHDRAWN("Hồ sơ %s được coi như rút do không bổ sung trong thời hạn.");

    private final String text;

    StatusChange(String text) {
        this.text = text;
    }

    String message(String dossierCode) {
        return text.formatted(dossierCode);
    }

    static Optional<StatusChange> of(String action) {
        return Arrays.stream(values()).filter(c -> c.name().equals(action)).findFirst();
    }
}
