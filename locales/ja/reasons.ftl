# 却下理由：ボタンの文言、OKX が意味すること、順番どおりの対処ステップ。
# locales/README.md を参照。事実は docs/kyc-knowledge.md のみに基づく。
# ラベルはボタンなので短く。

## photo_blurry

reason-photo_blurry = 写真がぼやけている・読めない
reason-photo_blurry-about = 書類の写真が鮮明でなく、読み取れませんでした。OKX は、はっきり読める鮮明な書類の写真を求めています。
reason-photo_blurry-step-1 = カメラのレンズを柔らかい布で拭きます。
reason-photo_blurry-step-2 = 書類を平らに置き、スマホを書類と平行にして、15〜25 cm ほど離して構えます。
reason-photo_blurry-step-3 = デジタルズームは使わずにメインの背面カメラで撮り、画面上の書類をタップしてピントを合わせます。
reason-photo_blurry-step-4 = 明るい場所で、撮影中はスマホを動かさないようにします。
reason-photo_blurry-step-5 = 撮った写真を拡大して確認します。すべての文字が読めること、パスポートなら下部の機械読取り用の 2 行も読めることが必要です。
reason-photo_blurry-step-6 = 転送や圧縮をしたコピーではなく、カメラで撮った元の写真をアップロードします。

## photo_glare

reason-photo_glare = 光の反射・テカリ
reason-photo_glare-about = 強い反射で書類の一部が見えなくなっていました。OKX は反射のない写真を求めており、反射があると審査に通りません。
reason-photo_glare-step-1 = フラッシュをオフにします。
reason-photo_glare-step-2 = 照明や直射日光を避けます。横から入るやわらかい自然光がいちばんです。
reason-photo_glare-step-3 = 書類をカバーやビニールケースから出します。
reason-photo_glare-step-4 = 文字、顔写真、ホログラムに光が当たらなくなるまで、書類を少し傾けます。
reason-photo_glare-step-5 = ラミネート加工のカードはいちばん反射しやすいので、角度を変えて何枚か撮り、反射のない 1 枚を選びます。

## photo_exposure

reason-photo_exposure = 暗すぎる・明るすぎる
reason-photo_exposure-about = 写真が暗すぎるか白飛びしていて、読み取れませんでした。露出オーバーの写真は OKX の書類審査に通りません。
reason-photo_exposure-step-1 = 明るく均一な間接光を探します。たとえば窓の近くで、直射日光が当たらない場所です。
reason-photo_exposure-step-2 = 書類の後ろから強い光が当たらないようにし、スマホの影が書類に落ちないようにします。
reason-photo_exposure-step-3 = 暗い写真をフラッシュで補おうとしないでください（反射の原因になります）。もっと明るい場所に移動しましょう。
reason-photo_exposure-step-4 = 写真が白っぽくなる場合は、HDR、夜景モード、美肌モードをオフにし、画面上の書類をタップして露出を合わせます。

## photo_cut_off

reason-photo_cut_off = 書類が切れている・隠れている
reason-photo_cut_off-about = 書類の一部が写真からはみ出しているか、隠れていました。OKX は、四隅がすべて写っていること、そして指も含めて何も書類にかぶっていないことを求めています。
reason-photo_cut_off-step-1 = 書類全体を枠に収め、周りに少し余白を残しつつ、書類が画面の大部分を占めるようにします。
reason-photo_cut_off-step-2 = 四隅がすべて見えるようにします。カードはテーブルに置いて撮り、指がかからないようにしましょう。
reason-photo_cut_off-step-3 = 書類と色の差がはっきりした無地の背景を使います。
reason-photo_cut_off-step-4 = 撮影後に写真をトリミングしないでください。
reason-photo_cut_off-step-5 = パスポートの場合：下部の機械読取り用の 2 行も含めて、顔写真ページ全体を写します。

## not_original

reason-not_original = スクショ・コピー・加工画像
reason-not_original-about = 書類の原本をカラーで撮った写真ではありませんでした。OKX は、スクリーンショット、コピー、写真を撮った写真、加工した画像を受け付けていません。
reason-not_original-step-1 = 実物の書類そのものを、スマホのカメラで撮影します。
reason-not_original-step-2 = スクリーンショット、スキャン画像、コピー、印刷物、デジタル身分証、画面を撮った写真は送らないでください。
reason-not_original-step-3 = 白黒ではなく、必ずカラー写真を送ります。
reason-not_original-step-4 = 写真を加工しないでください。フィルター、トリミング、スタンプ、ぼかし、書き込みはすべて NG です。
reason-not_original-step-5 = 却下された写真を再アップロードせず、新しく撮り直します。以前却下された画像にフラグを付ける認証サービスもあります。

## wrong_document

reason-wrong_document = 書類の種類・面が違う
reason-wrong_document-about = 書類の種類が対象外か、面やページが足りませんでした。OKX で使える書類は、お住まいの国によって異なります。
reason-wrong_document-step-1 = 本人確認フォームで、あなたの国向けに OKX が用意している書類の種類を選びます。ビザ、学生証、就労許可証は本人確認書類ではありません。
reason-wrong_document-step-2 = 書類の発行国は、選択した国と同じでなければなりません。
reason-wrong_document-step-3 = IDカードや運転免許証は、表面と裏面を 2 枚の写真で送ります。同じ面を 2 回送らないでください。
reason-wrong_document-step-4 = パスポートは顔写真のあるページを送り、求められた場合はほかの重要なページも送ります。
reason-wrong_document-step-5 = 各ファイルを正しい場所にアップロードします。本人確認書類の欄には本人確認書類を、住所確認の欄には住所確認書類を。

## document_invalid

reason-document_invalid = 期限切れ・署名なし・破損
reason-document_invalid-about = 書類そのものが受け付けられませんでした。有効期限切れ、署名がない、破損している、または顔写真が不鮮明です。OKX は、有効で破損のない書類を求めています。
reason-document_invalid-step-1 = 有効期限を確認します。できれば期限まで余裕のある書類を使いましょう。有効期限が 1 か月以内の書類を却下する認証サービスもあります。
reason-document_invalid-step-2 = パスポートの署名欄が空欄なら、撮影する前に署名します。
reason-document_invalid-step-3 = 顔写真と生年月日が載っていて、はっきり見えることを確認します。
reason-document_invalid-step-4 = 書類にひび割れ、すり切れ、穴、角の欠けがある場合は、別の有効な身分証を使うか、更新してください。
reason-document_invalid-step-5 = あなたの国で OKX が新しいパスポートを求めている場合は、先にパスポートを更新してください。

## data_mismatch

reason-data_mismatch = 入力情報が書類と違う
reason-data_mismatch-about = フォームに入力した情報（氏名、生年月日、書類番号、国籍）が書類と一致していません。
reason-data_mismatch-step-1 = 入力した項目を一つずつ書類と見比べます。
reason-data_mismatch-step-2 = 氏名は書類に印字されているとおりに入力します。つづりも順番も同じにし、ミドルネームも含めます。ニックネームや自己流のローマ字表記は使わないでください。
reason-data_mismatch-step-3 = フォームに現地語の氏名欄がある場合は、身分証と同じ文字（漢字・カナなど）で入力します。
reason-data_mismatch-step-4 = 生年月日：日と月が入れ替わっていないか確認します。
reason-data_mismatch-step-5 = 書類番号：スペースを入れずにすべて入力します。英字の O と数字の 0、英字の I と数字の 1 を間違えないようにしましょう。
reason-data_mismatch-step-6 = 国籍が 2 つある場合は、アップロードする書類の国籍を選びます。
reason-data_mismatch-step-7 = 居住国：実際に住んでいる国を選びます。
reason-data_mismatch-step-8 = 情報をもう編集できない場合は、OKX サポートに修正を依頼してください。

## selfie_failed

reason-selfie_failed = 自撮り・顔認証の失敗
reason-selfie_failed-about = 顔のスキャンを完了できなかったか、顔が十分にはっきり写っていませんでした。OKX は、明るい場所で、ぶれずに、顔全体を楕円の枠内に収めるよう求めています。
reason-selfie_failed-step-1 = 光のほうを向きます。背後に窓や照明がないようにしましょう。
reason-selfie_failed-step-2 = 帽子、マスク、サングラスを外し、髪が顔にかからないようにします。
reason-selfie_failed-step-3 = スマホを目の高さで持ち、顔を楕円の枠内に収めます。
reason-selfie_failed-step-4 = しっかり静止し、アプリの指示が出たらゆっくり頭を動かします。
reason-selfie_failed-step-5 = カメラへのアクセスを許可し、OKX アプリを最新版に更新して、ほかのアプリを閉じます。それでも失敗する場合は、別のスマホで試してください。
reason-selfie_failed-step-6 = 必ずご自身で行ってください。顔認証を受けられるのはアカウントの名義人本人だけです。

## face_mismatch

reason-face_mismatch = 顔が身分証と一致しない
reason-face_mismatch-about = 自撮りの顔が、書類の顔写真と一致すると判定されませんでした。
reason-face_mismatch-step-1 = 自撮りできるのはアカウントの名義人本人だけです。
reason-face_mismatch-step-2 = いちばん新しい身分証を使い、顔写真が今のあなたに近くなるようにします。
reason-face_mismatch-step-3 = 書類の写真で、顔写真部分が鮮明で反射がないことを確認します。
reason-face_mismatch-step-4 = 自然な表情で、メガネや帽子は外します。
reason-face_mismatch-step-5 = それでも失敗する場合は OKX サポートに連絡してください。顔の不一致を最終判定として扱う認証サービスもあります。

## duplicate_identity

reason-duplicate_identity = 本人確認済みのID
reason-duplicate_identity-about = この本人情報は、すでに別の OKX アカウントで本人確認済みです。OKX は 1 人 1 アカウントなので、再提出しても解決しません。
reason-duplicate_identity-step-1 = OKX は 1 人 1 アカウントで、あなたの本人情報はすでに別のアカウントに紐づいています。
reason-duplicate_identity-step-2 = そのアカウントにログインするか、OKX のアカウント復旧手続きで取り戻してください。
reason-duplicate_identity-step-3 = そのアカウントに心当たりがない場合（誰かがあなたの身分証を使った可能性があります）は、UID を添えて OKX サポートに連絡してください。
reason-duplicate_identity-step-4 = 他人の身分証は絶対に使わず、自分の身分証も絶対に貸さないでください。

## not_eligible

reason-not_eligible = 地域・利用資格
reason-not_eligible-about = OKX はこのアカウントであなたの本人確認を行えません。たとえばお住まいの地域が理由です。再提出しても変わりません。
reason-not_eligible-step-1 = OKX 利用規約の第 2.2 条を読み、あなたの居住国にサービスを提供している OKX の事業体を確認します。
reason-not_eligible-step-2 = 利用資格は国籍だけでなく、どこに住んでいるかで決まります。
reason-not_eligible-step-3 = VPN を使ったり、偽の居住地を申告したりしないでください。
reason-not_eligible-step-4 = 間違いだと思う場合（たとえば引っ越した場合）は、再提出を繰り返さず、UID と居住地の証明を添えて OKX サポートに連絡してください。

## address_proof

reason-address_proof = 住所確認書類
reason-address_proof-about = 住所確認書類が受け付けられませんでした。あなたの氏名と現住所が記載され、その住所がフォームに入力した住所と同じである必要があります。
reason-address_proof-step-1 = あなたの氏名と現在の住所が記載された書類を使います。
reason-address_proof-step-2 = 住所は、フォームに入力したものと完全に一致している必要があります。
reason-address_proof-step-3 = 最近の書類を使います。OKX が期限を定めている地域（たとえばサウジアラビア）では、発行から 3 か月以内のものが必要です。
reason-address_proof-step-4 = 原本の写真（ページ全体、四隅すべて）か、発行されたままの PDF を送ります。スクリーンショットは不可です。
reason-address_proof-step-5 = 私書箱（P.O. Box）の住所は使わないでください。

## unknown

reason-unknown = 理由が表示されていない
reason-unknown-about = OKX から理由が表示されていません。通常、理由は OKX から届くメールや SMS に、再提出用のリンクと一緒に書かれています。
reason-unknown-step-1 = 本人確認について OKX から届いたメールや SMS を読みます。理由と再提出用のリンクが書かれています。
reason-unknown-step-2 = OKX アプリの本人確認ページを開き、そこで理由を探します。
reason-unknown-step-3 = 見つからなければ、よくある原因を順番に確認します：スクリーンショット・コピー・白黒写真、四隅の欠け、ぼやけ、反射、有効期限、入力した情報、自撮り。
reason-unknown-step-4 = 身分証の写真と自撮りをこのボットに送ってチェックします。
reason-unknown-step-5 = それでもわからない場合や、24 時間たっても結果が出ない場合は、OKX サポートに連絡してください。
reason-invalid-expiry = 有効期限が無効
