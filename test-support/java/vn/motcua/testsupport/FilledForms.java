package vn.motcua.testsupport;

import java.util.HashMap;
import java.util.Map;

/** Complete, valid declarations of procedures whose forms tests file, in one place for every module's tests. */
public final class FilledForms {

    private FilledForms() {
    }

    /**
     * Đăng ký tạm trú (1.004194, Mẫu CT01) in the applicant's own home in Phường Ba Đình for 12
     * months: nothing to upload (the state holds the proof of ownership).
     */
    public static Map<String, Object> temporaryResidence() {
        Map<String, Object> form = new HashMap<>();
        form.put("phuongXaTamTru", "00004");
        form.put("diaChiTamTru", "Số 12 phố Kim Mã");
        form.put("thoiHanTamTru", 12);
        form.put("truongHop", "OWN");
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** The same as JSON, for requests to the API. */
    public static String temporaryResidenceJson() {
        return """
                {"phuongXaTamTru": "00004", "diaChiTamTru": "Số 12 phố Kim Mã", "thoiHanTamTru": 12, "truongHop": "OWN",
                 "soDienThoai": "0912345678"}""";
    }

    /** Khai báo tạm vắng (1.003677): away from Ba Đình for work in Hải Vân, Đà Nẵng, for a year. */
    public static Map<String, Object> temporaryAbsence() {
        Map<String, Object> form = new HashMap<>();
        form.put("truongHop", "DI_XA");
        form.put("lyDo", "Đi làm việc tại Đà Nẵng");
        form.put("tuNgay", "2027-01-01");
        form.put("denNgay", "2027-12-31");
        form.put("phuongXaNoiDen", "20194");
        form.put("diaChiNoiDen", "Số 8 đường Nguyễn Văn Cừ");
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** Cấp Phiếu lý lịch tư pháp (3.000333): one Phiếu số 1 for a job application, no confirmation about bans. */
    public static Map<String, Object> criminalRecordExtract() {
        Map<String, Object> form = new HashMap<>();
        form.put("loaiPhieu", "SO_1");
        form.put("mucDich", "Bổ sung hồ sơ xin việc");
        form.put("soLuong", 1);
        form.put("xacNhanCamDamNhiem", "KHONG");
        form.put("quaTrinhCuTru", "Từ năm 2006 đến nay: Phường Ba Đình, Thành phố Hà Nội");
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** Đăng ký hộ kinh doanh (1.001612): a noodle shop in Ba Đình run by the applicant alone. */
    public static Map<String, Object> householdBusiness() {
        Map<String, Object> form = new HashMap<>();
        form.put("tenHoKinhDoanh", "Hộ kinh doanh Phở Bắc An");
        form.put("phuongXaTruSo", "00004");
        form.put("diaChiTruSo", "Số 20 phố Đội Cấn");
        form.put("nganhNghe", "Dịch vụ ăn uống: phở, cơm bình dân");
        form.put("vonKinhDoanh", 150000000);
        form.put("soLaoDong", 4);
        form.put("chuThe", "CA_NHAN");
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** Đăng ký khai tử (1.000656) of the applicant's father; the death notice is an upload the caller adds as giayBaoTu. */
    public static Map<String, Object> death() {
        Map<String, Object> form = new HashMap<>();
        form.put("hoTenNguoiChet", "Nguyễn Văn Bảy");
        form.put("soDinhDanhNguoiChet", "001050100099");
        form.put("ngayChet", "2026-11-20");
        form.put("noiChet", "Bệnh viện Bạch Mai, Thành phố Hà Nội");
        form.put("nguyenNhanChet", "Bệnh già");
        form.put("quanHe", "Con");
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** Cấp Giấy xác nhận tình trạng hôn nhân (1.004873) to marry. */
    public static Map<String, Object> maritalStatus() {
        Map<String, Object> form = new HashMap<>();
        form.put("tinhTrangHonNhan", "CHUA_KET_HON");
        form.put("mucDich", "Để đăng ký kết hôn với bà Trần Thị Bình");
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** Đổi chứng nhận đăng ký xe, biển số (1.013079): a worn plate of a car, collected by post; add chungNhanCu (an upload). */
    public static Map<String, Object> vehicleRegistrationChange() {
        Map<String, Object> form = new HashMap<>();
        form.put("bienSo", "30A-123.45");
        form.put("loaiXe", "O_TO");
        form.put("nhanHieu", "VinFast VF5");
        form.put("soKhung", "RLLV5A1B2C3D45678");
        form.put("soMay", "VF5-00012345");
        form.put("lyDo", "HONG");
        form.put("nhanKetQua", "BUU_CHINH");
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** Cấp lại giấy phép lái xe (3.000348): a lost class B licence. */
    public static Map<String, Object> drivingLicenceReissue() {
        Map<String, Object> form = new HashMap<>();
        form.put("soGiayPhep", "010123456789");
        form.put("hang", "B");
        form.put("ngayCap", "2018-05-10");
        form.put("lyDo", "MAT");
        form.put("nhanKetQua", "TRUC_TIEP");
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** Giấy phép xây dựng (1.013225): a three-storey house in Ba Đình; add banVe (an upload). */
    public static Map<String, Object> buildingPermit() {
        Map<String, Object> form = new HashMap<>();
        form.put("tenCongTrinh", "Nhà ở riêng lẻ");
        form.put("capCongTrinh", "III");
        form.put("phuongXa", "00004");
        form.put("diaChi", "Số 15 ngõ 102 phố Kim Mã");
        form.put("soThua", "215");
        form.put("toBanDo", "12");
        form.put("dienTichDat", 80);
        form.put("dienTichXayDung", 72);
        form.put("tongDienTichSan", 216);
        form.put("soTang", 3);
        form.put("chieuCao", 11.5);
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** Đăng ký nhận cha, mẹ, con (1.001022): a father recognises his son; add chungCu (an upload). */
    public static Map<String, Object> parentChildRecognition() {
        Map<String, Object> form = new HashMap<>();
        form.put("noiDung", "CHA_NHAN_CON");
        form.put("hoTenNguoiDuocNhan", "Lê Minh Khang");
        form.put("soDinhDanhNguoiDuocNhan", "001220100077");
        form.put("ngaySinhNguoiDuocNhan", "2020-03-15");
        form.put("camDoan", true);
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** Cải chính hộ tịch (2.000748): a misspelt name in the birth register; add giayToChungMinh (an upload). */
    public static Map<String, Object> civilStatusCorrection() {
        Map<String, Object> form = new HashMap<>();
        form.put("loaiYeuCau", "CAI_CHINH");
        form.put("giayToHoTich", "KHAI_SINH");
        form.put("soDangKy", "125/2010");
        form.put("thongTinTruoc", "Lê Đức Thăng");
        form.put("thongTinSau", "Lê Đức Thắng");
        form.put("lyDo", "Sai sót khi ghi chép sổ hộ tịch");
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** Thẻ căn cước từ đủ 14 tuổi (1.001247): exchanged at 40. */
    public static Map<String, Object> idCard() {
        Map<String, Object> form = new HashMap<>();
        form.put("lyDo", "DOI_DEN_TUOI");
        form.put("ngayThuNhan", "2027-01-05");
        form.put("nhanKetQua", "BUU_CHINH");
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** Thẻ căn cước dưới 14 tuổi (1.012543): for a five-year-old son, by his father. */
    public static Map<String, Object> childIdCard() {
        Map<String, Object> form = new HashMap<>();
        form.put("soDinhDanhTre", "001221100088");
        form.put("hoTenTre", "Lê Minh An");
        form.put("quanHe", "CHA");
        form.put("doTuoi", "DUOI_6");
        form.put("nhanKetQua", "TRUC_TIEP");
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** Đăng ký xe lần đầu (1.012575): a new domestically assembled car. */
    public static Map<String, Object> firstVehicleRegistration() {
        Map<String, Object> form = new HashMap<>();
        form.put("soPhieuXuatXuong", "VF-2026-001234");
        form.put("loaiXe", "O_TO");
        form.put("nhanHieu", "VinFast VF3");
        form.put("soKhung", "RLLV3A1B2C3D45679");
        form.put("soMay", "VF3-00054321");
        form.put("mauSon", "Trắng");
        form.put("soChungTuTruocBa", "LPTB-2026-998877");
        form.put("nhanKetQua", "BUU_CHINH");
        form.put("soDienThoai", "0912345678");
        return form;
    }

    /** Đổi giấy phép lái xe (3.000347): a class B licence about to expire. */
    public static Map<String, Object> drivingLicenceExchange() {
        Map<String, Object> form = new HashMap<>();
        form.put("soGiayPhep", "010123456789");
        form.put("hang", "B");
        form.put("ngayHetHan", "2027-02-01");
        form.put("lyDo", "HET_HAN");
        form.put("nhanKetQua", "BUU_CHINH");
        form.put("soDienThoai", "0912345678");
        return form;
    }
}
