package vn.motcua.engine.document;

/**
 * What MotCua issues: the one-stop forms of Decree 118/2025 (Mẫu 01-04), a decision letter for
 * generated procedures, and the results of the flagship and declared procedures. Title as printed
 * and the symbol used in the document number.
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
    PASSPORT_APPOINTMENT("GIẤY HẸN TRẢ HỘ CHIẾU", "GH", null),
    DEATH_EXTRACT("TRÍCH LỤC KHAI TỬ", "TLKT", null),
    MARITAL_STATUS_CERTIFICATE("GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", "XNHN", null),
    CRIMINAL_RECORD_EXTRACT("PHIẾU LÝ LỊCH TƯ PHÁP", "LLTP", null),
    HOUSEHOLD_BUSINESS_CERTIFICATE("GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", "ĐKHKD", null),
    TEMPORARY_ABSENCE_NOTICE("THÔNG BÁO KẾT QUẢ KHAI BÁO TẠM VẮNG", "TV", null),
    PARENT_CHILD_EXTRACT("TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON", "TLNCMC", null),
    CIVIL_STATUS_CHANGE_EXTRACT("TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH, BỔ SUNG THÔNG TIN HỘ TỊCH", "TLTĐHT", null),
    BUILDING_PERMIT("GIẤY PHÉP XÂY DỰNG", "GPXD", null),
    /** Where the result is an object (a plate, a licence): what to collect, where and when. */
    COLLECTION_NOTICE("GIẤY HẸN TRẢ KẾT QUẢ", "HTKQ", null);

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

    /**
     * The heading under which a result states what the specialist proposed and the leader
     * approved: a criminal-record extract states the record ("Án tích"), other results the outcome.
     */
    public String proposalHeading() {
        return this == CRIMINAL_RECORD_EXTRACT ? "Án tích" : "Nội dung giải quyết";
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
            case "1.000656" -> DEATH_EXTRACT;
            case "1.004873" -> MARITAL_STATUS_CERTIFICATE;
            case "3.000333" -> CRIMINAL_RECORD_EXTRACT;
            case "1.001612" -> HOUSEHOLD_BUSINESS_CERTIFICATE;
            case "1.003677" -> TEMPORARY_ABSENCE_NOTICE;
            case "1.001022" -> PARENT_CHILD_EXTRACT;
            case "1.013225" -> BUILDING_PERMIT;
            case "2.000748" -> CIVIL_STATUS_CHANGE_EXTRACT;
            case "1.013079", "3.000348", "3.000347", "1.012575", "1.001247", "1.012543" -> COLLECTION_NOTICE;
            default -> DECISION;
        };
    }
}
