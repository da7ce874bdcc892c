# Các phần cố định của danh sách cuối cùng, phần kiểm tra ngày hết hạn và các bước tiếp theo.
# Xem locales/README.md và src/content/checklist.rs (nơi ghép chúng theo thứ tự).

## Tiêu đề các phần của danh sách

checklist-title = Danh sách cần làm trước khi nộp lại
checklist-title-final = Nên làm gì thay vì nộp lại
checklist-section-reason = Khắc phục lý do OKX đưa ra
checklist-section-photos = Sửa những lỗi mình thấy trong ảnh
checklist-section-data = Kiểm tra thông tin bạn đã nhập
checklist-section-resubmit = Sau đó nộp lại
checklist-section-instead = Nên làm gì thay vào đó

## Rà soát thông tin: mọi ô phải giống hệt trên giấy tờ

checklist-data-1 = Họ tên: đúng y như in trên giấy tờ, cùng cách viết và thứ tự, dùng đúng loại chữ mà ô đó yêu cầu (chữ Latinh hoặc chữ địa phương).
checklist-data-2 = Ngày sinh: đúng ngày trên giấy tờ; kiểm tra xem có bị đảo ngày và tháng không.
checklist-data-3 = Ngày hết hạn: giấy tờ không được hết hạn; đảm bảo nó vẫn còn hiệu lực vào ngày bạn nộp.
checklist-data-4 = Địa chỉ: địa chỉ nơi ở hiện tại, viết giống hệt trên giấy tờ chứng minh địa chỉ nếu được yêu cầu.
checklist-data-5 = Quốc tịch và số giấy tờ: quốc tịch của giấy tờ bạn tải lên, và số giấy tờ đầy đủ, không có dấu cách.

## Thứ tự nộp lại (các lý do tự khắc phục được)

checklist-resubmit-1 = Sửa hết mọi mục trong danh sách này trước, rồi mới nộp lại. Gửi lại đúng những ảnh cũ hiếm khi cho kết quả khác.
checklist-resubmit-2 = Dùng cùng một điện thoại và cùng một mạng trong suốt quá trình xác minh, và đừng bật/tắt VPN khi hồ sơ đang được xét duyệt.
checklist-resubmit-3 = Nộp lại một lần, qua link trong email của OKX hoặc trang xác minh trong ứng dụng, rồi chờ kết quả.
checklist-resubmit-4 = Nếu tài khoản hiển thị thời gian chờ trước khi được thử lại, hãy chờ hết thời gian đó. OKX không công bố giới hạn số lần thử hay thời gian chờ cố định.

## Thay vì nộp lại (lý do mang tính cuối cùng: trùng danh tính, không đủ điều kiện)

checklist-final-1 = Đừng nộp lại: gửi ảnh cũ hay ảnh mới đều không thay đổi được quyết định này.
checklist-final-2 = Chỉ liên hệ bộ phận hỗ trợ của OKX qua ứng dụng OKX hoặc okx.com, và cung cấp UID của bạn.
checklist-final-3 = Không ai từ OKX sẽ đòi mật khẩu, mã 2FA, cụm từ khôi phục (seed phrase) hay tiền để "mở khóa" xác minh.

## Kiểm tra ngày hết hạn ($date là ngày đọc được, dạng YYYY-MM-DD)

expiry-read-as = Mình đọc ngày này là { $date }.
expiry-expired = Giấy tờ này đã hết hạn. OKX không chấp nhận giấy tờ hết hạn: hãy dùng giấy tờ khác còn hạn hoặc làm lại giấy tờ này.
expiry-soon = Giấy tờ này sẽ hết hạn trong chưa đầy một tháng nữa. Có thể vẫn được duyệt, nhưng một số dịch vụ xác minh từ chối giấy tờ sắp hết hạn như vậy: nếu có giấy tờ khác còn hạn, hãy dùng giấy tờ đó.
expiry-fine = Bản thân ngày này ổn: giấy tờ còn hạn hơn một tháng. Nếu OKX báo “ngày hết hạn không hợp lệ”, hãy kiểm tra ngày trên ảnh rõ nét, không bị lóa và được nhập đúng như in trên giấy tờ.
expiry-unreadable = Mình không đọc được ngày đó. Hãy nhập giống như trên giấy tờ, ví dụ 15.03.2027 hoặc 2027-03-15.

## Bước tiếp theo

next-register = Chưa có tài khoản OKX? Chỉ đăng ký trên ứng dụng OKX chính thức hoặc trên okx.com; đừng bao giờ đăng ký qua link của người lạ hay trong các nhóm chat.
next-complete-kyc = Cách xác minh: trên website, chọn biểu tượng hồ sơ → “Verification” (Xác minh) → “Individual account” (Tài khoản cá nhân); trong ứng dụng, vào “User Center” (Trung tâm người dùng) → “Profile and Settings” (Hồ sơ và cài đặt) → “Identity verification” (Xác minh danh tính). Trên giao diện tiếng Việt, tên có thể hơi khác. Chuẩn bị sẵn giấy tờ còn hạn, chụp ảnh nơi đủ sáng trên nền trơn, và nhập thông tin giống hệt trên giấy tờ. Nếu không được duyệt, hãy đọc lý do trong email hoặc ứng dụng OKX, khắc phục, rồi gửi ảnh vào đây để kiểm tra trước khi nộp lại.
next-help-centre = Với những gì bot này không trả lời được, hãy xem Trung tâm trợ giúp của OKX (okx.com/help) hoặc liên hệ hỗ trợ trong ứng dụng OKX. Tài liệu chính thức của OKX là nguồn thông tin cuối cùng: bot này chỉ là công cụ hỗ trợ độc lập và có thể chưa được cập nhật.
next-terms-link = Điều khoản dịch vụ của OKX, mục 2.2 (những nơi OKX không cung cấp dịch vụ): https://www.okx.com/help-center/360021813691
expiry-none = Giấy tờ không có ngày hết hạn thì không thể hết hạn, nên ở đây không có gì cần sửa. OKX không công bố quy định riêng cho loại giấy tờ này: nếu biểu mẫu bắt buộc nhập ngày, hãy hỏi bộ phận hỗ trợ của OKX.
