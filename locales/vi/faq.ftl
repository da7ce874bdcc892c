# Câu hỏi thường gặp: faq-<id>-q (câu hỏi; cũng là nhãn nút nên phải ngắn), faq-<id>-a (câu trả lời,
# văn bản thuần), faq-<id>-keys (những từ, cụm từ người Việt thật sự gõ khi hỏi câu này, có dấu và
# không dấu, viết tắt, lỗi chính tả; cách nhau bằng dấu phẩy).
# Thông tin chỉ lấy từ docs/kyc-knowledge.md. OKX không công bố quy định nào thì nói rõ như vậy.

faq-common_causes-q = Vì sao xác minh bị từ chối?
faq-common_causes-a = Những nguyên nhân thường gặp nhất, xếp gần đúng theo thứ tự nên kiểm tra:
    1. Ảnh chụp màn hình, bản photo, ảnh chụp lại màn hình hoặc ảnh đen trắng, thay vì ảnh màu chụp bản gốc.
    2. Một góc bị cắt mất hoặc bị ngón tay che.
    3. Ảnh bị mờ.
    4. Bị lóa trên chữ hoặc ảnh chân dung.
    5. Giấy tờ hết hạn hoặc hư hỏng.
    6. Thông tin đã nhập (họ tên, ngày sinh, số giấy tờ) khác với giấy tờ.
    7. Selfie không đạt: phòng tối, rung tay, mặt nằm ngoài khung bầu dục.
    8. Danh tính đã được dùng cho tài khoản khác, hoặc quốc gia cư trú mà OKX không phục vụ được.
    Email của OKX có ghi lý do. Cho mình biết lý do, mình sẽ đưa bạn danh sách việc cần làm.
faq-common_causes-keys = vì sao bị từ chối, tại sao bị từ chối, sao bị từ chối, xác minh bị từ chối, kyc bị từ chối, kyc thất bại, xác minh thất bại, xác minh danh tính thất bại, không qua kyc, kyc không được duyệt, không được duyệt, bị reject, bị từ chối lần nữa, lý do bị từ chối, nguyên nhân thường gặp, sai ở đâu, vi sao bi tu choi, tai sao bi tu choi, xac minh that bai, kyc fail, kyc k dc, kyc ko qua, ekyc lỗi

faq-no_reason_shown-q = Tôi không thấy lý do từ chối
faq-no_reason_shown-a = OKX gửi lý do không đạt qua email, kèm link để nộp lại. Hãy xem hộp thư đến và cả thư mục spam để tìm email từ OKX, kiểm tra tin nhắn SMS và trang xác minh trong ứng dụng OKX. Nếu vẫn không tìm thấy lý do, hãy chọn "Không thấy lý do" trong bot này: mình sẽ cùng bạn rà lần lượt các nguyên nhân thường gặp và kiểm tra ảnh cho bạn.
faq-no_reason_shown-keys = không có lý do, không thấy lý do, không ghi lý do, không biết tại sao, không rõ lý do, không giải thích, chỉ báo thất bại, lý do ở đâu, xem lý do ở đâu, không thấy email, không nhận được email, bị từ chối không lý do, lý do là gì, khong thay ly do, khong co ly do, ko biet tai sao, k rõ lý do

faq-review_time-q = Xét duyệt mất bao lâu?
faq-review_time-a = Khi cần xét duyệt thêm, OKX cho biết sẽ mất tối đa 24 giờ, và lâu hơn vào lúc có nhiều yêu cầu. Bạn nhận kết quả qua SMS hoặc email. Nếu sau 24 giờ vẫn chưa có tin, hãy liên hệ Trung tâm hỗ trợ của OKX hoặc chatbot AI trong ứng dụng.
faq-review_time-keys = mất bao lâu, bao lâu, bao lâu thì xong, thời gian xét duyệt, thời gian xác minh, chờ duyệt, đang chờ, đang xét duyệt, đang xử lý, pending, mấy tiếng, mấy ngày, bao giờ được duyệt, khi nào có kết quả, duyệt lâu, lâu quá, chờ lâu, mat bao lau, bao lau, bao lâu dc duyệt, bao giờ xong

faq-no_result_24h-q = Quá 24 giờ chưa có kết quả
faq-no_result_24h-a = OKX cho biết hồ sơ cần kiểm tra thêm có thể mất tối đa 24 giờ, lâu hơn vào giờ cao điểm. Nếu đã quá 24 giờ, hãy liên hệ Trung tâm hỗ trợ của OKX hoặc chatbot AI trong ứng dụng OKX, kèm UID của bạn. Trong lúc chờ đừng nộp hồ sơ thứ hai; trước hết hãy xem email (cả spam) và SMS để tìm kết quả.
faq-no_result_24h-keys = chưa có kết quả, không có kết quả, không phản hồi, không ai trả lời, quá 24 giờ, hơn 24h, sau 24 giờ, 2 ngày rồi, hai ngày, 3 ngày, cả tuần, vẫn đang chờ, bị treo, kẹt, treo ở pending, mãi không duyệt, chờ mấy ngày, vẫn chưa xác minh, chờ hoài, không cập nhật, 24h, 48 tiếng, qua 24h chua co ket qua, cho mai

faq-resubmit_timing-q = Khi nào tôi nộp lại được?
faq-resubmit_timing-a = OKX không công bố thời gian chờ cố định trước khi bạn được nộp lại. OKX sẽ gửi email nêu lý do kèm link để nộp lại. Hãy khắc phục nguyên nhân trước và chụp ảnh mới: gửi lại ảnh đã bị từ chối hiếm khi có tác dụng, và một số dịch vụ xác minh sẽ đánh dấu ảnh đó. Nếu tài khoản hiển thị thời gian chờ, hãy chờ hết; một số sàn khác có áp dụng thời gian chờ sau các lần thất bại. Nếu không thấy nút nộp lại, hãy liên hệ bộ phận hỗ trợ của OKX.
faq-resubmit_timing-keys = nộp lại, khi nào nộp lại, gửi lại, thử lại, làm lại kyc, xác minh lại, khi nào được thử lại, phải chờ bao lâu, chờ bao lâu mới nộp lại, cooldown, thời gian chờ, lần sau, đăng ký lại, tải lại giấy tờ, up lại ảnh, gửi lại giấy tờ, nút nộp lại, nop lai, thu lai, xac minh lai, kyc lai

faq-repeated_retries-q = Có giới hạn số lần thử không?
faq-repeated_retries-a = OKX không công bố giới hạn số lần xác minh hay thời gian bị khóa. Thông báo về "số lần xác minh khuôn mặt tối đa" liên quan đến passkey của OKX, không phải xác minh danh tính. Một số dịch vụ xác minh có giới hạn số lần chụp lại, vì vậy hãy trân trọng từng lần thử: khắc phục nguyên nhân rồi mới thử lại. Nếu thất bại nhiều lần liên tiếp, hãy dừng lại và liên hệ bộ phận hỗ trợ của OKX kèm UID.
faq-repeated_retries-keys = giới hạn, bao nhiêu lần, mấy lần, còn mấy lần, số lần thử, tối đa mấy lần, quá nhiều lần, thử nhiều lần, thất bại nhiều lần, trượt 3 lần, bị từ chối liên tục, cứ bị từ chối, bị chặn, bị khóa, khóa tài khoản, bị ban, lần cuối, giới hạn thử lại, gioi han, may lan, bi khoa

faq-permanent_rejection-q = Tôi bị từ chối vĩnh viễn à?
faq-permanent_rejection-a = Hầu hết các lần từ chối không phải là cuối cùng: lỗi chất lượng ảnh, giấy tờ hay thông tin đã nhập đều có thể sửa rồi nộp lại. Một số trường hợp là cuối cùng, nộp lại cũng không thay đổi: danh tính đã xác minh trên tài khoản khác, quốc gia cư trú mà OKX không phục vụ được, và nghi ngờ gian lận. Với các trường hợp này, hãy liên hệ bộ phận hỗ trợ của OKX thay vì thử lại.
faq-permanent_rejection-keys = vĩnh viễn, từ chối vĩnh viễn, bị từ chối vĩnh viễn, quyết định cuối cùng, mãi mãi, không bao giờ xác minh được, hết cách, còn xác minh được không, hết cơ hội, bị ban vĩnh viễn, không sửa được, vô vọng, vinh vien, con xac minh duoc khong, het cach

faq-clear_but_failed-q = Ảnh rõ rồi mà vẫn bị từ chối
faq-clear_but_failed-a = Ảnh trông ổn trên màn hình vẫn có thể bị từ chối. Những nguyên nhân khó thấy: ảnh chụp lại màn hình (có sọc mờ), vệt lóa trên thẻ ép plastic chỉ thấy khi phóng to, ngón tay che một góc, hoặc gửi lại đúng ảnh đã bị từ chối. Cũng có thể không phải do ảnh: hãy so thông tin đã nhập với giấy tờ. Gửi ảnh cho mình, mình sẽ kiểm tra.
faq-clear_but_failed-keys = ảnh rõ, ảnh rất rõ, ảnh nét, ảnh rõ mà vẫn bị từ chối, ảnh đẹp vẫn trượt, ảnh không có vấn đề, chất lượng tốt, ảnh chất lượng cao, làm đúng hết rồi, làm đúng hướng dẫn, không hiểu sao bị từ chối, ảnh ok mà vẫn fail, anh ro ma van bi tu choi, anh net, anh dep

faq-blurry_photo-q = Ảnh bị mờ, sửa thế nào?
faq-blurry_photo-a = OKX cần ảnh sắc nét, đọc được rõ ràng. Lau ống kính; đặt giấy tờ nằm phẳng và cầm điện thoại song song, cách khoảng 15–25 cm; dùng camera sau chính, không zoom, chạm để lấy nét; giữ yên tay ở nơi đủ sáng. Sau đó phóng to ảnh: mọi ký tự, và với hộ chiếu là cả hai dòng ở dưới cùng, đều phải đọc được. Tải lên ảnh gốc, không dùng ảnh chuyển tiếp hay bản đã nén.
faq-blurry_photo-keys = mờ, ảnh mờ, bị mờ, nhòe, nhoè, ảnh nhòe, không nét, không rõ, mất nét, không lấy nét được, không đọc được, chữ không rõ, chất lượng kém, ảnh xấu, vỡ ảnh, bể ảnh, rung tay, bị rung, anh mo, bi mo, k ro, ko net

faq-glare-q = Làm sao tránh bị lóa?
faq-glare-a = OKX cần ảnh không bị lóa. Tắt đèn flash; tránh xa đèn và nắng trực tiếp, dùng ánh sáng ban ngày dịu chiếu từ bên cạnh; lấy giấy tờ ra khỏi bao da hoặc túi nhựa; nghiêng nhẹ cho đến khi không còn điểm sáng trên chữ, ảnh chân dung hay hologram. Thẻ ép plastic là khó nhất: chụp vài tấm ở các góc khác nhau và giữ lại tấm không bị lóa.
faq-glare-keys = lóa, bị lóa, chói, ánh sáng chói, phản chiếu, phản quang, bóng sáng, vệt sáng, đốm sáng, đốm trắng, đèn flash, flash, hologram, thẻ ép plastic, ép nhựa, thẻ nhựa, bóng loáng, lóe sáng, loa, bi loa, choi sang

faq-cropped_edges-q = Góc bị cắt hoặc bị che
faq-cropped_edges-a = OKX yêu cầu thấy đủ bốn góc và không có gì che giấy tờ, kể cả ngón tay. Đặt giấy tờ trên bàn trơn, có màu tương phản; đưa trọn giấy tờ vào khung, chừa một khoảng nhỏ ở mỗi cạnh nhưng vẫn chiếm phần lớn ảnh; đừng cắt ảnh sau khi chụp. Với hộ chiếu, chụp trọn trang thông tin, kể cả hai dòng ở dưới cùng.
faq-cropped_edges-keys = góc, mất góc, thiếu góc, bị cắt, cắt góc, bị cắt mất, crop, cạnh, mép, không thấy hết, thấy một phần, thiếu một phần, ngón tay, tay che, bị che, che mất, toàn bộ giấy tờ, không vừa khung, viền, nửa giấy tờ, mat goc, bi cat, bi che

faq-screenshot_or_copy-q = Chụp màn hình, scan hay bản sao?
faq-screenshot_or_copy-a = Không. OKX không chấp nhận bất kỳ loại ảnh chụp màn hình nào, bản photo, bản scan, bản in, ảnh chụp lại một bức ảnh hay màn hình, hoặc ảnh đã chỉnh sửa. Hãy dùng camera điện thoại chụp mới một ảnh màu của giấy tờ bản gốc, và đừng chỉnh sửa.
faq-screenshot_or_copy-keys = chụp màn hình, ảnh chụp màn hình, screenshot, cap màn hình, scan, bản scan, máy scan, bản sao, photo, bản photo, photocopy, bản in, in ra, chụp lại ảnh, chụp màn hình điện thoại, vneid, căn cước điện tử, giấy tờ điện tử, ảnh đã chỉnh, photoshop, ảnh trong thư viện, ảnh cũ, pdf hộ chiếu, chup man hinh

faq-color_photo-q = Ảnh có bắt buộc là ảnh màu?
faq-color_photo-a = Có. OKX yêu cầu ảnh màu chụp giấy tờ bản gốc. Ảnh đen trắng, filter xám và bản photo đều bị từ chối. Hãy tắt mọi filter hoặc hiệu ứng màu và chụp giấy tờ với màu sắc bình thường.
faq-color_photo-keys = ảnh màu, màu, có màu, đen trắng, ảnh đen trắng, trắng đen, thang xám, màu xám, xám, đơn sắc, filter, bộ lọc, không có màu, mất màu, anh mau, den trang, trang den

faq-send_as_file-q = Gửi bot dạng ảnh hay tệp?
faq-send_as_file-a = Cả hai đều được. Telegram nén lại ảnh gửi dạng "ảnh", có thể làm mất chi tiết nhỏ; gửi dạng "tệp" (kẹp giấy → Tệp) thì giữ nguyên ảnh gốc, nên mình kiểm tra chính xác hơn. Telegram cho phép bot tải tệp tối đa 20 MB. Điều này chỉ áp dụng khi gửi ảnh cho bot này; còn trên OKX, bạn tải lên qua ứng dụng hoặc website của OKX.
faq-send_as_file-keys = gửi dạng tệp, gửi file, gửi dạng file, gửi dạng tài liệu, không nén, bị nén, telegram nén ảnh, chất lượng gốc, ảnh gốc, gửi ảnh, cách gửi ảnh, cách tải ảnh lên, gửi ảnh cho bot, đính kèm, kẹp giấy, file hay ảnh, mất chất lượng, gui file, gui anh

faq-file_format_size-q = Định dạng và dung lượng tệp?
faq-file_format_size-a = OKX không công bố giới hạn dung lượng hay định dạng tệp cho xác minh cá nhân; quy định PDF 20 MB mà bạn có thể thấy là dành cho tài khoản tổ chức (doanh nghiệp). Các dịch vụ khác có giới hạn, ví dụ Kraken dưới 5 MB và Onfido dưới 10 MB, nên một ảnh chụp bình thường từ camera (JPEG) là lựa chọn an toàn. Nếu ứng dụng OKX có mở camera, hãy chụp ngay trong ứng dụng.
faq-file_format_size-keys = dung lượng, kích thước file, dung lượng tối đa, giới hạn dung lượng, file quá lớn, quá nặng, file nặng, mb, định dạng, định dạng file, đuôi file, jpg, jpeg, png, pdf, heic, định dạng nào, lỗi tải lên, không tải lên được, không up được, up ảnh lỗi, độ phân giải, dung luong, dinh dang

faq-both_sides-q = Có cần cả hai mặt không?
faq-both_sides-a = Có. OKX yêu cầu mặt trước và mặt sau của giấy tờ, và mọi trang có thông tin quan trọng. Gửi hai ảnh riêng, mỗi ảnh một mặt, và không bao giờ gửi cùng một mặt hai lần. Với hộ chiếu, gửi trang thông tin có ảnh của bạn, và các trang khác nếu được yêu cầu.
faq-both_sides-keys = hai mặt, cả hai mặt, mặt trước mặt sau, mặt sau, mặt trước, mặt kia, mặt thứ hai, mặt sau cccd, mặt sau thẻ, gửi cùng một mặt, trang nào, trang hộ chiếu, trang thông tin, trang có ảnh, thiếu mặt sau, mat sau, hai mat, mat truoc

faq-accepted_documents-q = Giấy tờ nào được chấp nhận?
faq-accepted_documents-a = OKX chấp nhận hộ chiếu, thẻ căn cước/CCCD, giấy phép lái xe hoặc giấy tờ tùy thân có ảnh khác do nhà nước cấp, nhưng danh sách cụ thể tùy theo quốc gia của bạn: biểu mẫu xác minh sẽ hiện các lựa chọn cho quốc gia đó. Giấy tờ phải có họ tên đầy đủ, ngày sinh, ngày cấp và ngày hết hạn, ảnh chân dung rõ ràng, và chưa hết hạn. Thẻ cử tri có thể không được hỗ trợ ở một số nước; thị thực, thẻ sinh viên và giấy phép lao động không phải giấy tờ tùy thân.
faq-accepted_documents-keys = giấy tờ được chấp nhận, giấy tờ nào, dùng giấy tờ gì, loại giấy tờ, giấy tờ hỗ trợ, hộ chiếu, passport, cccd, căn cước, căn cước công dân, cmnd, chứng minh nhân dân, thẻ căn cước, bằng lái, bằng lái xe, giấy phép lái xe, thẻ cư trú, dùng gì được, có dùng được không, giấy tờ tùy thân, cần giấy tờ gì, ho chieu, can cuoc

faq-unsupported_document-q = Giấy tờ của tôi không được nhận
faq-unsupported_document-a = Giấy tờ OKX chấp nhận tùy thuộc vào quốc gia của bạn. Hãy chọn loại giấy tờ mà biểu mẫu xác minh đưa ra cho quốc gia của bạn, do chính quốc gia bạn đã chọn cấp. Thẻ cử tri có thể không được hỗ trợ ở một số nước, còn thị thực, thẻ sinh viên và giấy phép lao động không được chấp nhận là giấy tờ tùy thân. Nếu giấy tờ của bạn không được chấp nhận, hãy dùng hộ chiếu hoặc thẻ căn cước thay thế.
faq-unsupported_document-keys = không được chấp nhận, giấy tờ không được chấp nhận, không hỗ trợ, giấy tờ không hỗ trợ, sai loại giấy tờ, sai giấy tờ, thẻ sinh viên, thẻ học sinh, visa, thị thực, giấy phép lao động, thẻ tạm trú, thẻ quân nhân, thẻ ngân hàng, cmnd cũ, giấy tờ bị từ chối, cccd không được, hộ chiếu nước ngoài, giấy tờ nước ngoài

faq-expired_document-q = Dùng giấy tờ hết hạn được không?
faq-expired_document-a = Không. OKX từ chối giấy tờ đã hết hạn. Hãy dùng giấy tờ khác còn hạn hoặc làm lại giấy tờ đã hết hạn. Nên dùng giấy tờ còn hạn thêm một thời gian: một số dịch vụ xác minh cũng từ chối giấy tờ sẽ hết hạn trong vòng một tháng.
faq-expired_document-keys = hết hạn, đã hết hạn, ngày hết hạn, hạn sử dụng, thời hạn, có giá trị đến, sắp hết hạn, quá hạn, hộ chiếu hết hạn, cccd hết hạn, cmnd hết hạn, giấy tờ cũ, hộ chiếu cũ, còn hạn, làm lại, gia hạn, đổi cccd, het han, qua han, sap het han

faq-damaged_document-q = Giấy tờ của tôi bị hư hỏng
faq-damaged_document-a = OKX yêu cầu giấy tờ không bị hư hỏng. Giấy tờ bị nứt, mòn, thủng lỗ hoặc bị cắt góc, hoặc không đọc được ảnh chân dung hay thông tin, thường sẽ bị từ chối. Nếu có giấy tờ khác còn hạn, hãy dùng giấy tờ đó, hoặc làm lại giấy tờ bị hỏng.
faq-damaged_document-keys = hư hỏng, bị hỏng, hỏng, nứt, gãy, rách, sờn, mòn, trầy xước, phai màu, mờ chữ, bong tróc, cong, bị cong, thủng, bị đục lỗ, cắt góc, bấm góc, ướt, ngấm nước, thẻ gãy, hộ chiếu rách, cccd hỏng, hu hong, bi hong

faq-unsigned_passport-q = Hộ chiếu của tôi chưa ký
faq-unsigned_passport-a = OKX coi hộ chiếu có ô chữ ký để trống là không hợp lệ. Hãy ký vào ô chữ ký, rồi chụp lại ảnh mới.
faq-unsigned_passport-keys = chữ ký, ký tên, chưa ký, không có chữ ký, thiếu chữ ký, ký hộ chiếu, ô chữ ký, ký ở đâu, chữ ký người mang hộ chiếu, chữ ký trống, chu ky, chua ky, ky ten

faq-name_mismatch-q = Tên của tôi không khớp
faq-name_mismatch-a = Nhập họ tên đúng y như in trên giấy tờ: cùng cách viết, cùng thứ tự, có đủ tên đệm, không dùng biệt danh và không tự phiên âm. Nếu biểu mẫu có ô họ tên bằng ngôn ngữ địa phương, hãy nhập vào đó bằng đúng hệ chữ như trên giấy tờ. Nếu không thể sửa tên nữa, hãy nhờ bộ phận hỗ trợ của OKX sửa giúp.
faq-name_mismatch-keys = tên, họ tên, tên không khớp, sai tên, nhập sai tên, lỗi tên, sai chính tả, họ, tên đệm, tên lót, thứ tự họ tên, tên không dấu, tên có dấu, dấu tiếng việt, viết hoa, phiên âm, đổi tên, sửa tên, ten khong khop, sai ten, ho ten

faq-birthdate_mismatch-q = Ngày sinh của tôi không khớp
faq-birthdate_mismatch-a = Ngày sinh bạn nhập phải giống hệt ngày trên giấy tờ, và giấy tờ phải có ghi ngày sinh. Lỗi hay gặp nhất là đảo ngày và tháng. Nếu không thể sửa nữa, hãy nhờ bộ phận hỗ trợ của OKX sửa giúp. Nếu chính ngày in trên giấy tờ bị sai, bạn cần xin cấp giấy tờ đã đính chính từ cơ quan cấp.
faq-birthdate_mismatch-keys = ngày sinh, ngày tháng năm sinh, sinh nhật, năm sinh, sai ngày sinh, nhập sai ngày sinh, tuổi, ngày và tháng, tháng và ngày, đảo ngày tháng, định dạng ngày, ngày không khớp, dob, ngay sinh, sai ngay sinh, nam sinh

faq-dual_nationality-q = Tôi có hai quốc tịch
faq-dual_nationality-a = OKX đề nghị người có hai quốc tịch chọn quốc tịch gắn với danh tính của họ nhất. Dù bạn chọn quốc tịch nào, quốc tịch trong biểu mẫu phải là quốc tịch của giấy tờ bạn tải lên: nếu bạn tải lên hộ chiếu Tây Ban Nha, hãy chọn Tây Ban Nha.
faq-dual_nationality-keys = hai quốc tịch, song tịch, 2 quốc tịch, hai hộ chiếu, hộ chiếu thứ hai, quốc tịch thứ hai, nhiều quốc tịch, chọn quốc tịch nào, dùng hộ chiếu nào, quốc tịch, công dân hai nước, việt kiều, hai quoc tich, song tich

faq-address_proof-q = Giấy tờ chứng minh địa chỉ
faq-address_proof-a = OKX chỉ yêu cầu giấy tờ chứng minh địa chỉ trong một số trường hợp. Giấy tờ phải có tên bạn và địa chỉ hiện tại, trùng với địa chỉ bạn đã nhập trong biểu mẫu. Gửi ảnh rõ nét chụp bản gốc (cả trang, đủ các góc) hoặc file PDF đúng như khi được cấp, không dùng ảnh chụp màn hình. Ở Ả Rập Xê Út, giấy tờ phải được cấp trong vòng 3 tháng gần nhất; quy định chung của OKX về độ mới của giấy tờ chưa được xác nhận, nên dùng giấy tờ gần đây là an toàn nhất. Không dùng hộp thư bưu điện (P.O. Box).
faq-address_proof-keys = chứng minh địa chỉ, xác minh địa chỉ, giấy tờ địa chỉ, hóa đơn, hóa đơn điện, hóa đơn internet, hóa đơn điện thoại, tiền điện, tiền nước, sao kê ngân hàng, sao kê, xác nhận cư trú, sổ hộ khẩu, địa chỉ, địa chỉ không khớp, sai địa chỉ, địa chỉ cũ, chuyển nhà, hợp đồng thuê nhà, 3 tháng, hộp thư, po box, poa, dia chi

faq-face_selfie_fail-q = Selfie/xác minh khuôn mặt bị lỗi
faq-face_selfie_fail-a = Lời khuyên của OKX: tránh chỗ tối và rung máy, đưa khuôn mặt vào trong khung bầu dục, rồi xoay đầu chậm theo vòng tròn. Quay mặt về phía nguồn sáng (không có cửa sổ sau lưng); không đội mũ, không đeo khẩu trang hay kính râm; cầm điện thoại ngang tầm mắt. Ứng dụng cần được cấp quyền camera. Nếu vẫn lỗi, hãy cập nhật ứng dụng, đóng các ứng dụng khác hoặc thử điện thoại khác; một số điện thoại gặp khó khăn với bước quét khuôn mặt. Chỉ chủ tài khoản mới được thực hiện.
faq-face_selfie_fail-keys = selfie, ảnh selfie, tự sướng, khuôn mặt, xác minh khuôn mặt, nhận diện khuôn mặt, quét mặt, quét khuôn mặt, không nhận mặt, không nhận diện được, selfie lỗi, selfie bị từ chối, khung bầu dục, vòng tròn, xoay đầu, quay đầu, camera trước, quay video mặt, sinh trắc học, liveness, xac minh khuon mat, quet mat, selfi

faq-glasses_hat_mask-q = Đeo kính, mũ, khẩu trang được?
faq-glasses_hat_mask-a = Không. OKX yêu cầu không có gì che khuôn mặt: bỏ kính, kính râm, mũ, nón lưỡi trai và khẩu trang, vén tóc khỏi mặt, để toàn bộ khuôn mặt hiện rõ trong khung bầu dục.
faq-glasses_hat_mask-keys = kính, đeo kính, kính cận, kính râm, mắt kính, mũ, nón, nón lưỡi trai, mũ trùm, khẩu trang, khăn, khăn quàng, râu, trang điểm, tóc, tóc mái, bông tai, có được đeo, deo kinh, khau trang

faq-camera_permission-q = Camera không hoạt động
faq-camera_permission-a = Ứng dụng OKX cần quyền sử dụng camera. Mở Cài đặt của điện thoại → Ứng dụng → OKX → Quyền, cho phép Camera, rồi khởi động lại ứng dụng. Nếu bạn xác minh trên trình duyệt, hãy cho phép camera cho trang đó, hoặc chuyển sang ứng dụng OKX. Đóng các ứng dụng khác đang dùng camera; nếu vẫn không được, hãy cập nhật ứng dụng hoặc thử thiết bị khác.
faq-camera_permission-keys = camera, camera không hoạt động, không mở được camera, camera không lên, màn hình đen, quyền camera, cấp quyền, cho phép camera, truy cập camera, không có camera, lỗi camera, app bị văng, app bị đơ, đứng máy, load mãi, trình duyệt, laptop, webcam, điện thoại cũ, máy không hỗ trợ, cam khong hoat dong, loi camera

faq-someone_else_selfie-q = Nhờ người khác selfie thay?
faq-someone_else_selfie-a = Không. Chỉ chủ tài khoản mới được làm bước xác minh khuôn mặt, và khuôn mặt phải khớp với giấy tờ của tài khoản. Xác minh bằng khuôn mặt hoặc giấy tờ của người khác sẽ không thành công. Ai muốn có tài khoản OKX cũng phải tự xác minh cho chính mình.
faq-someone_else_selfie-keys = người khác, nhờ người khác, làm hộ, xác minh hộ, kyc hộ, bạn bè, vợ, chồng, mẹ, bố, người nhà, họ hàng, dùng giấy tờ của người khác, mượn cccd, tài khoản của bố mẹ, tài khoản cho con, lam ho, nho nguoi khac, anh trai, chị gái, em trai

faq-duplicate_account-q = Giấy tờ đã dùng ở tài khoản khác
faq-duplicate_account-a = OKX chỉ cho phép mỗi người một tài khoản, và danh tính của bạn đã được xác minh trên một tài khoản khác. Nộp lại cũng không giúp được gì. Hãy đăng nhập vào tài khoản đó, hoặc lấy lại qua chức năng khôi phục tài khoản của OKX. Nếu bạn không biết tài khoản đó (có thể ai đó đã dùng giấy tờ của bạn), hãy liên hệ bộ phận hỗ trợ của OKX kèm UID. Không bao giờ dùng giấy tờ của người khác hay cho mượn giấy tờ của bạn.
faq-duplicate_account-keys = đã được sử dụng, đã dùng rồi, đã xác minh rồi, trùng, trùng lặp, trùng tài khoản, tài khoản khác, tài khoản thứ hai, tài khoản cũ, hai tài khoản, nhiều tài khoản, tài khoản mới, cccd đã được dùng, giấy tờ đã dùng, đã đăng ký, bị người khác dùng, mất tài khoản, quên tài khoản, khôi phục tài khoản, da duoc su dung, trung tai khoan

faq-region_restricted-q = Quốc gia tôi không được hỗ trợ
faq-region_restricted-a = OKX quyết định dịch vụ nào và pháp nhân OKX nào phục vụ bạn dựa trên quốc gia cư trú, không chỉ dựa vào quốc tịch. Danh sách các nước bị hạn chế nằm ở mục 2.2 Điều khoản dịch vụ của OKX; hãy đọc ở đó, vì danh sách trên các trang khác có thể sai hoặc đã cũ. Nộp lại không giải quyết được chuyện này, và VPN hay địa chỉ giả cũng không giúp được gì. Nếu bạn nghĩ có nhầm lẫn, hãy liên hệ bộ phận hỗ trợ của OKX.
faq-region_restricted-keys = quốc gia, quốc gia không hỗ trợ, bị hạn chế, nước bị hạn chế, khu vực, khu vực bị hạn chế, không khả dụng, không dùng được ở nước tôi, việt nam có dùng được không, nước tôi, cư trú, quốc gia cư trú, khu vực pháp lý, lệnh trừng phạt, nước bị chặn, mỹ, usa, không đủ điều kiện, điều kiện, tuổi, dưới 18 tuổi, viet nam dung duoc khong

faq-vpn_or_travel-q = Ở nước ngoài hay dùng VPN?
faq-vpn_or_travel-a = Hãy khai đúng quốc gia bạn thực sự cư trú: điều kiện sử dụng OKX dựa vào nơi bạn sống. Đừng dùng VPN để che giấu vị trí và đừng khai sai nơi cư trú. Một số người dùng cho biết VPN hoặc vị trí khác với nơi cư trú đã khai gây ra trục trặc; đây không phải quy định chính thức của OKX, nhưng tắt VPN và xác minh ở nhà là lựa chọn an toàn.
faq-vpn_or_travel-keys = vpn, fake ip, đổi ip, proxy, ip, địa chỉ ip, vị trí, định vị, nước ngoài, ở nước ngoài, đi du lịch, du lịch, công tác, nước khác, sống ở nước ngoài, du học, xuất khẩu lao động, việt kiều, chuyển nước, tor, dung vpn, nuoc ngoai

faq-official_support-q = Liên hệ hỗ trợ OKX bằng cách nào?
faq-official_support-a = Chỉ liên hệ OKX qua kênh chính thức: trong ứng dụng OKX (Hỗ trợ hoặc chatbot AI) hoặc trên okx.com qua Trung tâm trợ giúp. Cung cấp UID (có trong hồ sơ), nhưng không bao giờ đưa mật khẩu hay mã. Cẩn thận với các tài khoản "hỗ trợ" nhắn tin cho bạn trước trên Telegram hay mạng xã hội khác: đó là lừa đảo. Bot này không phải OKX và không thể thay bạn liên hệ hỗ trợ.
faq-official_support-keys = hỗ trợ, liên hệ hỗ trợ, chăm sóc khách hàng, cskh, tổng đài, hotline, chat trực tuyến, live chat, nhân viên, gặp nhân viên, nói chuyện với người thật, email hỗ trợ, số điện thoại, ticket, khiếu nại, cách liên hệ, liên hệ okx, hỗ trợ okx, support, ho tro, lien he, cham soc khach hang

faq-scam_warning-q = Có người đề nghị làm KYC giúp tôi
faq-scam_warning-a = Đó là lừa đảo. Không ai đàng hoàng lại đòi mật khẩu, mã 2FA hay mã SMS, cụm từ khôi phục (seed phrase) hoặc tiền để "mở khóa" hay "đẩy nhanh" xác minh. Tuyệt đối không đưa và không chuyển tiền. Chỉ liên hệ bộ phận hỗ trợ của OKX trong ứng dụng OKX hoặc trên okx.com, và coi bất kỳ ai nhắn tin cho bạn trước để đề nghị giúp đỡ là kẻ lừa đảo.
faq-scam_warning-keys = lừa đảo, scam, bị lừa, hỗ trợ giả, admin giả, hỏi mật khẩu, mã 2fa, mã otp, mã sms, seed phrase, cụm từ khôi phục, 12 từ, private key, khóa riêng tư, trả phí mở khóa, nộp tiền mở khóa, mở khóa tài khoản, đẩy nhanh xác minh, mua tài khoản đã kyc, bán tài khoản, dịch vụ kyc, kyc thuê, làm kyc hộ, có uy tín không, lua dao

faq-about_bot-q = Bạn là ai? Bot này là OKX à?
faq-about_bot-a = Mình là KYC Doctor, một công cụ hỗ trợ độc lập, mã nguồn mở. Mình không phải OKX và không liên quan đến OKX. Mình không thể xem, thay đổi hay đẩy nhanh tài khoản hoặc hồ sơ xác minh OKX của bạn; mình chỉ kiểm tra ảnh và giải thích cần sửa gì, dựa trên các quy định OKX đã công bố. Mình không bao giờ cần mật khẩu, mã 2FA hay cụm từ khôi phục (seed phrase) của bạn. Tài liệu chính thức của OKX là nguồn thông tin cuối cùng.
faq-about_bot-keys = bạn là ai, bot là ai, bạn là gì, có phải okx không, đây là okx à, chính thức, có chính thức không, bot, bot này, bạn làm được gì, bot này làm gì, giúp gì, hoạt động thế nào, xác minh giúp tôi được không, duyệt giúp được không, đẩy nhanh được không, bạn là người thật à, ban la ai, co phai okx khong

faq-bot_privacy-q = Bạn làm gì với ảnh của tôi?
faq-bot_privacy-a = Mình kiểm tra ảnh trong bộ nhớ và không bao giờ lưu hay ghi log. Mình chỉ giữ bước đang làm trong cuộc trò chuyện, ngôn ngữ của bạn, lý do bạn chọn, loại giấy tờ, mã lỗi của các lần kiểm tra và một mã băm (hash) 64 bit của mỗi ảnh (một con số ngắn tính từ ảnh, để nhận ra khi cùng một ảnh được gửi hai lần). Không lưu ảnh, tên hay dữ liệu giấy tờ: những gì mình đọc từ vùng đọc máy chỉ hiện cho bạn một lần và không được lưu. Với bộ lưu trữ mặc định (SQLite), dữ liệu này còn đến khi bạn gửi /forget; nếu bot chạy với Redis, nó cũng bị xóa sau một thời gian không hoạt động (REDIS_TTL_SECS, mặc định 7 ngày). Mình không phải OKX và không thể xem hay thay đổi tài khoản của bạn.
faq-bot_privacy-keys = quyền riêng tư, riêng tư, dữ liệu, dữ liệu của tôi, dữ liệu cá nhân, thông tin cá nhân, lưu trữ, có lưu không, lưu ảnh, giữ ảnh, xóa, xóa dữ liệu, quên dữ liệu, an toàn, có an toàn không, bảo mật, ai xem ảnh, có lưu hộ chiếu không, ảnh đi đâu, lộ thông tin, rò rỉ, bao mat, du lieu

# Entries for OKX's current rejection labels, the face scan and head coverings (issue 13).
faq-invalid_document-q = OKX báo "Invalid document"
faq-invalid_document-a = "Invalid document" (giấy tờ không hợp lệ) là nói về chính giấy tờ, không phải ảnh chụp. OKX nêu các nguyên nhân: không có ảnh chân dung hoặc ảnh không rõ, hộ chiếu chưa ký, hoặc ở một số nước cần hộ chiếu mới. Nếu ô chữ ký trong hộ chiếu còn trống, hãy ký rồi chụp lại. Nếu ảnh trên giấy tờ bị mờ hoặc không đọc được, hãy dùng giấy tờ chính thức khác bạn có (hộ chiếu, CCCD hoặc bằng lái xe) hoặc làm lại giấy tờ. Nếu không biết mình thuộc trường hợp nào, hãy hỏi bộ phận hỗ trợ của OKX. Mình có thể kiểm tra ảnh mới trước khi bạn gửi.
faq-invalid_document-keys = invalid document, giấy tờ không hợp lệ, giay to khong hop le, cccd không hợp lệ, hộ chiếu không hợp lệ, cần hộ chiếu mới, không có ảnh chân dung, ảnh trên cccd bị mờ, hộ chiếu chưa ký, báo invalid document, căn cước không hợp lệ

faq-document_photo_rejected-q = "ID detection failed" là gì?
faq-document_photo_rejected-a = Các thông báo này nói về ảnh chụp giấy tờ, không phải bản thân giấy tờ. OKX giải thích "Invalid document photo" là ảnh mờ, bị cắt, che mất thông tin hoặc sai giấy tờ (giấy tờ tùy thân hay giấy xác nhận địa chỉ không đúng). "ID detection failed" (thông báo cũ) nghĩa là không nhận ra được giấy tờ trong ảnh: cháy sáng, bị lóa hoặc không thấy toàn bộ. Hãy chụp lại: bản gốc (không chụp màn hình, không bản sao), đặt phẳng trên bàn tối màu, đủ bốn góc trong khung, không có ngón tay che, ánh sáng đều không lóa, rõ nét. Gửi ảnh cho mình trước, mình sẽ kiểm tra.
faq-document_photo_rejected-keys = id detection failed, detection failed, invalid document photo, không nhận diện được giấy tờ, không nhận ra cccd, ảnh giấy tờ bị từ chối, ảnh cccd bị từ chối, lỗi nhận diện giấy tờ, khong nhan dien duoc cccd

faq-face_scan_loop-q = Quét khuôn mặt cứ lặp lại
faq-face_scan_loop-a = OKX không công bố nguyên nhân cụ thể khi quét khuôn mặt cứ khởi động lại, bị treo hoặc báo "something went wrong". Những gì OKX yêu cầu: cho ứng dụng OKX quyền dùng camera, tránh chỗ tối và rung tay, đưa cả khuôn mặt vào khung bầu dục, rồi xoay đầu chậm theo vòng tròn khi được yêu cầu. Hãy quay mặt về phía nguồn sáng, không để cửa sổ hay đèn phía sau. Nếu vẫn lặp, thử ứng dụng OKX thay cho trình duyệt (hoặc ngược lại); một số người cho biết đổi điện thoại khác thì được. Nếu quét mãi không xong, hãy liên hệ hỗ trợ OKX kèm UID của bạn.
faq-face_scan_loop-keys = quét khuôn mặt bị lặp, quét mặt cứ chạy lại, xác minh khuôn mặt bị treo, something went wrong, đã xảy ra lỗi, vòng tròn quay mãi, selfie cứ bắt làm lại, quét mặt không xong, quet mat bi lap, load mãi không xong

faq-head_covering-q = Đội khăn trùm đầu được không?
faq-head_covering-a = OKX không công bố quy định nào về khăn trùm đầu tôn giáo (hijab, khăn trùm, khăn xếp turban, kippah và các loại khác). Quy định của OKX là không được che khuôn mặt: cả khuôn mặt nằm trong khung bầu dục, không đeo khẩu trang, kính râm hay mũ. Vì vậy lựa chọn an toàn là loại khăn để lộ toàn bộ khuôn mặt, từ chân tóc đến cằm, không bị bóng và đủ sáng. Mạng che một phần khuôn mặt (ví dụ niqab) không đáp ứng quy định đó. Từng trường hợp do bộ phận hỗ trợ chính thức của OKX quyết định: hãy hỏi họ nếu bạn không chắc.
faq-head_covering-keys = hijab, khăn trùm đầu, khăn che đầu, khăn xếp, turban, kippah, niqab, mạng che mặt, đội khăn khi selfie, có phải bỏ khăn trùm đầu, khăn trùm đầu trong ảnh hộ chiếu, lý do tôn giáo
