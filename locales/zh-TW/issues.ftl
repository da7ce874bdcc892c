# 照片檢查發現的問題：每個問題代碼的簡稱和一條修正步驟、問題在證件上的位置，
# 以及檔案完全無法讀取的原因。請見 locales/README.md。

## 證件照片問題：issue-<code>（簡稱），issue-<code>-fix（證件照片的一條修正步驟）

issue-blurry = 模糊
issue-blurry-fix = 照片模糊：把鏡頭擦乾淨，在螢幕上點一下證件來對焦，拍的時候手機保持不動。
issue-glare = 反光
# $where 是下面的某個 region-* 詞組，例如「右上角」。
issue-glare-fix = 證件的{ $where }被亮點擋住了：關掉閃光燈，稍微傾斜證件，直到反光消失。
issue-too_dark = 太暗
issue-too_dark-fix = 照片太暗：換到明亮、均勻的光線下，例如靠近窗戶的地方。不要用閃光燈。
issue-too_bright = 太亮
issue-too_bright-fix = 照片過曝泛白：避開直射的光線，關掉 HDR，並在螢幕上點一下證件來調整曝光。
issue-cut_off = 不完整
issue-cut_off-fix = 證件有一部分在照片外面：往後退一點，直到四個角都看得到，四周留一點空白。
issue-too_small = 證件太小
issue-too_small-fix = 證件在照片中佔的比例太小：靠近一點，讓證件佔滿畫面的大部分，同時四個角仍然都看得到。
issue-low_resolution = 解析度太低
issue-low_resolution-fix = 照片的像素太低，看不清楚文字：用主鏡頭拍、不要變焦，並傳送原始照片，不要傳壓縮過的副本。
issue-tilted = 歪斜
issue-tilted-fix = 證件是斜著拍的：把證件平放，手機拿在正上方，與證件保持平行。
issue-grayscale = 黑白照片
issue-grayscale-fix = 照片是黑白的：OKX 要求彩色照片。關掉所有濾鏡，用彩色拍攝證件正本。
issue-screen_photo = 截圖或翻拍螢幕
issue-screen_photo-fix = 這看起來像截圖或翻拍的螢幕：請用手機相機直接拍實體證件本身。
issue-no_document = 找不到證件
issue-no_document-fix = 我在照片中找不到證件：把證件放在顏色對比明顯的素色平面上，讓它佔滿畫面的大部分。
issue-mrz_unreadable = 機讀區無法辨識
issue-mrz_unreadable-fix = 驗證系統會讀取證件底部帶有 ‹‹‹ 的幾行字元（機讀區），而我無法讀出它們：整條機讀區必須完整出現在照片中，清晰且沒有反光。請靠近一些，拿穩手機，並稍微傾斜證件以避開燈光反射。
issue-document_uncertain = 證件邊緣不清楚
issue-document_uncertain-fix = 我看不清楚證件的邊緣，因此沒有判斷它是否被裁切、太小或傾斜：請把證件放在顏色較深的素色平面上，再重新拍照。

## 自拍問題

issue-no_face = 找不到臉
issue-no_face-fix = 我找不到臉：請直視鏡頭、面向光源，讓整張臉都在畫面內。
issue-multiple_faces = 多張臉
issue-multiple_faces-fix = 畫面中不只一張臉：請一個人拍自拍，背後不要有人。
issue-face_too_small = 臉離太遠
issue-face_too_small-fix = 你的臉離太遠了：把手機拿近一點、與眼睛同高，讓臉填滿橢圓框。
issue-face_cut_off = 臉部不完整
issue-face_cut_off-fix = 你的臉有一部分在畫面外：讓整個頭部，從下巴到頭髮，都在畫面內。
issue-face_off_center = 臉沒有置中
issue-face_off_center-fix = 你的臉離畫面中心太遠：把手機拿在正前方，讓臉保持在畫面中間。
issue-backlit = 背光
issue-backlit-fix = 背景比你的臉亮很多：轉個方向，面對窗戶或燈，而不是背對著它。
issue-uneven_light = 光線不均勻
issue-uneven_light-fix = 臉的一側暗很多：正對著光源，讓臉的兩側光線均勻。

## 同時適用於兩種照片的問題代碼的自拍版本

issue-selfie-blurry-fix = 自拍模糊：把前鏡頭擦乾淨，手機穩穩地拿在與眼睛同高的位置，動作放慢。
issue-selfie-too_dark-fix = 自拍太暗：換到明亮的地方，面向光源。
issue-selfie-too_bright-fix = 自拍過曝泛白：避開陽光直射或強烈的燈光，使用柔和、均勻的光線。
issue-selfie-grayscale-fix = 自拍是黑白的：關掉相機的所有濾鏡或色彩效果。
issue-selfie-low_resolution-fix = 自拍的像素太低：直接用手機相機拍，並傳送原始照片，不要傳壓縮過的副本。

## 問題在證件上的位置（用作上面的 { $where }）

region-top_left = 左上角
region-top = 上緣
region-top_right = 右上角
region-left = 左緣
region-center = 中間部分
region-right = 右緣
region-bottom_left = 左下角
region-bottom = 下緣
region-bottom_right = 右下角
# 檢查器無法判斷位置時。
region-unknown = 一部分

## 完全無法分析的檔案（docs/contracts.md 的輸入錯誤代碼）

input-error-not_found = 我找不到這個檔案。請檢查路徑後再試一次。
input-error-unsupported_format = 我無法讀取這種圖片格式（例如 iPhone 拍的 HEIC 照片）。請在 Telegram 用一般照片的方式傳送，或存成 JPEG：在 iPhone 上打開 設定 → 相機 → 格式 → 最相容。
input-error-corrupt = 我無法讀取這張圖片：檔案似乎已損壞或不完整。請重新拍一張再傳送。
input-error-too_large = 這個檔案太大，我沒辦法檢查。請改用一般照片的方式傳送，不要用檔案，或傳一張比較小的圖片。
input-error-too_many_pixels = 這張圖片的像素太多，超出我能檢查的範圍。請用一般照片的方式傳送（Telegram 會自動縮小），或調低相機的解析度。

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 您的證件上寫著（從機讀區讀取，僅您可見，不會保存）：
mrz-block-surname = 姓: { $value }
mrz-block-given = 名: { $value }
mrz-block-birth = 出生日期: { $value }
mrz-block-expiry = 有效期限: { $value }
mrz-block-nationality = 國籍: { $value }
mrz-block-number = 證件號碼: { $value }
mrz-block-advice = 請在 OKX 表單中完全依照證件上的印刷內容填寫。姓名沒有檢查碼，請對照證件核對拼寫。
