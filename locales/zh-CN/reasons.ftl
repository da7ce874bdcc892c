# 拒绝原因：按钮文字、OKX 的含义、按顺序排列的修改步骤。
# 见 locales/README.md。事实只来自 docs/kyc-knowledge.md。
# 标签是按钮：保持简短。

## photo_blurry

reason-photo_blurry = 照片模糊或看不清
reason-photo_blurry-about = 证件照片不够清晰，无法辨认。OKX 要求提交清晰、可辨认的证件照片。
reason-photo_blurry-step-1 = 用软布擦干净摄像头镜头。
reason-photo_blurry-step-2 = 把证件平放，手机与证件保持平行，距离约 15–25 厘米。
reason-photo_blurry-step-3 = 用主后置摄像头拍，不要用数码变焦，并在屏幕上点一下证件来对焦。
reason-photo_blurry-step-4 = 在光线充足的地方拍，按快门时手机保持不动。
reason-photo_blurry-step-5 = 放大检查拍好的照片：每个字符都必须看得清；如果是护照，底部的两行机读码也必须看得清。
reason-photo_blurry-step-6 = 上传相机拍的原图，不要用转发过或压缩过的副本。

## photo_glare

reason-photo_glare = 反光或亮斑
reason-photo_glare-about = 强烈的反光挡住了证件的一部分。OKX 要求照片没有反光，有反光时它的检测就会不通过。
reason-photo_glare-step-1 = 关掉闪光灯。
reason-photo_glare-step-2 = 远离灯光和阳光直射；从侧面照来的柔和自然光效果最好。
reason-photo_glare-step-3 = 把证件从保护套或塑料膜套里拿出来。
reason-photo_glare-step-4 = 稍微倾斜证件，直到文字、头像和防伪全息图上都没有亮斑。
reason-photo_glare-step-5 = 覆膜的卡片最容易反光：从不同角度多拍几张，留下没有反光的那张。

## photo_exposure

reason-photo_exposure = 太暗或太亮
reason-photo_exposure-about = 照片太暗或过曝发白，看不清内容。照片过曝时，OKX 的证件检测会不通过。
reason-photo_exposure-step-1 = 找明亮、均匀的间接光，比如靠近窗户但不被阳光直射的地方。
reason-photo_exposure-step-2 = 不要让强光从证件后面照过来，也别让手机的影子落在证件上。
reason-photo_exposure-step-3 = 照片太暗时不要靠闪光灯补光（会造成反光），换个更亮的地方拍。
reason-photo_exposure-step-4 = 如果照片发白，关掉 HDR、夜景和美颜模式，并在屏幕上点一下证件来调整曝光。

## photo_cut_off

reason-photo_cut_off = 证件不完整或被遮挡
reason-photo_cut_off-about = 证件有一部分在照片外面或被挡住了。OKX 要求四个角都要拍到，证件上不能有任何遮挡，手指也不行。
reason-photo_cut_off-step-1 = 把整张证件放进画面，四周留一点空白，同时让证件占满画面的大部分。
reason-photo_cut_off-step-2 = 确保四个角都能看到：把卡片放在桌上拍，避免手指挡住。
reason-photo_cut_off-step-3 = 用和证件颜色反差明显的纯色背景。
reason-photo_cut_off-step-4 = 拍完后不要裁剪照片。
reason-photo_cut_off-step-5 = 护照：要拍完整的个人信息页，包括底部的两行机读码。

## not_original

reason-not_original = 截图、复印件或修过图
reason-not_original-about = 照片不是证件原件的彩色照片。OKX 不接受截图、复印件、翻拍的照片或修过的图片。
reason-not_original-step-1 = 用手机摄像头直接拍实体证件本身。
reason-not_original-step-2 = 不要发截图、扫描件、复印件、打印件、电子证件，也不要翻拍屏幕。
reason-not_original-step-3 = 发彩色照片，绝对不要黑白的。
reason-not_original-step-4 = 不要修图：不加滤镜、不裁剪、不加贴纸、不打码、不加备注。
reason-not_original-step-5 = 重新拍一张，不要把被拒的那张再上传一次；有些认证服务会标记之前被拒过的图片。

## wrong_document

reason-wrong_document = 证件不对或缺少某一面
reason-wrong_document-about = 证件类型不被接受，或者缺少某一面或某一页。OKX 接受哪些证件取决于你所在的国家。
reason-wrong_document-step-1 = 在认证表单里选择 OKX 为你的国家提供的证件类型；签证、学生证和工作许可都不是身份证件。
reason-wrong_document-step-2 = 证件的签发国必须和你选择的国家一致。
reason-wrong_document-step-3 = 身份证或驾照要分两张照片发正面和背面，不要把同一面发两次。
reason-wrong_document-step-4 = 护照要发带你照片的个人信息页；如果有要求，再发其他重要页面。
reason-wrong_document-step-5 = 每个文件都要传到对应的位置：要求身份证件的地方传身份证件，要求地址证明的地方传地址证明。

## document_invalid

reason-document_invalid = 过期、未签名或损坏
reason-document_invalid-about = 证件本身不被接受：已过期、未签名、有损坏，或者头像不清楚。OKX 要求证件有效且完好无损。
reason-document_invalid-step-1 = 检查有效期。尽量用离到期还有一段时间的证件：有些认证服务会拒绝一个月内到期的证件。
reason-document_invalid-step-2 = 如果护照的签名栏是空的，先签上名再拍照。
reason-document_invalid-step-3 = 确认头像和出生日期都在，而且清晰可见。
reason-document_invalid-step-4 = 如果证件有裂痕、磨损、打孔或缺角，请换一张有效证件，或者去补办换新。
reason-document_invalid-step-5 = 如果 OKX 要求你所在国家的用户使用新版护照，请先换发新护照。

## data_mismatch

reason-data_mismatch = 填写信息与证件不符
reason-data_mismatch-about = 你在表单里填写的信息（姓名、出生日期、证件号码、国籍）和证件上的不一致。
reason-data_mismatch-step-1 = 把你填的每一项和证件逐项核对。
reason-data_mismatch-step-2 = 姓名要和证件上印的完全一样：拼写相同、顺序相同、包括中间名；不要用昵称，也不要自己音译。
reason-data_mismatch-step-3 = 如果表单里有本地语言姓名栏，请用和证件上相同的文字填写。
reason-data_mismatch-step-4 = 出生日期：检查日和月有没有颠倒。
reason-data_mismatch-step-5 = 证件号码：填写完整，不加空格；不要把字母 O 和数字 0、字母 I 和数字 1 弄混。
reason-data_mismatch-step-6 = 如果你有两个国籍，请选择你上传的那份证件所对应的国籍。
reason-data_mismatch-step-7 = 居住国家：填你实际居住的国家。
reason-data_mismatch-step-8 = 如果已经无法修改信息，请联系 OKX 客服帮你更正。

## selfie_failed

reason-selfie_failed = 自拍或人脸验证失败
reason-selfie_failed-about = 人脸扫描没能完成，或者脸部不够清晰。OKX 要求整张脸都在椭圆框内，光线充足，手机不要晃动。
reason-selfie_failed-step-1 = 面向光源：身后不要有窗户或灯。
reason-selfie_failed-step-2 = 摘掉帽子、口罩或墨镜，别让头发遮住脸。
reason-selfie_failed-step-3 = 手机举到与眼睛齐平，让脸在椭圆框内。
reason-selfie_failed-step-4 = 保持稳定，App 提示时再慢慢转动头部。
reason-selfie_failed-step-5 = 允许使用相机权限，把 OKX App 更新到最新版，并关掉其他 App；如果还是失败，换一部手机试试。
reason-selfie_failed-step-6 = 必须本人完成：只有账户持有人才能做人脸验证。

## face_mismatch

reason-face_mismatch = 人脸与证件照不符
reason-face_mismatch-about = 自拍中的人脸和证件上的头像没能匹配上。
reason-face_mismatch-step-1 = 只有账户持有人本人才能拍自拍。
reason-face_mismatch-step-2 = 用你最新的证件，让证件照更像现在的你。
reason-face_mismatch-step-3 = 确保证件照片里的头像清晰、没有反光。
reason-face_mismatch-step-4 = 保持自然表情，不戴眼镜、不戴帽子。
reason-face_mismatch-step-5 = 如果还是失败，请联系 OKX 客服：有些认证服务会把人脸不匹配视为最终结果。

## duplicate_identity

reason-duplicate_identity = 证件已被验证
reason-duplicate_identity-about = 这个身份已经在另一个 OKX 账户上完成认证。OKX 规定每人只能有一个账户，所以重新提交也没用。
reason-duplicate_identity-step-1 = OKX 规定每人只能有一个账户，而你的身份已经绑定在另一个账户上。
reason-duplicate_identity-step-2 = 登录那个账户，或者通过 OKX 的账户找回功能把它找回来。
reason-duplicate_identity-step-3 = 如果你不知道那个账户（可能有人冒用了你的证件），请带上你的 UID 联系 OKX 客服。
reason-duplicate_identity-step-4 = 绝对不要用别人的证件，也绝对不要把自己的证件借给别人。

## not_eligible

reason-not_eligible = 地区或资格限制
reason-not_eligible-about = OKX 无法为这个账户完成你的认证，比如因为你的居住地。重新提交也改变不了。
reason-not_eligible-step-1 = 阅读 OKX 服务条款第 2.2 节，确认为你的居住国家提供服务的是哪个 OKX 实体。
reason-not_eligible-step-2 = 能否使用取决于你住在哪里，而不仅仅是你的国籍。
reason-not_eligible-step-3 = 不要使用 VPN，也不要填写虚假的居住地。
reason-not_eligible-step-4 = 如果你认为是弄错了（比如你已经搬家），请带上你的 UID 和居住地证明联系 OKX 客服，不要反复重新提交。

## address_proof

reason-address_proof = 地址证明
reason-address_proof-about = 地址证明没有被接受。它必须显示你的姓名和当前地址，而且要和你在表单里填写的地址一致。
reason-address_proof-step-1 = 使用显示你姓名和当前居住地址的文件。
reason-address_proof-step-2 = 地址必须和你在表单里填写的完全一致。
reason-address_proof-step-3 = 使用近期的文件：在 OKX 规定了期限的地方（例如沙特阿拉伯），须为最近 3 个月内开具的。
reason-address_proof-step-4 = 发原件的照片（整页、四个角都要拍到），或者原始开具的 PDF；不要截图。
reason-address_proof-step-5 = 不要使用邮政信箱（P.O. Box）地址。

## unknown

reason-unknown = 没有显示原因
reason-unknown-about = OKX 没有向你显示原因。通常原因会写在 OKX 发给你的邮件或短信里，同时附有重新提交的链接。
reason-unknown-step-1 = 查看 OKX 发来的有关认证的邮件或短信：里面会写明原因，并附有重新提交的链接。
reason-unknown-step-2 = 打开 OKX App 里的认证页面，在那里找原因。
reason-unknown-step-3 = 否则就按顺序排查常见原因：截图、复印件或黑白照片；四个角没拍全；模糊；反光；有效期；你填写的信息；自拍。
reason-unknown-step-4 = 把你的证件照片和自拍发给这个机器人检查一下。
reason-unknown-step-5 = 如果还是不清楚，或者 24 小时后仍没有结果，请联系 OKX 客服。
reason-invalid-expiry = 有效期无效
