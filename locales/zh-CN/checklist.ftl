# 最终清单的固定部分、有效期检查和下一步。
# 见 locales/README.md 和 src/content/checklist.rs（它按顺序组合这些内容）。

## 清单的各部分标题

checklist-title = 重新提交前的检查清单
checklist-title-final = 不用重新提交，改做这些
checklist-section-reason = 解决 OKX 给出的原因
checklist-section-photos = 修正我在照片中发现的问题
checklist-section-data = 核对你填写的信息
checklist-section-resubmit = 然后重新提交
checklist-section-instead = 改做这些

## 信息核对：每一项填写的内容都要和证件完全一致

checklist-data-1 = 姓名：与证件上印的完全一致，拼写和顺序都相同，并按表单要求使用相同的文字（拉丁字母或本地文字）。
checklist-data-2 = 出生日期：与证件上的日期相同；检查日和月有没有颠倒。
checklist-data-3 = 有效期：证件不能过期；确认提交当天证件仍然有效。
checklist-data-4 = 地址：你当前的居住地址；如果要求提供地址证明，写法要和地址证明上的一致。
checklist-data-5 = 国籍和证件号码：国籍要与你上传的证件一致，号码要填写完整，不加空格。

## 重新提交的顺序（可以自己解决的原因）

checklist-resubmit-1 = 先把清单上的所有问题都改好，再重新提交。把同样的照片再发一次，结果很少会不同。
checklist-resubmit-2 = 整个认证过程使用同一部手机和同一个网络，审核期间不要开关 VPN。
checklist-resubmit-3 = 通过 OKX 邮件里的链接或 App 里的认证页面重新提交一次，然后等待结果。
checklist-resubmit-4 = 如果账户显示需要等待一段时间才能重试，请等到时间结束。OKX 没有公布固定的重试次数限制或等待时间。

## 不要重新提交（最终结果：身份重复、不符合资格）

checklist-final-1 = 不要重新提交：无论发同样的照片还是新照片，都不会改变这个决定。
checklist-final-2 = 只通过 OKX App 或 okx.com 联系 OKX 客服，并提供你的 UID。
checklist-final-3 = OKX 的工作人员绝不会为了“解锁”认证向你索要密码、2FA 验证码、助记词或任何付款。

## 有效期检查（$date 是识别出的日期，格式为 YYYY-MM-DD）

expiry-read-as = 我把这个日期识别为 { $date }。
expiry-expired = 这份证件已经过期。OKX 不接受过期证件：请换用其他有效证件，或者换发这份证件。
expiry-soon = 这份证件将在一个月内到期。它也许还能通过，但有些认证服务会拒绝这么快就到期的证件：如果你有其他有效证件，请换用。
expiry-fine = 日期本身没问题：证件还有一个多月才到期。如果 OKX 提示“有效期无效”，请检查照片里的日期是否清晰、没有反光，并且填写得和证件上完全一致。
expiry-unreadable = 我没能识别这个日期。请按证件上的写法输入，例如 2027-03-15、2027年3月15日或 15.03.2027。

## 下一步

next-register = 还没有 OKX 账户？请只通过官方 OKX App 或 okx.com 注册；不要点陌生人或聊天群里发的链接。
next-complete-kyc = 如何认证：网页端点击头像 →“Verification”（身份认证）→“Individual account”（个人账户）；App 里进入“User Center”（用户中心）→“Profile and Settings”（个人资料与设置）→“Identity verification”（身份认证）。中文界面上的名称可能略有不同。准备好有效证件，在光线充足、背景单一的地方拍照，并按证件上的写法准确填写信息。如果没通过，请在 OKX 的邮件或 App 里查看原因，改好后先在这里检查照片，再重新提交。
next-help-centre = 这个机器人回答不了的问题，请查看 OKX 帮助中心（okx.com/help），或在 OKX App 里联系客服。一切以 OKX 官方文档为准：这个机器人只是独立的辅助工具，信息可能已经过时。
next-terms-link = OKX 服务条款第 2.2 节（OKX 不提供服务的地区）：https://www.okx.com/help-center/360021813691
expiry-none = 没有有效期的证件不会过期，这里没有需要改的。OKX 没有公布针对这类证件的规定：如果表单一定要填日期，请询问 OKX 客服。
