package vn.motcua.vneid;

/** The claim names VNeID puts in its tokens, as relying parties observe them. */
public final class VneidClaims {

    /** Số định danh cá nhân: the 12-digit personal ID number. */
    public static final String ID_NUMBER = "SoDinhDanh";
    /** Họ và tên. */
    public static final String FULL_NAME = "HoVaTen";
    /** Ngày tháng năm sinh, yyyyMMdd. */
    public static final String BIRTH_DATE = "NgayThangNamSinh";
    /** Loại tài khoản: the account's identification level, "1" or "2". */
    public static final String ACCOUNT_LEVEL = "LoaiTaiKhoan";
    /** Authentication context class: the level this login reached. */
    public static final String ACR = "acr";

    private VneidClaims() {
    }
}
