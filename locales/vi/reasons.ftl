# Lý do bị từ chối: nhãn nút, ý nghĩa theo OKX và các bước khắc phục theo thứ tự.
# Xem locales/README.md. Thông tin chỉ lấy từ docs/kyc-knowledge.md.
# Nhãn là nút bấm: tối đa 30 ký tự.

## photo_blurry

reason-photo_blurry = Ảnh mờ, khó đọc
reason-photo_blurry-about = Ảnh giấy tờ không đủ nét để đọc. OKX yêu cầu ảnh giấy tờ sắc nét, đọc được rõ ràng.
reason-photo_blurry-step-1 = Lau ống kính camera bằng khăn mềm.
reason-photo_blurry-step-2 = Đặt giấy tờ nằm phẳng, cầm điện thoại song song với giấy tờ, cách khoảng 15–25 cm.
reason-photo_blurry-step-3 = Dùng camera sau chính, không zoom kỹ thuật số, và chạm vào giấy tờ trên màn hình để lấy nét.
reason-photo_blurry-step-4 = Chụp ở nơi đủ sáng và giữ chắc tay khi bấm chụp.
reason-photo_blurry-step-5 = Phóng to ảnh vừa chụp: mọi ký tự đều phải đọc được, và với hộ chiếu thì cả hai dòng mã đọc máy (MRZ) ở dưới cùng cũng phải đọc được.
reason-photo_blurry-step-6 = Tải lên ảnh gốc từ camera, không dùng ảnh chuyển tiếp hay bản đã bị nén.

## photo_glare

reason-photo_glare = Bị lóa hoặc phản chiếu
reason-photo_glare-about = Một vệt sáng chói đã che mất một phần giấy tờ. OKX yêu cầu ảnh không bị lóa, và ảnh có phản chiếu sẽ không qua được bước kiểm tra.
reason-photo_glare-step-1 = Tắt đèn flash.
reason-photo_glare-step-2 = Tránh xa đèn và ánh nắng trực tiếp; ánh sáng ban ngày dịu chiếu từ bên cạnh là tốt nhất.
reason-photo_glare-step-3 = Lấy giấy tờ ra khỏi bao da hoặc túi nhựa.
reason-photo_glare-step-4 = Nghiêng giấy tờ một chút cho đến khi không còn điểm sáng nào trên chữ, ảnh chân dung hay hình hologram.
reason-photo_glare-step-5 = Thẻ ép plastic phản chiếu nhiều nhất: hãy chụp vài tấm ở các góc khác nhau và giữ lại tấm không bị lóa.

## photo_exposure

reason-photo_exposure = Quá tối hoặc quá sáng
reason-photo_exposure-about = Ảnh quá tối hoặc bị cháy sáng nên không đọc được. Bước kiểm tra giấy tờ của OKX sẽ không đạt với ảnh bị dư sáng.
reason-photo_exposure-step-1 = Tìm nơi có ánh sáng gián tiếp, sáng và đều, ví dụ gần cửa sổ nhưng không có nắng chiếu thẳng.
reason-photo_exposure-step-2 = Tránh nguồn sáng mạnh phía sau giấy tờ, và đừng để bóng điện thoại đổ lên giấy tờ.
reason-photo_exposure-step-3 = Đừng dùng đèn flash để chữa ảnh tối (sẽ bị lóa); hãy chuyển đến chỗ sáng hơn.
reason-photo_exposure-step-4 = Nếu ảnh bị cháy sáng, hãy tắt chế độ HDR, chụp đêm và làm đẹp, rồi chạm vào giấy tờ trên màn hình để chỉnh độ sáng.

## photo_cut_off

reason-photo_cut_off = Bị cắt hoặc bị che
reason-photo_cut_off-about = Một phần giấy tờ nằm ngoài khung ảnh hoặc bị che. OKX yêu cầu thấy rõ tất cả các góc và không có gì che giấy tờ, kể cả ngón tay.
reason-photo_cut_off-step-1 = Đưa toàn bộ giấy tờ vào khung hình, chừa một khoảng nhỏ ở mỗi cạnh, nhưng giấy tờ vẫn chiếm phần lớn khung hình.
reason-photo_cut_off-step-2 = Đảm bảo thấy đủ bốn góc: đặt thẻ lên bàn để ngón tay không che mất.
reason-photo_cut_off-step-3 = Dùng nền trơn, có màu tương phản với giấy tờ.
reason-photo_cut_off-step-4 = Không cắt (crop) ảnh sau khi chụp.
reason-photo_cut_off-step-5 = Hộ chiếu: chụp trọn trang thông tin, kể cả hai dòng mã đọc máy (MRZ) ở dưới cùng.

## not_original

reason-not_original = Chụp màn hình/bản sao
reason-not_original-about = Ảnh gửi lên không phải ảnh màu chụp giấy tờ bản gốc. OKX không chấp nhận ảnh chụp màn hình, bản photo, ảnh chụp lại một bức ảnh hay ảnh đã chỉnh sửa.
reason-not_original-step-1 = Dùng camera điện thoại chụp trực tiếp giấy tờ bản gốc.
reason-not_original-step-2 = Không gửi ảnh chụp màn hình, bản scan, bản photo, bản in, giấy tờ điện tử (như VNeID) hay ảnh chụp từ màn hình.
reason-not_original-step-3 = Gửi ảnh màu, không bao giờ dùng ảnh đen trắng.
reason-not_original-step-4 = Không chỉnh sửa ảnh: không filter, không cắt, không dán sticker, không làm mờ vùng nào, không ghi chú.
reason-not_original-step-5 = Chụp ảnh mới thay vì tải lại ảnh đã bị từ chối; một số dịch vụ xác minh sẽ đánh dấu ảnh từng bị từ chối trước đó.

## wrong_document

reason-wrong_document = Sai giấy tờ hoặc sai mặt
reason-wrong_document-about = Loại giấy tờ này không được chấp nhận, hoặc thiếu một mặt hay một trang. Giấy tờ OKX chấp nhận tùy thuộc vào quốc gia của bạn.
reason-wrong_document-step-1 = Chọn loại giấy tờ mà OKX cung cấp cho quốc gia của bạn trong biểu mẫu xác minh; thị thực (visa), thẻ sinh viên và giấy phép lao động không phải giấy tờ tùy thân.
reason-wrong_document-step-2 = Quốc gia cấp giấy tờ phải trùng với quốc gia bạn đã chọn.
reason-wrong_document-step-3 = Với thẻ căn cước hoặc bằng lái xe, gửi mặt trước và mặt sau thành hai ảnh riêng, không bao giờ gửi cùng một mặt hai lần.
reason-wrong_document-step-4 = Với hộ chiếu, gửi trang thông tin có ảnh của bạn, và các trang quan trọng khác nếu được yêu cầu.
reason-wrong_document-step-5 = Tải mỗi tệp vào đúng chỗ: giấy tờ tùy thân ở mục yêu cầu giấy tờ, giấy tờ chứng minh địa chỉ ở mục yêu cầu địa chỉ.

## document_invalid

reason-document_invalid = Giấy tờ không hợp lệ
reason-document_invalid-about = Bản thân giấy tờ không được chấp nhận: đã hết hạn, chưa ký, bị hư hỏng, hoặc ảnh chân dung không rõ. OKX yêu cầu giấy tờ còn hiệu lực và không bị hư hỏng.
reason-document_invalid-step-1 = Kiểm tra ngày hết hạn. Nên dùng giấy tờ còn hạn lâu: một số dịch vụ xác minh từ chối giấy tờ sẽ hết hạn trong vòng một tháng.
reason-document_invalid-step-2 = Nếu ô chữ ký trên hộ chiếu còn trống, hãy ký vào trước khi chụp.
reason-document_invalid-step-3 = Đảm bảo có ảnh chân dung và ngày sinh, và cả hai đều rõ ràng.
reason-document_invalid-step-4 = Nếu giấy tờ bị nứt, mòn, thủng lỗ hoặc bị cắt góc, hãy dùng một giấy tờ khác còn hạn hoặc làm lại giấy tờ mới.
reason-document_invalid-step-5 = Nếu OKX yêu cầu hộ chiếu mới ở quốc gia của bạn, hãy làm lại hộ chiếu trước.

## data_mismatch

reason-data_mismatch = Thông tin không khớp
reason-data_mismatch-about = Thông tin bạn nhập vào biểu mẫu (họ tên, ngày sinh, số giấy tờ, quốc tịch) không khớp với giấy tờ.
reason-data_mismatch-step-1 = So từng ô bạn đã nhập với giấy tờ, lần lượt từng ô một.
reason-data_mismatch-step-2 = Nhập họ tên đúng y như in trên giấy tờ: cùng cách viết, cùng thứ tự, có cả tên đệm; không dùng biệt danh và không tự phiên âm.
reason-data_mismatch-step-3 = Nếu biểu mẫu có ô họ tên bằng ngôn ngữ địa phương, hãy nhập tên vào đó bằng đúng hệ chữ như trên giấy tờ (ví dụ tiếng Việt có dấu).
reason-data_mismatch-step-4 = Ngày sinh: kiểm tra thứ tự ngày và tháng.
reason-data_mismatch-step-5 = Số giấy tờ: nhập đủ, không có dấu cách; đừng nhầm chữ O với số 0 hay chữ I với số 1.
reason-data_mismatch-step-6 = Nếu bạn có hai quốc tịch, hãy chọn quốc tịch của giấy tờ bạn tải lên.
reason-data_mismatch-step-7 = Quốc gia cư trú: nơi bạn thực sự đang sống.
reason-data_mismatch-step-8 = Nếu không thể sửa thông tin nữa, hãy nhờ bộ phận hỗ trợ của OKX sửa giúp.

## selfie_failed

reason-selfie_failed = Selfie không qua
reason-selfie_failed-about = Không hoàn tất được bước quét khuôn mặt, hoặc khuôn mặt chưa đủ rõ. OKX yêu cầu toàn bộ khuôn mặt nằm trong khung hình bầu dục, đủ ánh sáng và không bị rung.
reason-selfie_failed-step-1 = Quay mặt về phía nguồn sáng: không để cửa sổ hay đèn ở sau lưng.
reason-selfie_failed-step-2 = Bỏ mũ, khẩu trang hay kính râm, và vén tóc khỏi mặt.
reason-selfie_failed-step-3 = Cầm điện thoại ngang tầm mắt, để khuôn mặt nằm trong khung bầu dục.
reason-selfie_failed-step-4 = Giữ yên, rồi xoay đầu từ từ khi ứng dụng yêu cầu.
reason-selfie_failed-step-5 = Cho phép truy cập camera, cập nhật ứng dụng OKX và đóng các ứng dụng khác; nếu vẫn lỗi, thử bằng điện thoại khác.
reason-selfie_failed-step-6 = Tự mình thực hiện: chỉ chủ tài khoản mới được làm bước xác minh khuôn mặt.

## face_mismatch

reason-face_mismatch = Mặt không khớp giấy tờ
reason-face_mismatch-about = Khuôn mặt trong ảnh selfie không được xác định là khớp với ảnh chân dung trên giấy tờ.
reason-face_mismatch-step-1 = Chỉ chủ tài khoản mới được chụp selfie.
reason-face_mismatch-step-2 = Dùng giấy tờ mới nhất của bạn, để ảnh chân dung giống bạn hiện tại.
reason-face_mismatch-step-3 = Đảm bảo ảnh chân dung trong ảnh giấy tờ sắc nét và không bị lóa.
reason-face_mismatch-step-4 = Giữ nét mặt tự nhiên, không đeo kính, không đội mũ.
reason-face_mismatch-step-5 = Nếu vẫn không được, hãy liên hệ bộ phận hỗ trợ của OKX: một số dịch vụ xác minh coi việc khuôn mặt không khớp là kết quả cuối cùng.

## duplicate_identity

reason-duplicate_identity = ID đã được xác minh
reason-duplicate_identity-about = Danh tính này đã được xác minh trên một tài khoản OKX khác. OKX chỉ cho phép mỗi người một tài khoản, nên nộp lại cũng không giúp được gì.
reason-duplicate_identity-step-1 = OKX chỉ cho phép mỗi người một tài khoản, và danh tính của bạn đang gắn với một tài khoản khác.
reason-duplicate_identity-step-2 = Đăng nhập vào tài khoản đó, hoặc lấy lại nó qua chức năng khôi phục tài khoản của OKX.
reason-duplicate_identity-step-3 = Nếu bạn không biết tài khoản đó (có thể ai đó đã dùng giấy tờ của bạn), hãy liên hệ bộ phận hỗ trợ của OKX kèm UID của bạn.
reason-duplicate_identity-step-4 = Tuyệt đối không dùng giấy tờ của người khác và không cho ai mượn giấy tờ của bạn.

## not_eligible

reason-not_eligible = Khu vực hoặc điều kiện
reason-not_eligible-about = OKX không thể xác minh bạn cho tài khoản này, ví dụ vì nơi bạn đang sống. Nộp lại cũng không thay đổi được.
reason-not_eligible-step-1 = Đọc mục 2.2 trong Điều khoản dịch vụ của OKX và xem pháp nhân OKX nào phục vụ quốc gia bạn đang cư trú.
reason-not_eligible-step-2 = Điều kiện sử dụng dựa vào nơi bạn sống, chứ không chỉ dựa vào quốc tịch.
reason-not_eligible-step-3 = Không dùng VPN và không khai sai nơi cư trú.
reason-not_eligible-step-4 = Nếu bạn nghĩ có nhầm lẫn (ví dụ bạn đã chuyển đi nơi khác), hãy liên hệ bộ phận hỗ trợ của OKX kèm UID và giấy tờ chứng minh nơi cư trú, và đừng nộp lại liên tục.

## address_proof

reason-address_proof = Chứng minh địa chỉ
reason-address_proof-about = Giấy tờ chứng minh địa chỉ không được chấp nhận. Giấy tờ phải có tên bạn và địa chỉ hiện tại, trùng với địa chỉ bạn đã nhập trong biểu mẫu.
reason-address_proof-step-1 = Dùng giấy tờ có tên bạn và địa chỉ nơi ở hiện tại.
reason-address_proof-step-2 = Địa chỉ phải giống hệt địa chỉ bạn đã nhập trong biểu mẫu.
reason-address_proof-step-3 = Dùng giấy tờ gần đây: cấp trong vòng 3 tháng gần nhất ở những nơi OKX có quy định thời hạn (ví dụ Ả Rập Xê Út).
reason-address_proof-step-4 = Gửi ảnh chụp bản gốc (cả trang, đủ các góc) hoặc file PDF đúng như khi được cấp; không dùng ảnh chụp màn hình.
reason-address_proof-step-5 = Không dùng địa chỉ hộp thư bưu điện (P.O. Box).

## unknown

reason-unknown = Không thấy lý do
reason-unknown-about = OKX không hiển thị lý do cho bạn. Thường thì lý do nằm trong email hoặc SMS mà OKX đã gửi, kèm đường link để nộp lại.
reason-unknown-step-1 = Đọc email hoặc SMS của OKX về việc xác minh: trong đó có nêu lý do và link để nộp lại.
reason-unknown-step-2 = Mở trang xác minh trong ứng dụng OKX và tìm lý do ở đó.
reason-unknown-step-3 = Nếu không có, hãy lần lượt kiểm tra các nguyên nhân thường gặp: ảnh chụp màn hình, bản sao hoặc ảnh đen trắng; thiếu góc; ảnh mờ; bị lóa; ngày hết hạn; thông tin đã nhập; ảnh selfie.
reason-unknown-step-4 = Gửi ảnh giấy tờ và ảnh selfie cho bot này để kiểm tra.
reason-unknown-step-5 = Nếu vẫn chưa rõ, hoặc sau 24 giờ vẫn chưa có kết quả, hãy liên hệ bộ phận hỗ trợ của OKX.
reason-invalid-expiry = Ngày hết hạn sai
