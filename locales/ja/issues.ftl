# 写真チェックで見つかった問題：問題コードごとの短い名前と対処ステップ、書類上の位置、
# ファイルをまったく読み込めなかった理由。locales/README.md を参照。

## 書類写真の問題：issue-<code>（短い名前）、issue-<code>-fix（書類写真の対処ステップ）

issue-blurry = ぼやけ
issue-blurry-fix = 写真がぼやけています。レンズを拭き、画面上の書類をタップしてピントを合わせ、スマホを動かさずに撮りましょう。
issue-glare = 反射
# $where は下の region-* のいずれか（例：「右上の角」）。
issue-glare-fix = 書類の{ $where }に強い反射があります。フラッシュをオフにし、反射が消えるまで書類を少し傾けてください。
issue-too_dark = 暗すぎる
issue-too_dark-fix = 写真が暗すぎます。窓の近くなど、明るく均一な光の当たる場所に移動してください。フラッシュは使わないでください。
issue-too_bright = 明るすぎる
issue-too_bright-fix = 写真が白飛びしています。直接光の当たらない場所に移動し、HDR をオフにして、画面上の書類をタップして露出を合わせてください。
issue-cut_off = 見切れ
issue-cut_off-fix = 書類の一部が写真からはみ出しています。四隅がすべて見えて、周りに少し余白ができるまで、スマホを離してください。
issue-too_small = 書類が小さすぎる
issue-too_small-fix = 写真の中で書類が小さすぎます。四隅がすべて見える状態のまま、書類が画面の大部分を占めるまで近づいてください。
issue-low_resolution = 解像度が低い
issue-low_resolution-fix = 画素数が少なすぎて文字が読めません。ズームを使わずにメインカメラで撮り、圧縮したコピーではなく元の写真を送ってください。
issue-tilted = 傾き
issue-tilted-fix = 書類が斜めから撮られています。書類を平らに置き、スマホを真上で書類と平行に構えてください。
issue-grayscale = 白黒
issue-grayscale-fix = 写真が白黒です。OKX はカラー写真を求めています。フィルターをすべてオフにして、原本をカラーで撮影してください。
issue-screen_photo = スクショ・画面撮影
issue-screen_photo-fix = スクリーンショットか、画面を撮った写真のようです。実物の書類そのものをスマホのカメラで撮影してください。
issue-no_document = 書類が見つからない
issue-no_document-fix = 写真の中に書類が見つかりませんでした。書類を色の差がはっきりした無地の面に置き、画面の大部分を占めるように撮ってください。
issue-mrz_unreadable = 機械読み取り領域を読み取れません
issue-mrz_unreadable-fix = 本人確認システムは書類の下部にある ‹‹‹ を含む行（機械読み取り領域、MRZ）を読み取りますが、私には読み取れませんでした。帯全体が写真に入り、くっきりとして反射がないようにしてください。もっと近づき、スマートフォンを固定し、光が反射しないよう書類を少し傾けてください。
issue-document_uncertain = 書類の縁がはっきりしません
issue-document_uncertain-fix = 書類の縁がはっきり見えなかったため、はみ出し・小さすぎ・傾きは判定していません。無地で暗めの面に書類を置いて、もう一度撮影してください。

## 自撮りの問題

issue-no_face = 顔が見つからない
issue-no_face-fix = 顔が見つかりませんでした。カメラをまっすぐ見て、光のほうを向き、顔全体を画面に収めてください。
issue-multiple_faces = 複数の顔
issue-multiple_faces-fix = 写真に顔が 2 つ以上写っています。後ろに誰もいない状態で、1 人で撮ってください。
issue-face_too_small = 顔が遠すぎる
issue-face_too_small-fix = 顔が遠すぎます。スマホを近づけて目の高さで持ち、顔が楕円の枠いっぱいになるようにしてください。
issue-face_cut_off = 顔が見切れている
issue-face_cut_off-fix = 顔の一部が画面からはみ出しています。あごから髪の毛まで、頭全体を画面に収めてください。
issue-face_off_center = 顔が中央にない
issue-face_off_center-fix = 顔が中央から大きくずれています。スマホを顔の正面で構え、顔を画面の真ん中に収めてください。
issue-backlit = 逆光
issue-backlit-fix = 背景が顔よりかなり明るくなっています。窓や照明に背を向けず、そちらを向くようにしてください。
issue-uneven_light = 光のムラ
issue-uneven_light-fix = 顔の片側がかなり暗くなっています。光源に正面から向き合い、顔の両側に均等に光が当たるようにしてください。

## 両方の写真に当てはまるコードの自撮り版

issue-selfie-blurry-fix = 自撮りがぼやけています。インカメラのレンズを拭き、スマホを目の高さでしっかり持って、ゆっくり動いてください。
issue-selfie-too_dark-fix = 自撮りが暗すぎます。明るい場所に移動し、光のほうを向いてください。
issue-selfie-too_bright-fix = 自撮りが白飛びしています。直射日光や強い照明を避け、やわらかく均一な光の中で撮ってください。
issue-selfie-grayscale-fix = 自撮りが白黒です。カメラのフィルターや色の効果をすべてオフにしてください。
issue-selfie-low_resolution-fix = 自撮りの画素数が少なすぎます。スマホのカメラで直接撮り、圧縮したコピーではなく元の写真を送ってください。

## 書類上のどこに問題があるか（上の { $where } に入る）

region-top_left = 左上の角
region-top = 上端
region-top_right = 右上の角
region-left = 左端
region-center = 中央
region-right = 右端
region-bottom_left = 左下の角
region-bottom = 下端
region-bottom_right = 右下の角
# 位置を特定できなかったとき。
region-unknown = 一部

## まったく解析できなかったファイル（docs/contracts.md の入力エラーコード）

input-error-not_found = ファイルが見つかりませんでした。パスを確認して、もう一度お試しください。
input-error-unsupported_format = この画像形式は読み込めません（たとえば iPhone の HEIC 写真）。Telegram で通常の写真として送るか、JPEG で保存してください。iPhone の場合：設定 → カメラ → フォーマット → 互換性優先。
input-error-corrupt = この画像を読み込めませんでした。ファイルが破損しているか、不完全なようです。新しく撮り直して、もう一度送ってください。
input-error-too_large = ファイルが大きすぎてチェックできません。ファイルではなく通常の写真として送るか、もっと小さい画像を送ってください。
input-error-too_many_pixels = この画像は画素数が多すぎてチェックできません。通常の写真として送るか（Telegram が縮小します）、カメラの解像度を下げてください。

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 書類に書かれている内容（機械読み取り領域から読み取り、あなたにだけ表示され、保存されません）:
mrz-block-surname = 姓: { $value }
mrz-block-given = 名: { $value }
mrz-block-birth = 生年月日: { $value }
mrz-block-expiry = 有効期限: { $value }
mrz-block-nationality = 国籍: { $value }
mrz-block-number = 書類番号: { $value }
mrz-block-advice = OKX のフォームには印字どおり正確に入力してください。氏名にはチェックディジットがないため、綴りを書類と照らし合わせてください。
