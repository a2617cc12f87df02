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
}
