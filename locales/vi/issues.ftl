# Những gì bộ kiểm tra ảnh phát hiện: tên ngắn và một bước khắc phục cho mỗi mã lỗi, vị trí trên
# giấy tờ, và lý do không đọc được tệp. Xem locales/README.md.

## Lỗi ảnh giấy tờ: issue-<code> (tên ngắn), issue-<code>-fix (một bước cho ảnh giấy tờ)

issue-blurry = Bị mờ
issue-blurry-fix = Ảnh bị mờ: lau ống kính, chạm vào giấy tờ trên màn hình để lấy nét, và giữ chắc tay.
issue-glare = Bị lóa
# $where là một trong các cụm region-* bên dưới, ví dụ "góc trên bên phải".
issue-glare-fix = Có vệt sáng chói ở { $where } của giấy tờ: tắt đèn flash và nghiêng giấy tờ một chút cho đến khi hết phản chiếu.
issue-too_dark = Quá tối
issue-too_dark-fix = Ảnh quá tối: chuyển đến chỗ sáng và đều, ví dụ gần cửa sổ. Không dùng đèn flash.
issue-too_bright = Quá sáng
issue-too_bright-fix = Ảnh bị cháy sáng: tránh ánh sáng chiếu thẳng, tắt HDR, và chạm vào giấy tờ trên màn hình để chỉnh độ sáng.
issue-cut_off = Bị cắt mất
issue-cut_off-fix = Một phần giấy tờ nằm ngoài ảnh: lùi ra cho đến khi thấy đủ bốn góc, có chừa một khoảng nhỏ xung quanh.
issue-too_small = Giấy tờ quá nhỏ
issue-too_small-fix = Giấy tờ chiếm quá ít diện tích trong ảnh: đưa máy lại gần cho đến khi giấy tờ chiếm phần lớn khung hình, vẫn thấy đủ các góc.
issue-low_resolution = Độ phân giải thấp
issue-low_resolution-fix = Ảnh quá ít điểm ảnh để đọc được chữ: chụp bằng camera chính, không zoom, và gửi ảnh gốc chứ không phải bản đã nén.
issue-tilted = Bị nghiêng
issue-tilted-fix = Giấy tờ bị chụp xiên: đặt giấy tờ nằm phẳng và cầm điện thoại thẳng phía trên, song song với giấy tờ.
issue-grayscale = Ảnh đen trắng
issue-grayscale-fix = Ảnh đang là đen trắng: OKX yêu cầu ảnh màu. Tắt mọi filter và chụp bản gốc bằng ảnh màu.
issue-screen_photo = Chụp màn hình
issue-screen_photo-fix = Ảnh này trông giống ảnh chụp màn hình hoặc ảnh chụp lại từ màn hình: hãy dùng camera điện thoại chụp trực tiếp giấy tờ bản gốc.
issue-no_document = Không thấy giấy tờ
issue-no_document-fix = Mình không tìm thấy giấy tờ trong ảnh: đặt giấy tờ lên mặt phẳng trơn, có màu tương phản, và để giấy tờ chiếm phần lớn khung hình.
issue-mrz_unreadable = Không đọc được vùng đọc máy (MRZ)
issue-mrz_unreadable-fix = Hệ thống xác minh đọc các dòng có ‹‹‹ ở cuối giấy tờ (vùng đọc máy), và tôi không đọc được chúng: cả dải phải nằm trong ảnh, rõ nét và không bị lóa. Hãy đến gần hơn, giữ điện thoại yên và nghiêng giấy tờ để tránh ánh sáng phản chiếu.
issue-document_uncertain = Mép giấy tờ không rõ
issue-document_uncertain-fix = Mình không nhìn rõ các mép của giấy tờ nên chưa đánh giá được giấy tờ có bị cắt, quá nhỏ hay bị nghiêng không: đặt giấy tờ lên một mặt phẳng trơn, tối màu hơn và chụp lại.

## Lỗi ảnh selfie

issue-no_face = Không thấy khuôn mặt
issue-no_face-fix = Mình không tìm thấy khuôn mặt: nhìn thẳng vào camera, quay mặt về phía nguồn sáng, và để cả khuôn mặt nằm trong khung hình.
issue-multiple_faces = Nhiều khuôn mặt
issue-multiple_faces-fix = Trong ảnh có nhiều hơn một khuôn mặt: chụp selfie một mình, không có ai phía sau.
issue-face_too_small = Mặt ở quá xa
issue-face_too_small-fix = Khuôn mặt bạn ở quá xa: cầm điện thoại gần hơn, ngang tầm mắt, để khuôn mặt lấp đầy khung bầu dục.
issue-face_cut_off = Mặt bị cắt mất
issue-face_cut_off-fix = Một phần khuôn mặt nằm ngoài khung hình: để cả đầu, từ cằm đến tóc, nằm trong ảnh.
issue-face_off_center = Mặt bị lệch
issue-face_off_center-fix = Khuôn mặt bạn lệch xa khỏi chính giữa: cầm điện thoại thẳng trước mặt và giữ khuôn mặt ở giữa khung hình.
issue-backlit = Ngược sáng
issue-backlit-fix = Phông nền sáng hơn mặt bạn rất nhiều: xoay người để mặt hướng về phía cửa sổ hoặc đèn, đừng quay lưng lại.
issue-uneven_light = Ánh sáng không đều
issue-uneven_light-fix = Một bên mặt tối hơn hẳn: quay mặt thẳng về phía nguồn sáng để hai bên mặt được chiếu sáng đều.

## Phiên bản cho selfie của các mã áp dụng cho cả hai loại ảnh

issue-selfie-blurry-fix = Ảnh selfie bị mờ: lau camera trước, giữ điện thoại chắc tay ngang tầm mắt, và di chuyển chậm.
issue-selfie-too_dark-fix = Ảnh selfie quá tối: chuyển đến nơi sáng và quay mặt về phía nguồn sáng.
issue-selfie-too_bright-fix = Ảnh selfie bị cháy sáng: tránh nắng trực tiếp hoặc đèn quá mạnh, dùng ánh sáng dịu và đều.
issue-selfie-grayscale-fix = Ảnh selfie đang là đen trắng: tắt mọi filter hoặc hiệu ứng màu trên camera.
issue-selfie-low_resolution-fix = Ảnh selfie quá ít điểm ảnh: chụp trực tiếp bằng camera điện thoại và gửi ảnh gốc chứ không phải bản đã nén.

## Vị trí trên giấy tờ (dùng cho { $where } ở trên)

region-top_left = góc trên bên trái
region-top = cạnh trên
region-top_right = góc trên bên phải
region-left = cạnh trái
region-center = chính giữa
region-right = cạnh phải
region-bottom_left = góc dưới bên trái
region-bottom = cạnh dưới
region-bottom_right = góc dưới bên phải
# Khi bộ kiểm tra không xác định được vị trí.
region-unknown = một phần

## Tệp hoàn toàn không phân tích được (mã lỗi đầu vào trong docs/contracts.md)

input-error-not_found = Mình không tìm thấy tệp đó. Hãy kiểm tra lại đường dẫn rồi thử lại.
input-error-unsupported_format = Mình không đọc được định dạng ảnh này (ví dụ ảnh HEIC từ iPhone). Hãy gửi như ảnh bình thường trên Telegram, hoặc lưu dưới dạng JPEG: trên iPhone vào Cài đặt → Camera → Định dạng → Tương thích nhất.
input-error-corrupt = Mình không đọc được ảnh này: tệp có vẻ bị hỏng hoặc không đầy đủ. Hãy chụp ảnh mới và gửi lại.
input-error-too_large = Tệp này quá lớn để mình kiểm tra. Hãy gửi như ảnh bình thường thay vì gửi dạng tệp, hoặc gửi ảnh nhỏ hơn.
input-error-too_many_pixels = Ảnh này có nhiều điểm ảnh hơn mức mình kiểm tra được. Hãy gửi như ảnh bình thường (Telegram sẽ tự thu nhỏ), hoặc giảm độ phân giải camera.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 Giấy tờ của bạn ghi gì (đọc từ vùng đọc máy, chỉ bạn thấy và không được lưu):
mrz-block-surname = Họ: { $value }
mrz-block-given = Tên: { $value }
mrz-block-birth = Ngày sinh: { $value }
mrz-block-expiry = Ngày hết hạn: { $value }
mrz-block-nationality = Quốc tịch: { $value }
mrz-block-number = Số giấy tờ: { $value }
mrz-block-advice = Hãy nhập đúng y như bản in vào biểu mẫu của OKX. Tên không có chữ số kiểm tra, nên hãy đối chiếu cách viết với giấy tờ.
