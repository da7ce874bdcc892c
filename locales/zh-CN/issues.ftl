# 照片检查发现的问题：每个问题代码的简称和一条修改步骤、问题在证件上的位置，
# 以及文件完全无法读取的原因。见 locales/README.md。

## 证件照片问题：issue-<code>（简称），issue-<code>-fix（证件照片的一条修改步骤）

issue-blurry = 模糊
issue-blurry-fix = 照片模糊：擦干净镜头，在屏幕上点一下证件来对焦，拍的时候手机保持不动。
issue-glare = 反光
# $where 是下面的某个 region-* 短语，例如“右上角”。
issue-glare-fix = 证件的{ $where }被亮斑挡住了：关掉闪光灯，稍微倾斜证件，直到反光消失。
issue-too_dark = 太暗
issue-too_dark-fix = 照片太暗：换到明亮、均匀的光线下，比如靠近窗户的地方。不要用闪光灯。
issue-too_bright = 太亮
issue-too_bright-fix = 照片过曝发白：避开直射的光线，关掉 HDR，并在屏幕上点一下证件来调整曝光。
issue-cut_off = 不完整
issue-cut_off-fix = 证件有一部分在照片外面：往后退一点，直到四个角都能看到，四周留一点空白。
issue-too_small = 证件太小
issue-too_small-fix = 证件在照片里占得太少：靠近一点，让证件占满画面的大部分，同时四个角仍然都能看到。
issue-low_resolution = 分辨率太低
issue-low_resolution-fix = 照片像素太低，看不清文字：用主摄像头拍，不要变焦，并发送原图，不要发压缩过的副本。
issue-tilted = 倾斜
issue-tilted-fix = 证件是斜着拍的：把证件平放，手机举在正上方，与证件保持平行。
issue-grayscale = 黑白照片
issue-grayscale-fix = 照片是黑白的：OKX 要求彩色照片。关掉所有滤镜，用彩色模式拍证件原件。
issue-screen_photo = 截图或翻拍屏幕
issue-screen_photo-fix = 这看起来像截图或翻拍的屏幕：请用手机摄像头直接拍实体证件本身。
issue-no_document = 没有找到证件
issue-no_document-fix = 我在照片里没有找到证件：把证件放在颜色反差明显的纯色表面上，让它占满画面的大部分。
issue-mrz_unreadable = 机读区无法识别
issue-mrz_unreadable-fix = 验证系统会读取证件底部带有 ‹‹‹ 的几行字符（机读区），而我无法读出它们：整条机读区必须完整出现在照片中，清晰且没有反光。请靠近一些，拿稳手机，并稍微倾斜证件以避开灯光反射。
issue-document_uncertain = 证件边缘不清晰
issue-document_uncertain-fix = 我看不清证件的边缘，因此没有判断它是否被裁切、过小或倾斜：请把证件放在颜色较深的纯色表面上，然后重新拍照。

## 自拍问题

issue-no_face = 没有找到人脸
issue-no_face-fix = 我没有找到人脸：请直视镜头，面向光源，让整张脸都在画面里。
issue-multiple_faces = 多张人脸
issue-multiple_faces-fix = 画面里不止一张脸：请一个人拍自拍，身后不要有人。
issue-face_too_small = 脸离得太远
issue-face_too_small-fix = 你的脸离得太远：把手机拿近一点，与眼睛齐平，让脸填满椭圆框。
issue-face_cut_off = 脸部不完整
issue-face_cut_off-fix = 你的脸有一部分在画面外：让整个头部，从下巴到头发，都在画面里。
issue-face_off_center = 脸没有居中
issue-face_off_center-fix = 你的脸离画面中心太远：把手机举在正前方，让脸保持在画面中间。
issue-backlit = 逆光
issue-backlit-fix = 背景比你的脸亮很多：转过身来，面向窗户或灯，而不是背对着它。
issue-uneven_light = 光线不均匀
issue-uneven_light-fix = 脸的一侧暗很多：正对着光源，让脸的两侧光线均匀。

## 同时适用于两类照片的问题代码的自拍版本

issue-selfie-blurry-fix = 自拍模糊：擦干净前置摄像头，手机稳稳地举在与眼睛齐平的位置，动作放慢。
issue-selfie-too_dark-fix = 自拍太暗：换到明亮的地方，面向光源。
issue-selfie-too_bright-fix = 自拍过曝发白：避开阳光直射或强烈的灯光，使用柔和、均匀的光线。
issue-selfie-grayscale-fix = 自拍是黑白的：关掉相机的所有滤镜或色彩效果。
issue-selfie-low_resolution-fix = 自拍像素太低：直接用手机相机拍，并发送原图，不要发压缩过的副本。

## 问题在证件上的位置（用作上面的 { $where }）

region-top_left = 左上角
region-top = 上边缘
region-top_right = 右上角
region-left = 左边缘
region-center = 中间部分
region-right = 右边缘
region-bottom_left = 左下角
region-bottom = 下边缘
region-bottom_right = 右下角
# 检查器无法确定位置时。
region-unknown = 一部分

## 完全无法分析的文件（docs/contracts.md 中的输入错误代码）

input-error-not_found = 我找不到这个文件。请检查路径后再试一次。
input-error-unsupported_format = 我无法读取这种图片格式（比如 iPhone 拍的 HEIC 照片）。请在 Telegram 里以普通照片方式发送，或者保存为 JPEG：在 iPhone 上打开 设置 → 相机 → 格式 → 兼容性最佳。
input-error-corrupt = 我无法读取这张图片：文件好像已损坏或不完整。请重新拍一张再发送。
input-error-too_large = 这个文件太大了，我无法检查。请以普通照片方式发送，而不是以文件方式发送，或者发一张小一点的图片。
input-error-too_many_pixels = 这张图片的像素太多，超出了我能检查的范围。请以普通照片方式发送（Telegram 会自动缩小），或者调低相机的分辨率。

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 您的证件上写着（从机读区读取，仅您可见，不会保存）：
mrz-block-surname = 姓: { $value }
mrz-block-given = 名: { $value }
mrz-block-birth = 出生日期: { $value }
mrz-block-expiry = 有效期至: { $value }
mrz-block-nationality = 国籍: { $value }
mrz-block-number = 证件号码: { $value }
mrz-block-advice = 请在 OKX 表单中完全按照证件上的印刷内容填写。姓名没有校验位，请对照证件核对拼写。
