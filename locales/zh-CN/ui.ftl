# 对话本身的文字。见 locales/README.md。纯文本：不用 HTML 或 Markdown。
app-name = KYC Doctor

## 主菜单
menu-welcome =
    你好！我是 KYC Doctor 🩺，帮你解决 OKX 身份认证被拒的问题。

    告诉我 OKX 显示的拒绝原因，再把你准备提交的证件照片和自拍发给我。我会帮你检查，并在你重新提交前给出一份按顺序排好的修改清单。

    我是独立工具，不是 OKX 官方。我绝不会索要密码、2FA 验证码或助记词。
menu-again = 接下来想做什么？
btn-check = 🩺 解决认证问题
btn-faq = ❓ 常见问题
btn-scam = ⚠️ 谨防诈骗
btn-language = 🌐 语言
btn-privacy = 🔒 隐私
btn-menu = ☰ 菜单
btn-back = ← 返回
btn-continue = ↩ 继续
btn-more-questions = ❓ 更多问题
btn-no-reason = 没有显示原因
btn-skip = 跳过这张照片
btn-keep-photo = 保留这张照片，继续
btn-retake-front = 🔄 正面
btn-retake-passport = 🔄 照片页
btn-retake-back = 🔄 背面
btn-retake-selfie = 🔄 自拍
btn-expiry = 📅 检查有效期
btn-next-steps = ➡ 下一步

## 拒绝原因
ask-family = OKX 的拒绝页面上写的是什么？请选择页面显示的分组；如果 OKX 说无法在你居住的地方为你提供服务，请选“地区或资格”。
family-data_mismatch = 信息不一致
family-image_quality = 证件照片无效
family-face_capture = 人脸识别
family-document = 所需证件
family-account = 地区或资格
ask-reason = { $family }：具体是哪个原因？
reason-final-note = ⛔ 重新提交也不会改变这个结果。你可以这样做：

## 证件和照片
ask-document = 你要提交哪种证件？
doc-passport = 护照
doc-id_card = 身份证
doc-driver_license = 驾照
doc-residence_permit = 居留许可
slot-front = 证件正面
slot-passport = 护照照片页
slot-back = 证件背面
slot-selfie = 自拍
ask-photo-passport =
    📷 请发送护照个人信息页的照片，就是你准备提交的那张。

    小提示：以文件方式发送（📎 → 文件），我就能看到原图画质。
ask-photo-front =
    📷 请发送证件正面的照片，就是你准备提交的那张。

    小提示：以文件方式发送（📎 → 文件），我就能看到原图画质。
ask-photo-back = 📷 现在请发送证件背面。
ask-selfie = 🤳 现在请发一张自拍：正脸对着镜头，光线充足，就像你要在 OKX 上拍的那样。
ask-selfie-optional = 🤳 如果也想检查自拍，现在请发一张：正脸对着镜头，光线充足。也可以跳过。
ask-expiry = 📅 请输入证件上印的有效期截止日期，例如 2027-03-15 或 2027年3月15日（写着“长期”也可以直接输入）。
photo-ok = ✅ { $slot }：没问题。
photo-warn = ⚠️ { $slot }：也许能通过，但还可以更好：
photo-fail = ❌ { $slot }：需要重拍：
photo-same-again = 🔁 这张和之前没通过的是同一张照片。请重新拍一张。
photo-retake-hint = 发一张新照片替换它，或者保留这张。
photo-not-expected = 我现在不需要照片。
photo-checking = 🔍 正在检查你的照片…
photo-queued = ⏳ 现在检查的照片比较多，你的照片正在排队。
photo-too-small-compressed = 这张照片被 Telegram 压缩得很厉害。为了检查准确，请以文件方式发送（📎 → 文件）。
hint-waiting-photo = 我在等一张照片：{ $slot }。

## 检查结果
summary-title = 🩺 你的检查结果
summary-slot-ok = ✅ { $slot }：合格
summary-slot-warn = ⚠️ { $slot }：还可以更好
summary-slot-fail = ❌ { $slot }：请重拍
summary-slot-skipped = ➖ { $slot }：未检查
summary-checklist-title = 你的修改清单（按顺序）：

## 常见问题和其他页面
faq-menu-title = ❓ 选一个问题，或者直接输入你的问题。
faq-no-match = 这个问题我暂时答不上来。下面这些问题我可以回答：
faq-did-you-mean = 我不确定是否理解了你的意思。你是想问下面哪一个？
smalltalk-greeting = 你好！👋 告诉我 OKX 对你的认证说了什么，或者直接输入你的问题。
smalltalk-thanks = 不客气！祝你认证顺利。🍀
smalltalk-ack = 👍 需要时随时找我：发一张照片或输入问题。
smalltalk-bye = 再见，祝你好运！想再次检查时输入 /start 即可。
language-choose = 🌐 请选择语言：
language-set = ✅ 从现在起我会用简体中文和你交流。
help-text =
    我会检查你准备提交给 OKX 身份认证的照片，并告诉你哪里需要修改。

    /check — 开始：原因 → 照片 → 清单
    /faq — 常见问题（也可以直接输入问题）
    /language — 切换语言
    /privacy — 我保存什么、保存多久
    /forget — 删除我保存的关于你的所有内容
    /cancel — 停止并返回菜单
privacy-text =
    🔒 隐私

    • 你的照片只在内存中检查，检查完立即丢弃，绝不会存到硬盘或写进日志。
    • 我从你证件机读区读取的内容（姓名、日期、证件号码）只在那条回复中向你显示一次，绝不保存，也不写入日志。
    • 我保存的关于你的内容：对话进行到哪一步、你的语言、你选的原因、证件类型、每次检查的问题代码（附测得的数值和在图片上的位置），以及每张图片的一个 64 位哈希值——由图片算出的一个短数字，用来发现同一张图片被发送了两次，无法用它还原图片。不保存照片、姓名或证件数据。
    • 保存多久：使用默认存储（SQLite）时，保存到你发送 /forget 为止。如果机器人使用 Redis，数据还会在一段时间无活动后自动删除（REDIS_TTL_SECS，默认 7 天）。/forget 会一次性删除全部内容。
    • 我不是 OKX，看不到也无法更改你的账户。我绝不会索要密码、2FA 验证码或助记词，凡是索要这些的都是骗子。
    • 我只在私聊中工作；在群组里我不会查看照片。
forget-done = 🗑 已完成：我保存的关于你的所有内容都已删除。发送 /start 可以重新开始。
cancel-done = 好的，已停止。

## 我无法处理的内容
media-sticker = 表情包很可爱！不过我需要的是证件照片或自拍，或者用文字输入的问题。
media-voice = 我听不了语音消息，请用文字输入你的问题。
media-video = 我无法检查视频，请发送照片。
media-private-data = 请不要给我发位置或联系人，我用不到这些。
media-not-image = 这个文件不是图片。请发送 JPEG 或 PNG 格式的照片。
media-other = 我无法处理这类消息。

## Telegram
group-private-only = 🔒 为了保护你的证件隐私，我只在私聊中工作。请直接私信我。
error-apology = 😔 抱歉，我这边出了点问题。你的进度已保存，请再试一次。
rate-limited = ⏳ 请稍微慢一点，过几秒再试。
session-restarted = ♻️ 我刚更新过，不得不重新开始我们的对话。抱歉！我们重新开始吧。
cmd-start = 重新开始
cmd-help = 我是怎么工作的
cmd-check = 检查我的照片
cmd-faq = 常见问题
cmd-language = 切换语言
cmd-privacy = 我保存哪些内容
cmd-forget = 删除我的数据
cmd-cancel = 停止并返回菜单
edit-not-seen = 我只读取新消息，不读取编辑过的消息。请把它作为新消息再发一次。
album-received =
    { $count ->
        [1] 📚 我检查了你相册里的这张照片：
       *[other] 📚 我按顺序检查了你相册里的 { $count } 张照片：
    }
photo-forwarded = ↪️ 这张照片是转发的。提交给 OKX 时，请使用相机拍摄的原始照片，不要用转发的副本。

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 我看不出这张照片拍的是什么。这是你的证件还是自拍？
btn-photo-is-id = 🪪 我的证件
btn-photo-is-selfie = 🤳 自拍

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot }看起来是截图或翻拍的屏幕。OKX 不接受任何截图：请用相机拍摄证件原件。
photo-same-as-other-side = 🔁 这张和{ $other }是同一张图片。请发送{ $slot }的照片。
btn-invalid-selfie = 自拍无效

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ 证件长期有效
btn-skip-date = 跳过这一步
