package vn.motcua.engine.staff;

/** Roles in the staff directory; the one-stop steps map onto them. */
public enum StaffRole {
    RECEPTION,   // tiếp nhận (bộ phận một cửa)
    SPECIALIST,  // chuyên viên thẩm định, xử lý
    LEADER,      // lãnh đạo phê duyệt, ký
    CONSULTATION, // cán bộ cơ quan phối hợp: cho ý kiến khi được hỏi
    POLICY,      // cán bộ chính sách: mô hình quy trình
    ADMIN        // quản trị hệ thống
}
