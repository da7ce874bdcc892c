# 最終清單的固定部分、有效期限檢查和下一步。
# 請見 locales/README.md 和 src/content/checklist.rs（它會依序組合這些內容）。

## 清單各部分的標題

checklist-title = 重新提交前的檢查清單
checklist-title-final = 不用重新提交，改做這些
checklist-section-reason = 解決 OKX 給的原因
checklist-section-photos = 修正我在照片中發現的問題
checklist-section-data = 核對你填寫的資料
checklist-section-resubmit = 然後重新提交
checklist-section-instead = 改做這些

## 資料核對：每一欄填寫的內容都要和證件完全相同

checklist-data-1 = 姓名：和證件上印的完全一樣，拼法和順序都相同，並依表單要求使用相同的文字（拉丁字母或當地文字）。
checklist-data-2 = 出生日期：和證件上的日期相同；檢查日和月有沒有顛倒。
checklist-data-3 = 有效期限：證件不能過期；確認提交當天證件仍然有效。
checklist-data-4 = 地址：你目前的居住地址；如果要求提供地址證明，寫法要和地址證明上的一致。
checklist-data-5 = 國籍和證件號碼：國籍要和你上傳的證件相同，號碼要填寫完整、不加空格。

## 重新提交的順序（可以自己解決的原因）

checklist-resubmit-1 = 先把清單上的問題全部改好，再重新提交。把同樣的照片再傳一次，結果很少會不一樣。
checklist-resubmit-2 = 整個驗證過程都使用同一支手機和同一個網路，審核期間不要開關 VPN。
checklist-resubmit-3 = 透過 OKX 電子郵件中的連結或 App 的驗證頁面重新提交一次，然後等待結果。
checklist-resubmit-4 = 如果帳戶顯示需要等待一段時間才能再試，請等時間到。OKX 沒有公布固定的重試次數限制或等待時間。

## 不要重新提交（最終結果：身分重複、不符資格）

checklist-final-1 = 不要重新提交：不論傳同樣的照片還是新照片，都不會改變這個決定。
checklist-final-2 = 只透過 OKX App 或 okx.com 聯絡 OKX 客服，並提供你的 UID。
checklist-final-3 = OKX 的人員絕不會為了「解鎖」驗證而跟你要密碼、2FA 驗證碼、助記詞或任何款項。

## 有效期限檢查（$date 是讀到的日期，格式為 YYYY-MM-DD）

expiry-read-as = 我把這個日期讀成 { $date }。
expiry-expired = 這份證件已經過期。OKX 不接受過期證件：請改用其他有效證件，或換發這份證件。
expiry-soon = 這份證件將在一個月內到期。它也許還能通過，但有些驗證服務會拒絕這麼快就到期的證件：如果你有其他有效證件，請改用。
expiry-fine = 日期本身沒問題：證件還有一個多月才到期。如果 OKX 提示「有效期限無效」，請檢查照片裡的日期是否清晰、沒有反光，並且填寫得和證件上完全一致。
expiry-unreadable = 我讀不出這個日期。請照證件上的寫法輸入，例如 2027-03-15、2027年3月15日或民國116年3月15日。

## 下一步

next-register = 還沒有 OKX 帳戶嗎？請只透過官方 OKX App 或 okx.com 註冊；不要點陌生人或聊天群組裡傳的連結。
next-complete-kyc = 如何驗證：網頁版點選頭像 →「Verification」（身分驗證）→「Individual account」（個人帳戶）；App 進入「User Center」（用戶中心）→「Profile and Settings」（個人資料與設定）→「Identity verification」（身分驗證）。中文介面上的名稱可能略有不同。準備好有效證件，在光線充足、背景單純的地方拍照，並照證件上的寫法準確填寫資料。如果沒通過，請在 OKX 的電子郵件或 App 中查看原因，改好後先在這裡檢查照片，再重新提交。
next-help-centre = 這個機器人回答不了的問題，請查看 OKX 幫助中心（okx.com/help），或在 OKX App 中聯絡客服。一切以 OKX 官方文件為準：這個機器人只是獨立的輔助工具，資訊可能已經過時。
next-terms-link = OKX 服務條款第 2.2 節（OKX 不提供服務的地區）：https://www.okx.com/help-center/360021813691
expiry-none = 沒有有效期限的證件不會過期，這裡沒有需要改的。OKX 沒有公布針對這類證件的規定：如果表單一定要填日期，請詢問 OKX 客服。
