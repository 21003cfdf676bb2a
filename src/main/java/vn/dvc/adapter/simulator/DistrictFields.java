package vn.dvc.adapter.simulator;

import static vn.dvc.adapter.simulator.ProcedureField.of;

import java.util.List;

/** Fields and base procedure names every district people's committee publishes (the same set in each). */
final class DistrictFields {

    private DistrictFields() {}

    static final List<ProcedureField> ALL = List.of(
        of("H-HT", "Hộ tịch", "Đăng ký khai sinh có yếu tố nước ngoài", "Đăng ký kết hôn có yếu tố nước ngoài",
            "Đăng ký khai tử có yếu tố nước ngoài", "Thay đổi, cải chính, bổ sung thông tin hộ tịch",
            "Đăng ký lại khai sinh có yếu tố nước ngoài"),
        of("H-CT", "Chứng thực", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan nước ngoài cấp",
            "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật"),
        of("H-DD", "Đất đai", "Đăng ký biến động quyền sử dụng đất đối với hộ gia đình, cá nhân",
            "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân",
            "Chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân", "Tách thửa hoặc hợp thửa đất"),
        of("H-XD", "Hoạt động xây dựng", "Cấp giấy phép xây dựng nhà ở riêng lẻ",
            "Cấp giấy phép sửa chữa, cải tạo nhà ở riêng lẻ"),
        of("H-HKD", "Thành lập và hoạt động của hộ kinh doanh", "Đăng ký thành lập hộ kinh doanh",
            "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
            "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh",
            "Chấm dứt hoạt động hộ kinh doanh"),
        of("H-LTHH", "Lưu thông hàng hóa trong nước", "Cấp Giấy phép bán lẻ rượu",
            "Cấp Giấy phép bán lẻ sản phẩm thuốc lá"),
        of("H-BTXH", "Bảo trợ xã hội", "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở",
            "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng"),
        of("H-GD", "Giáo dục và Đào tạo", "Cho phép trường tiểu học hoạt động giáo dục",
            "Chuyển trường đối với học sinh trung học cơ sở"),
        of("H-ATTP", "An toàn thực phẩm",
            "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống"));
}
