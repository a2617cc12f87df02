package vn.motcua.engine.document;

/**
 * What MotCua issues: the one-stop forms of Decree 118/2025 (Mẫu 01-04), a decision letter for
 * generated procedures, and the results of the five flagship procedures. Title as printed and the
 * symbol used in the document number.
 */
public enum DocumentType {
    RECEIPT("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "TNHS", "Mẫu 01"),
    SUPPLEMENT_REQUEST("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "BSHS", "Mẫu 02"),
    REFUSAL("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", "TCHS", "Mẫu 03"),
    APOLOGY("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "XLHS", "Mẫu 04"),
    DECISION("QUYẾT ĐỊNH", "QĐ", null),
    BIRTH_EXTRACT("TRÍCH LỤC KHAI SINH", "TLKS", null),
    RESIDENCE_NOTICE("THÔNG BÁO KẾT QUẢ ĐĂNG KÝ THƯỜNG TRÚ", "TB", null),
    MARRIAGE_EXTRACT("TRÍCH LỤC KẾT HÔN", "TLKH", null),
    PASSPORT_APPOINTMENT("GIẤY HẸN TRẢ HỘ CHIẾU", "GH", null);

    private final String title;
    private final String symbol;
    private final String form;

    DocumentType(String title, String symbol, String form) {
        this.title = title;
        this.symbol = symbol;
        this.form = form;
    }

    public String title() {
        return title;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * Whether a dossier has at most one (unrevoked) document of this kind — the receipt, the
     * supplement request (asked once), the refusal notice and the result; an apology letter may be
     * written each time a new date is set. Enforced by a unique key (V18).
     */
    public boolean oncePerDossier() {
        return this != APOLOGY;
    }

    /** The one-stop form it implements ("Mẫu 01"), or null for results. */
    public String form() {
        return form;
    }

    /** The result document of a procedure: the flagship's own, a decision letter otherwise. */
    public static DocumentType resultOf(String procedureCode) {
        return switch (procedureCode) {
            case "1.001193" -> BIRTH_EXTRACT;
            case "1.004222" -> RESIDENCE_NOTICE;
            case "1.000894" -> MARRIAGE_EXTRACT;
            case "1.001456" -> PASSPORT_APPOINTMENT;
            default -> DECISION;
        };
    }
}
