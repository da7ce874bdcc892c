# Lời thoại của bot. Xem locales/README.md. Văn bản thuần: không HTML, không Markdown.
app-name = KYC Doctor

## Menu chính
menu-welcome =
    Chào bạn! Mình là KYC Doctor 🩺 — mình giúp bạn khắc phục khi xác minh danh tính (KYC) trên OKX bị từ chối.

    Hãy cho mình biết lý do OKX đưa ra, rồi gửi ảnh giấy tờ tùy thân và ảnh selfie bạn định nộp. Mình sẽ kiểm tra và đưa bạn danh sách việc cần làm theo thứ tự trước khi nộp lại.

    Mình là công cụ độc lập, không phải OKX. Mình không bao giờ hỏi mật khẩu, mã 2FA hay cụm từ khôi phục (seed phrase).
menu-again = Bạn muốn làm gì tiếp?
btn-check = 🩺 Khắc phục xác minh
btn-faq = ❓ Câu hỏi thường gặp
btn-scam = ⚠️ Cảnh báo lừa đảo
btn-language = 🌐 Ngôn ngữ
btn-privacy = 🔒 Quyền riêng tư
btn-menu = ☰ Menu
btn-back = ← Quay lại
btn-continue = ↩ Tiếp tục
btn-more-questions = ❓ Câu hỏi khác
btn-no-reason = Không thấy lý do
btn-skip = Bỏ qua ảnh này
btn-keep-photo = Giữ ảnh này và tiếp tục
btn-retake-front = 🔄 Mặt trước
btn-retake-passport = 🔄 Trang có ảnh
btn-retake-back = 🔄 Mặt sau
btn-retake-selfie = 🔄 Selfie
btn-expiry = 📅 Kiểm tra ngày hết hạn
btn-next-steps = ➡ Bước tiếp theo

## Lý do
ask-family = Màn hình từ chối của OKX ghi gì? Hãy chọn nhóm hiện trên đó, hoặc “Khu vực hoặc điều kiện” nếu OKX nói không thể phục vụ bạn ở nơi bạn sống.
family-data_mismatch = Thông tin không khớp
family-image_quality = Ảnh giấy tờ không hợp lệ
family-face_capture = Nhận diện khuôn mặt
family-document = Giấy tờ bắt buộc
family-account = Khu vực hoặc điều kiện
ask-reason = { $family }: cụ thể là lý do nào?
reason-final-note = ⛔ Nộp lại cũng không thay đổi được kết quả này. Thay vào đó, bạn nên làm như sau:

## Giấy tờ và ảnh
ask-document = Bạn sẽ nộp loại giấy tờ nào?
doc-passport = Hộ chiếu
doc-id_card = CCCD / Thẻ căn cước
doc-driver_license = Giấy phép lái xe
doc-residence_permit = Thẻ cư trú
slot-front = Mặt trước giấy tờ
slot-passport = Trang hộ chiếu có ảnh
slot-back = Mặt sau giấy tờ
slot-selfie = Ảnh selfie
ask-photo-passport =
    📷 Gửi ảnh trang thông tin của hộ chiếu (trang có ảnh chân dung) — đúng ảnh bạn định nộp.

    Mẹo: gửi dưới dạng tệp (📎 → Tệp) để mình xem được ảnh với chất lượng gốc.
ask-photo-front =
    📷 Gửi ảnh mặt trước giấy tờ — đúng ảnh bạn định nộp.

    Mẹo: gửi dưới dạng tệp (📎 → Tệp) để mình xem được ảnh với chất lượng gốc.
ask-photo-back = 📷 Giờ đến mặt sau giấy tờ nhé.
ask-selfie = 🤳 Giờ là ảnh selfie: nhìn thẳng vào camera, đủ ánh sáng — giống như khi bạn chụp cho OKX.
ask-selfie-optional = 🤳 Giờ là ảnh selfie, nếu bạn muốn mình kiểm tra luôn: nhìn thẳng vào camera, đủ ánh sáng. Hoặc bỏ qua bước này.
ask-expiry = 📅 Nhập ngày hết hạn in trên giấy tờ, ví dụ 15.03.2027.
photo-ok = ✅ { $slot }: trông ổn.
photo-warn = ⚠️ { $slot }: có thể được duyệt, nhưng nên chụp tốt hơn:
photo-fail = ❌ { $slot }: cần chụp lại:
photo-same-again = 🔁 Đây vẫn là tấm ảnh đã không đạt lúc trước. Bạn hãy chụp ảnh mới nhé.
photo-retake-hint = Gửi ảnh mới để thay thế, hoặc giữ ảnh này.
photo-not-expected = Lúc này mình không chờ ảnh nào cả.
photo-checking = 🔍 Đang kiểm tra ảnh của bạn…
photo-queued = ⏳ Đang có nhiều ảnh chờ kiểm tra; ảnh của bạn đã vào hàng chờ.
photo-too-small-compressed = Telegram đã nén ảnh này khá nhiều. Để kiểm tra cho chính xác, hãy gửi dưới dạng tệp (📎 → Tệp).
hint-waiting-photo = Mình đang chờ ảnh: { $slot }.

## Kết quả
summary-title = 🩺 Kết quả của bạn
summary-slot-ok = ✅ { $slot }: tốt
summary-slot-warn = ⚠️ { $slot }: nên cải thiện
summary-slot-fail = ❌ { $slot }: cần chụp lại
summary-slot-skipped = ➖ { $slot }: chưa kiểm tra
summary-checklist-title = Danh sách việc cần làm, theo thứ tự:

## Câu hỏi thường gặp và các màn hình khác
faq-menu-title = ❓ Chọn một câu hỏi, hoặc cứ gõ câu hỏi của bạn.
faq-no-match = Mình chưa có câu trả lời cho câu này. Đây là những câu hỏi mình có thể trả lời:
faq-did-you-mean = Mình không chắc đã hiểu đúng. Có phải bạn muốn hỏi một trong các câu này?
smalltalk-greeting = Xin chào! 👋 Hãy cho mình biết OKX báo gì về xác minh của bạn, hoặc gõ câu hỏi.
smalltalk-thanks = Không có gì! Chúc bạn xác minh thành công. 🍀
smalltalk-ack = 👍 Mình luôn ở đây: gửi ảnh hoặc gõ câu hỏi nhé.
smalltalk-bye = Tạm biệt và chúc may mắn! Gõ /start khi bạn muốn kiểm tra lại.
language-choose = 🌐 Chọn ngôn ngữ:
language-set = ✅ Từ giờ mình sẽ nói tiếng Việt nhé.
help-text =
    Mình kiểm tra những ảnh bạn định nộp để xác minh danh tính trên OKX và chỉ ra chỗ cần sửa.

    /check — bắt đầu: lý do → ảnh → danh sách việc cần làm
    /faq — câu hỏi thường gặp (hoặc cứ gõ câu hỏi)
    /language — đổi ngôn ngữ
    /privacy — mình lưu gì và lưu bao lâu
    /forget — xóa mọi thông tin mình đã lưu về bạn
    /cancel — dừng lại và về menu
privacy-text =
    🔒 Quyền riêng tư

    • Ảnh của bạn được kiểm tra trong bộ nhớ và bị xóa ngay sau đó. Ảnh không bao giờ được lưu xuống ổ đĩa hay ghi vào log.
    • Những gì mình đọc được từ vùng đọc máy của giấy tờ (tên, ngày tháng, số giấy tờ) chỉ được hiển thị cho bạn một lần, trong câu trả lời đó, và không bao giờ được lưu hay ghi vào log.
    • Mình lưu về bạn: bước đang làm trong cuộc trò chuyện, ngôn ngữ, lý do bạn đã chọn, loại giấy tờ, mã lỗi của mỗi lần kiểm tra (kèm giá trị đo được và vị trí trên ảnh) và một mã băm (hash) 64 bit của mỗi ảnh: một con số ngắn tính từ ảnh để nhận ra khi cùng một ảnh được gửi hai lần. Không thể dùng nó để dựng lại ảnh. Không lưu ảnh, tên hay dữ liệu giấy tờ.
    • Lưu bao lâu: với bộ lưu trữ mặc định (SQLite), cho đến khi bạn gửi /forget. Nếu bot chạy với Redis, dữ liệu còn tự xóa sau một thời gian không hoạt động (REDIS_TTL_SECS, mặc định 7 ngày). /forget xóa tất cả cùng lúc.
    • Mình không phải OKX, không thể xem hay thay đổi tài khoản của bạn. Mình không bao giờ hỏi mật khẩu, mã 2FA hay cụm từ khôi phục (seed phrase) — ai hỏi những thứ đó là kẻ lừa đảo.
    • Mình chỉ hoạt động trong chat riêng; trong nhóm mình không xem ảnh.
forget-done = 🗑 Xong: mình đã xóa mọi thông tin đã lưu về bạn. Gửi /start để bắt đầu lại.
cancel-done = OK, đã dừng.

## Những thứ mình không dùng được
media-sticker = Sticker dễ thương đó! Nhưng mình cần ảnh giấy tờ hoặc ảnh selfie, hoặc câu hỏi gõ bằng chữ.
media-voice = Mình không nghe được tin nhắn thoại. Bạn gõ câu hỏi giúp mình nhé.
media-video = Mình không kiểm tra được video. Bạn gửi ảnh giúp mình nhé.
media-private-data = Đừng gửi vị trí hay danh bạ cho mình nhé — mình không cần đến.
media-not-image = Tệp này không phải là ảnh. Hãy gửi ảnh định dạng JPEG hoặc PNG.
media-other = Mình không xử lý được loại tin nhắn này.

## Telegram
group-private-only = 🔒 Mình chỉ hoạt động trong chat riêng để giữ kín giấy tờ của bạn. Hãy nhắn riêng cho mình nhé.
error-apology = 😔 Xin lỗi, phía mình vừa gặp sự cố. Tiến trình của bạn vẫn được giữ — bạn thử lại nhé.
rate-limited = ⏳ Chậm lại một chút nhé — thử lại sau vài giây.
session-restarted = ♻️ Mình vừa được cập nhật nên phải bắt đầu lại cuộc trò chuyện. Xin lỗi bạn! Mình bắt đầu lại nhé.
cmd-start = Bắt đầu lại
cmd-help = Cách bot hoạt động
cmd-check = Kiểm tra ảnh của tôi
cmd-faq = Câu hỏi thường gặp
cmd-language = Đổi ngôn ngữ
cmd-privacy = Bot lưu những gì
cmd-forget = Xóa dữ liệu của tôi
cmd-cancel = Dừng và về menu
edit-not-seen = Mình chỉ đọc tin nhắn mới, không đọc tin đã sửa. Bạn gửi lại thành tin nhắn mới nhé.
album-received =
    { $count ->
        [1] 📚 Mình đã kiểm tra ảnh trong album của bạn:
       *[other] 📚 Mình đã kiểm tra { $count } ảnh trong album của bạn, theo thứ tự:
    }
photo-forwarded = ↪️ Ảnh này được chuyển tiếp. Với OKX, hãy dùng ảnh gốc chụp từ camera, không dùng bản chuyển tiếp.

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 Mình chưa nhận ra ảnh này là gì. Đây là giấy tờ hay ảnh selfie của bạn?
btn-photo-is-id = 🪪 Giấy tờ của tôi
btn-photo-is-selfie = 🤳 Ảnh selfie

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot } trông giống ảnh chụp màn hình hoặc ảnh chụp lại màn hình. OKX không chấp nhận bất kỳ ảnh chụp màn hình nào: hãy chụp giấy tờ gốc bằng camera.
photo-same-as-other-side = 🔁 Đây là cùng một ảnh với { $other }. Hãy gửi ảnh { $slot }.
btn-invalid-selfie = Selfie không hợp lệ

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ Không có ngày hết hạn
btn-skip-date = Bỏ qua bước này
