# 拒絕原因：按鈕文字、OKX 的意思、依序排列的修正步驟。
# 請見 locales/README.md。事實只來自 docs/kyc-knowledge.md。
# 標籤是按鈕：請保持簡短。

## photo_blurry

reason-photo_blurry = 照片模糊或看不清楚
reason-photo_blurry-about = 證件照片不夠清楚，無法辨識。OKX 要求清楚、可辨識的證件照片。
reason-photo_blurry-step-1 = 用柔軟的布把相機鏡頭擦乾淨。
reason-photo_blurry-step-2 = 把證件平放，手機與證件保持平行，距離大約 15–25 公分。
reason-photo_blurry-step-3 = 用主要的後鏡頭拍，不要用數位變焦，並在螢幕上點一下證件來對焦。
reason-photo_blurry-step-4 = 在光線充足的地方拍，按下快門時手機保持不動。
reason-photo_blurry-step-5 = 放大檢查拍好的照片：每個字元都要看得清楚；如果是護照，底部的兩行機讀碼也要看得清楚。
reason-photo_blurry-step-6 = 上傳相機拍的原始照片，不要用轉傳過或壓縮過的副本。

## photo_glare

reason-photo_glare = 反光或亮點
reason-photo_glare-about = 強烈的反光擋住了證件的一部分。OKX 要求照片不能有反光，有反光時它的檢查就會不通過。
reason-photo_glare-step-1 = 關掉閃光燈。
reason-photo_glare-step-2 = 遠離燈光和陽光直射；從側面照過來的柔和自然光效果最好。
reason-photo_glare-step-3 = 把證件從保護套或塑膠套裡拿出來。
reason-photo_glare-step-4 = 稍微傾斜證件，直到文字、大頭照和防偽雷射圖案上都沒有亮點。
reason-photo_glare-step-5 = 護貝過的卡片最容易反光：從不同角度多拍幾張，留下沒有反光的那張。

## photo_exposure

reason-photo_exposure = 太暗或太亮
reason-photo_exposure-about = 照片太暗或過曝泛白，看不清楚內容。照片過曝時，OKX 的證件檢查會不通過。
reason-photo_exposure-step-1 = 找明亮、均勻的間接光，例如靠近窗戶但不被陽光直射的地方。
reason-photo_exposure-step-2 = 不要讓強光從證件後方照過來，也別讓手機的影子落在證件上。
reason-photo_exposure-step-3 = 照片太暗時不要用閃光燈補光（會造成反光），換到更亮的地方拍。
reason-photo_exposure-step-4 = 如果照片泛白，關掉 HDR、夜間和美顏模式，並在螢幕上點一下證件來調整曝光。

## photo_cut_off

reason-photo_cut_off = 證件不完整或被遮住
reason-photo_cut_off-about = 證件有一部分在照片外面或被擋住了。OKX 要求四個角都要拍到，證件上不能有任何遮擋，連手指也不行。
reason-photo_cut_off-step-1 = 把整張證件放進畫面，四周留一點空白，同時讓證件佔滿畫面的大部分。
reason-photo_cut_off-step-2 = 確認四個角都看得到：把卡片放在桌上拍，避免手指擋住。
reason-photo_cut_off-step-3 = 使用和證件顏色對比明顯的素色背景。
reason-photo_cut_off-step-4 = 拍完後不要裁切照片。
reason-photo_cut_off-step-5 = 護照：要拍完整的個人資料頁，包括底部的兩行機讀碼。

## not_original

reason-not_original = 截圖、影本或修過的圖
reason-not_original-about = 照片不是證件正本的彩色照片。OKX 不接受截圖、影印本、翻拍的照片或修過的圖片。
reason-not_original-step-1 = 用手機相機直接拍實體證件本身。
reason-not_original-step-2 = 不要傳截圖、掃描檔、影印本、列印本、數位證件，也不要翻拍螢幕。
reason-not_original-step-3 = 傳彩色照片，絕對不要黑白的。
reason-not_original-step-4 = 不要修圖：不加濾鏡、不裁切、不加貼圖、不打馬賽克、不加註記。
reason-not_original-step-5 = 重新拍一張，不要把被拒的那張再上傳一次；有些驗證服務會標記之前被拒過的圖片。

## wrong_document

reason-wrong_document = 證件不對或少了一面
reason-wrong_document-about = 證件類型不被接受，或者少了某一面或某一頁。OKX 接受哪些證件取決於你所在的國家。
reason-wrong_document-step-1 = 在驗證表單中選擇 OKX 為你的國家提供的證件類型；簽證、學生證和工作許可都不是身分證件。
reason-wrong_document-step-2 = 證件的核發國家必須和你選擇的國家一致。
reason-wrong_document-step-3 = 身分證或駕照要分成兩張照片傳正面和背面，不要把同一面傳兩次。
reason-wrong_document-step-4 = 護照要傳有你照片的個人資料頁；如果有要求，再傳其他重要頁面。
reason-wrong_document-step-5 = 每個檔案都要傳到對的位置：要求身分證件的地方傳身分證件，要求地址證明的地方傳地址證明。

## document_invalid

reason-document_invalid = 過期、未簽名或損壞
reason-document_invalid-about = 證件本身不被接受：已過期、未簽名、有損壞，或大頭照不清楚。OKX 要求證件有效且完好無損。
reason-document_invalid-step-1 = 檢查有效期限。盡量用離到期還有一段時間的證件：有些驗證服務會拒絕一個月內到期的證件。
reason-document_invalid-step-2 = 如果護照的簽名欄是空白的，先簽名再拍照。
reason-document_invalid-step-3 = 確認大頭照和出生日期都有，而且清楚可見。
reason-document_invalid-step-4 = 如果證件有裂痕、磨損、打孔或缺角，請改用其他有效證件，或去換發新證件。
reason-document_invalid-step-5 = 如果 OKX 要求你所在國家的用戶使用新版護照，請先換發護照。

## data_mismatch

reason-data_mismatch = 填寫資料與證件不符
reason-data_mismatch-about = 你在表單中填寫的資料（姓名、出生日期、證件號碼、國籍）和證件上的不一致。
reason-data_mismatch-step-1 = 把你填寫的每一欄和證件逐一對照。
reason-data_mismatch-step-2 = 姓名要和證件上印的完全一樣：拼法相同、順序相同、包含中間名；不要用暱稱，也不要自己音譯。
reason-data_mismatch-step-3 = 如果表單有當地語言的姓名欄，請用和證件上相同的文字填寫。
reason-data_mismatch-step-4 = 出生日期：檢查日和月有沒有顛倒。
reason-data_mismatch-step-5 = 證件號碼：填寫完整，不要加空格；不要把英文字母 O 和數字 0、字母 I 和數字 1 搞混。
reason-data_mismatch-step-6 = 如果你有兩個國籍，請選擇你上傳的那份證件的國籍。
reason-data_mismatch-step-7 = 居住國家：填你實際居住的國家。
reason-data_mismatch-step-8 = 如果已經無法修改資料，請聯絡 OKX 客服協助更正。

## selfie_failed

reason-selfie_failed = 自拍或臉部驗證失敗
reason-selfie_failed-about = 臉部掃描沒有完成，或臉部不夠清楚。OKX 要求整張臉都在橢圓框內、光線充足、手機不要晃動。
reason-selfie_failed-step-1 = 面向光源：背後不要有窗戶或燈。
reason-selfie_failed-step-2 = 拿掉帽子、口罩或墨鏡，別讓頭髮遮住臉。
reason-selfie_failed-step-3 = 手機舉到與眼睛同高，讓臉在橢圓框內。
reason-selfie_failed-step-4 = 保持穩定，App 提示時再慢慢轉動頭部。
reason-selfie_failed-step-5 = 允許相機權限、把 OKX App 更新到最新版，並關掉其他 App；如果還是失敗，換一支手機試試。
reason-selfie_failed-step-6 = 必須本人完成：只有帳戶持有人才能做臉部驗證。

## face_mismatch

reason-face_mismatch = 臉部與證件照不符
reason-face_mismatch-about = 自拍中的臉和證件上的大頭照比對不符。
reason-face_mismatch-step-1 = 只有帳戶持有人本人才能拍自拍。
reason-face_mismatch-step-2 = 使用你最新的證件，讓大頭照更像現在的你。
reason-face_mismatch-step-3 = 確認證件照片中的大頭照清楚、沒有反光。
reason-face_mismatch-step-4 = 保持自然表情，不戴眼鏡、不戴帽子。
reason-face_mismatch-step-5 = 如果還是失敗，請聯絡 OKX 客服：有些驗證服務會把臉部不符視為最終結果。

## duplicate_identity

reason-duplicate_identity = 證件已被驗證
reason-duplicate_identity-about = 這個身分已經在另一個 OKX 帳戶完成驗證。OKX 規定每人只能有一個帳戶，所以重新提交也沒有用。
reason-duplicate_identity-step-1 = OKX 規定每人只能有一個帳戶，而你的身分已經綁定在另一個帳戶上。
reason-duplicate_identity-step-2 = 登入那個帳戶，或透過 OKX 的帳戶找回功能把它找回來。
reason-duplicate_identity-step-3 = 如果你不知道那個帳戶（可能有人冒用了你的證件），請提供你的 UID 聯絡 OKX 客服。
reason-duplicate_identity-step-4 = 絕對不要使用別人的證件，也絕對不要把自己的證件借給別人。

## not_eligible

reason-not_eligible = 地區或資格限制
reason-not_eligible-about = OKX 無法為這個帳戶驗證你的身分，例如因為你的居住地。重新提交也改變不了結果。
reason-not_eligible-step-1 = 閱讀 OKX 服務條款第 2.2 節，確認為你的居住國家提供服務的是哪一個 OKX 實體。
reason-not_eligible-step-2 = 能不能使用取決於你住在哪裡，而不只是你的國籍。
reason-not_eligible-step-3 = 不要使用 VPN，也不要填寫不實的居住地。
reason-not_eligible-step-4 = 如果你認為是誤判（例如你已經搬家），請提供你的 UID 和居住證明聯絡 OKX 客服，不要一直重新提交。

## address_proof

reason-address_proof = 地址證明
reason-address_proof-about = 地址證明沒有被接受。上面必須有你的姓名和目前的地址，而且要和你在表單中填寫的地址相同。
reason-address_proof-step-1 = 使用有你姓名和目前居住地址的文件。
reason-address_proof-step-2 = 地址必須和你在表單中填寫的完全一致。
reason-address_proof-step-3 = 使用近期的文件：在 OKX 有規定期限的地方（例如沙烏地阿拉伯），必須是最近 3 個月內開立的。
reason-address_proof-step-4 = 傳正本的照片（整頁、四個角都要拍到），或原始開立的 PDF；不要截圖。
reason-address_proof-step-5 = 不要使用郵政信箱（P.O. Box）地址。

## unknown

reason-unknown = 沒有顯示原因
reason-unknown-about = OKX 沒有顯示原因給你。原因通常寫在 OKX 寄給你的電子郵件或簡訊裡，並附有重新提交的連結。
reason-unknown-step-1 = 查看 OKX 寄來的驗證相關電子郵件或簡訊：裡面會寫明原因，並附有重新提交的連結。
reason-unknown-step-2 = 打開 OKX App 的驗證頁面，在那裡找原因。
reason-unknown-step-3 = 如果都找不到，就依序排查常見原因：截圖、影本或黑白照片；四個角沒拍到；模糊；反光；有效期限；你填寫的資料；自拍。
reason-unknown-step-4 = 把你的證件照片和自拍傳給這個機器人檢查。
reason-unknown-step-5 = 如果還是不清楚，或 24 小時後仍沒有結果，請聯絡 OKX 客服。
reason-invalid-expiry = 有效期限無效
