# 對話本身的文字。請見 locales/README.md。純文字：不用 HTML 或 Markdown。
app-name = KYC Doctor

## 主選單
menu-welcome =
    嗨！我是 KYC Doctor 🩺，幫你解決 OKX 身分驗證被拒的問題。

    告訴我 OKX 顯示的拒絕原因，再把你打算上傳的證件照片和自拍傳給我。我會幫你檢查，並在你重新提交前給你一份照順序排好的修正清單。

    我是獨立的工具，不是 OKX 官方。我絕對不會跟你要密碼、2FA 驗證碼或助記詞。
menu-again = 接下來想做什麼？
btn-check = 🩺 解決驗證問題
btn-faq = ❓ 常見問題
btn-scam = ⚠️ 小心詐騙
btn-language = 🌐 語言
btn-privacy = 🔒 隱私
btn-menu = ☰ 選單
btn-back = ← 返回
btn-continue = ↩ 繼續
btn-more-questions = ❓ 更多問題
btn-no-reason = 沒有顯示原因
btn-skip = 跳過這張照片
btn-keep-photo = 保留這張照片，繼續
btn-retake-front = 🔄 正面
btn-retake-passport = 🔄 照片頁
btn-retake-back = 🔄 背面
btn-retake-selfie = 🔄 自拍
btn-expiry = 📅 檢查有效期限
btn-next-steps = ➡ 下一步

## 拒絕原因
ask-family = OKX 的拒絕頁面上寫的是什麼？請選擇頁面顯示的分組；如果 OKX 說無法在你居住的地方為你提供服務，請選「地區或資格」。
family-data_mismatch = 資料不符
family-image_quality = 證件照片無效
family-face_capture = 人臉辨識
family-document = 所需證件
family-account = 地區或資格
ask-reason = { $family }：具體是哪個原因？
reason-final-note = ⛔ 重新提交也不會改變這個結果。你可以改成這樣做：

## 證件和照片
ask-document = 你要提交哪一種證件？
doc-passport = 護照
doc-id_card = 身分證
doc-driver_license = 駕照
doc-residence_permit = 居留證
slot-front = 證件正面
slot-passport = 護照照片頁
slot-back = 證件背面
slot-selfie = 自拍
ask-photo-passport =
    📷 請傳送護照個人資料頁的照片，也就是你打算上傳的那張。

    小提醒：用檔案方式傳送（📎 → 檔案），我才能看到原始畫質。
ask-photo-front =
    📷 請傳送證件正面的照片，也就是你打算上傳的那張。

    小提醒：用檔案方式傳送（📎 → 檔案），我才能看到原始畫質。
ask-photo-back = 📷 接著請傳證件背面。
ask-selfie = 🤳 接著請傳一張自拍：臉正對鏡頭、光線充足，就像你要在 OKX 拍的那樣。
ask-selfie-optional = 🤳 如果也想檢查自拍，現在請傳一張：臉正對鏡頭、光線充足。也可以跳過。
ask-expiry = 📅 請輸入證件上印的有效期限，例如 2027-03-15、2027年3月15日或民國116年3月15日。
photo-ok = ✅ { $slot }：沒問題。
photo-warn = ⚠️ { $slot }：也許能通過，但還可以更好：
photo-fail = ❌ { $slot }：需要重拍：
photo-same-again = 🔁 這張和之前沒通過的是同一張照片。請重新拍一張。
photo-retake-hint = 傳一張新照片來取代它，或保留這張。
photo-not-expected = 我現在沒有在等照片。
photo-checking = 🔍 正在檢查你的照片…
photo-queued = ⏳ 目前檢查的照片比較多，你的照片正在排隊。
photo-too-small-compressed = 這張照片被 Telegram 壓縮得很嚴重。為了檢查準確，請用檔案方式傳送（📎 → 檔案）。
hint-waiting-photo = 我正在等一張照片：{ $slot }。

## 檢查結果
summary-title = 🩺 你的檢查結果
summary-slot-ok = ✅ { $slot }：合格
summary-slot-warn = ⚠️ { $slot }：還可以更好
summary-slot-fail = ❌ { $slot }：請重拍
summary-slot-skipped = ➖ { $slot }：未檢查
summary-checklist-title = 你的修正清單（依序）：

## 常見問題和其他畫面
faq-menu-title = ❓ 選一個問題，或直接輸入你的問題。
faq-no-match = 這個問題我沒辦法回答。以下是我可以回答的問題：
faq-did-you-mean = 我不確定是否理解你的意思。你是想問下面哪一個？
smalltalk-greeting = 你好！👋 告訴我 OKX 對你的驗證說了什麼，或直接輸入你的問題。
smalltalk-thanks = 不客氣！祝你驗證順利。🍀
smalltalk-ack = 👍 需要時隨時找我：傳一張照片或輸入問題。
smalltalk-bye = 再見，祝你好運！想再檢查時輸入 /start 即可。
language-choose = 🌐 請選擇語言：
language-set = ✅ 從現在起我會用繁體中文跟你溝通。
help-text =
    我會檢查你打算上傳到 OKX 身分驗證的照片，並告訴你哪裡需要修正。

    /check — 開始：原因 → 照片 → 清單
    /faq — 常見問題（也可以直接輸入問題）
    /language — 切換語言
    /privacy — 我保存什麼、保存多久
    /forget — 刪除我保存的所有關於你的資料
    /cancel — 停止並回到選單
privacy-text =
    🔒 隱私

    • 你的照片只在記憶體中檢查，檢查完立刻丟棄，絕不會存到硬碟或寫進日誌。
    • 我從你證件機讀區讀取的內容（姓名、日期、證件號碼）只在那則回覆中向你顯示一次，絕不保存，也不寫入日誌。
    • 我保存的關於你的內容：對話進行到哪一步、你的語言、你選的原因、證件類型、每次檢查的問題代碼（附測得的數值和在圖片上的位置），以及每張圖片的一個 64 位元雜湊值——由圖片算出的一個短數字，用來發現同一張圖片被傳送了兩次，無法用它還原圖片。不保存照片、姓名或證件資料。
    • 保存多久：使用預設儲存（SQLite）時，保存到你傳送 /forget 為止。如果機器人使用 Redis，資料還會在一段時間沒有活動後自動刪除（REDIS_TTL_SECS，預設 7 天）。/forget 會一次刪除所有資料。
    • 我不是 OKX，看不到也無法更改你的帳戶。我絕對不會跟你要密碼、2FA 驗證碼或助記詞，會跟你要這些的都是詐騙。
    • 我只在私人聊天中運作；在群組裡我不會查看照片。
forget-done = 🗑 完成：我保存的所有關於你的資料都已刪除。傳送 /start 即可重新開始。
cancel-done = 好的，已停止。

## 我無法處理的內容
media-sticker = 貼圖很可愛！不過我需要的是證件照片或自拍，或是用文字輸入的問題。
media-voice = 我聽不了語音訊息，請用文字輸入你的問題。
media-video = 我沒辦法檢查影片，請傳送照片。
media-private-data = 請不要傳位置或聯絡人給我，我用不到這些。
media-not-image = 這個檔案不是圖片。請傳送 JPEG 或 PNG 格式的照片。
media-other = 我沒辦法處理這類訊息。

## Telegram
group-private-only = 🔒 為了保護你的證件隱私，我只在私人聊天中運作。請直接私訊我。
error-apology = 😔 抱歉，我這邊出了點問題。你的進度已保存，請再試一次。
rate-limited = ⏳ 請稍微慢一點，幾秒後再試。
session-restarted = ♻️ 我剛更新過，只好重新開始我們的對話。抱歉！我們重新開始吧。
cmd-start = 重新開始
cmd-help = 我怎麼運作
cmd-check = 檢查我的照片
cmd-faq = 常見問題
cmd-language = 切換語言
cmd-privacy = 我保存哪些資料
cmd-forget = 刪除我的資料
cmd-cancel = 停止並回到選單
edit-not-seen = 我只讀取新訊息，不讀取編輯過的訊息。請用新訊息再傳一次。
album-received =
    { $count ->
        [1] 📚 我檢查了你相簿裡的這張照片：
       *[other] 📚 我依序檢查了你相簿裡的 { $count } 張照片：
    }
photo-forwarded = ↪️ 這張照片是轉傳的。提交給 OKX 時，請使用相機拍攝的原始照片，不要用轉傳的副本。

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 我看不出這張照片拍的是什麼。這是你的證件還是自拍？
btn-photo-is-id = 🪪 我的證件
btn-photo-is-selfie = 🤳 自拍

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot }看起來是截圖或翻拍的螢幕。OKX 不接受任何截圖：請用相機拍攝證件正本。
photo-same-as-other-side = 🔁 這張和{ $other }是同一張圖片。請傳送{ $slot }的照片。
btn-invalid-selfie = 自拍無效

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ 證件長期有效
btn-skip-date = 跳過這一步
