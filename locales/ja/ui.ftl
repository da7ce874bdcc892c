# 対話で使う文言。locales/README.md を参照。プレーンテキスト（HTML や Markdown は使わない）。
app-name = KYC Doctor

## メインメニュー
menu-welcome =
    こんにちは！KYC Doctor 🩺 です。OKX の本人確認が却下されたとき、通過できるようにお手伝いします。

    OKX に表示された却下理由を教えてください。提出する予定の本人確認書類の写真と自撮りを送っていただければ、チェックして、再提出の前にやるべきことを順番にまとめたチェックリストをお渡しします。

    私は OKX ではなく、独立したツールです。パスワード、2段階認証コード、シードフレーズを聞くことは絶対にありません。
menu-again = 次は何をしますか？
btn-check = 🩺 本人確認の問題を解決
btn-faq = ❓ よくある質問
btn-scam = ⚠️ 詐欺に注意
btn-language = 🌐 言語
btn-privacy = 🔒 プライバシー
btn-menu = ☰ メニュー
btn-back = ← 戻る
btn-continue = ↩ 続ける
btn-more-questions = ❓ ほかの質問
btn-no-reason = 理由が表示されていない
btn-skip = この写真をスキップ
btn-keep-photo = この写真のまま進む
btn-retake-front = 🔄 表面
btn-retake-passport = 🔄 写真のページ
btn-retake-back = 🔄 裏面
btn-retake-selfie = 🔄 自撮り
btn-expiry = 📅 有効期限をチェック
btn-next-steps = ➡ 次のステップ

## 却下理由
ask-family = OKX の却下画面には何と書かれていますか？表示されている分類を選んでください。お住まいの地域では利用できないと言われた場合は「地域・利用資格」を選んでください。
family-data_mismatch = 情報の不一致
family-image_quality = 書類の写真が無効
family-face_capture = 顔認証
family-document = 必要書類
family-account = 地域・利用資格
ask-reason = { $family }：具体的な理由はどれですか？
reason-final-note = ⛔ 再提出してもこの結果は変わりません。代わりに次のことをしてください：

## 書類と写真
ask-document = どの書類を提出しますか？
doc-passport = パスポート
doc-id_card = 身分証明書（IDカード）
doc-driver_license = 運転免許証
doc-residence_permit = 在留カード・居住許可証
slot-front = 書類の表面
slot-passport = パスポートの顔写真ページ
slot-back = 書類の裏面
slot-selfie = 自撮り
ask-photo-passport =
    📷 パスポートの顔写真ページ（身分事項ページ）の写真を送ってください。提出する予定の写真そのものをお願いします。

    ヒント：ファイルとして送ると（📎 → ファイル）、元の画質のままチェックできます。
ask-photo-front =
    📷 書類の表面の写真を送ってください。提出する予定の写真そのものをお願いします。

    ヒント：ファイルとして送ると（📎 → ファイル）、元の画質のままチェックできます。
ask-photo-back = 📷 次は書類の裏面です。
ask-selfie = 🤳 次は自撮りです。明るい場所で、顔を正面に向けて撮ってください。OKX で撮るときと同じようにお願いします。
ask-selfie-optional = 🤳 自撮りもチェックしたい場合は、今送ってください。明るい場所で、顔を正面に向けて撮ってください。スキップしてもかまいません。
ask-expiry = 📅 書類に記載されている有効期限を入力してください（例：2027/03/15、2027年3月15日、令和9年3月15日）。
photo-ok = ✅ { $slot }：問題ありません。
photo-warn = ⚠️ { $slot }：通るかもしれませんが、改善の余地があります：
photo-fail = ❌ { $slot }：撮り直しが必要です：
photo-same-again = 🔁 これは前回通らなかったのと同じ写真です。新しく撮り直してください。
photo-retake-hint = 新しい写真を送って差し替えるか、この写真のまま進めてください。
photo-not-expected = 今は写真を受け付けていません。
photo-checking = 🔍 写真をチェックしています…
photo-queued = ⏳ いまチェック待ちの写真が多いため、順番待ちです。
photo-too-small-compressed = この写真は Telegram でかなり圧縮されています。正確にチェックするため、ファイルとして送ってください（📎 → ファイル）。
hint-waiting-photo = 写真をお待ちしています：{ $slot }。

## 結果
summary-title = 🩺 チェック結果
summary-slot-ok = ✅ { $slot }：OK
summary-slot-warn = ⚠️ { $slot }：改善の余地あり
summary-slot-fail = ❌ { $slot }：撮り直してください
summary-slot-skipped = ➖ { $slot }：未チェック
summary-checklist-title = チェックリスト（この順番で）：

## よくある質問とその他の画面
faq-menu-title = ❓ 質問を選ぶか、そのまま質問を入力してください。
faq-no-match = その質問にはお答えできません。お答えできる質問はこちらです：
faq-did-you-mean = ご質問をうまく理解できたか自信がありません。次のどれかでしょうか？
smalltalk-greeting = こんにちは！👋 OKXから本人確認について何と言われたか教えてください。質問を入力してもかまいません。
smalltalk-thanks = どういたしまして！本人確認がうまくいきますように。🍀
smalltalk-ack = 👍 いつでもどうぞ。写真を送るか、質問を入力してください。
smalltalk-bye = さようなら、うまくいきますように！また確認したいときは /start と入力してください。
language-choose = 🌐 言語を選んでください：
language-set = ✅ これからは日本語でお話しします。
help-text =
    OKX の本人確認に提出する予定の写真をチェックして、直すべき点をお伝えします。

    /check — スタート：却下理由 → 写真 → チェックリスト
    /faq — よくある質問（質問をそのまま入力しても OK）
    /language — 言語を変更
    /privacy — 保存する情報と保存期間
    /forget — 保存しているあなたの情報をすべて削除
    /cancel — 中止してメニューに戻る
privacy-text =
    🔒 プライバシー

    • 写真はメモリ上でチェックし、終わったらすぐに破棄します。ディスクに保存したり、ログに残したりすることはありません。
    • 書類の機械読み取り領域から読み取った内容（氏名、日付、書類番号）は、その返信で一度だけあなたに表示され、保存やログへの記録は一切されません。
    • 保存する内容：会話のどのステップにいるか、言語、選んだ却下理由、書類の種類、各チェックの問題コード（測定値と画像上の位置つき）、そして各画像の64ビットのハッシュ値（画像から計算した短い数値で、同じ画像が2回送られたことに気づくためのものです。ここから画像を復元することはできません）。写真、氏名、書類のデータは保存しません。
    • 保存期間：標準の保存先（SQLite）では、/forget を送るまで保存されます。ボットが Redis で動いている場合は、一定期間やり取りがないと自動で削除されます（REDIS_TTL_SECS、標準では7日）。/forget でまとめて削除できます。
    • 私は OKX ではないので、あなたのアカウントを見ることも変更することもできません。パスワード、2段階認証コード、シードフレーズを聞くことは絶対にありません。聞いてくる相手は詐欺師です。
    • 個別チャットでのみ動作します。グループでは写真を見ません。
forget-done = 🗑 完了：保存していたあなたの情報をすべて削除しました。/start を送ると最初から始められます。
cancel-done = わかりました。中止しました。

## 使えないもの
media-sticker = かわいいスタンプですね！ただ、必要なのは書類の写真か自撮り、または文字で入力した質問です。
media-voice = ボイスメッセージは聞けません。質問を文字で入力してください。
media-video = 動画はチェックできません。写真を送ってください。
media-private-data = 位置情報や連絡先は送らないでください。必要ありません。
media-not-image = このファイルは画像ではありません。JPEG か PNG の写真を送ってください。
media-other = この種類のメッセージには対応していません。

## Telegram
group-private-only = 🔒 書類を守るため、個別チャットでのみ動作します。私に直接メッセージを送ってください。
error-apology = 😔 申し訳ありません。こちらで問題が発生しました。進行状況は保存されていますので、もう一度お試しください。
rate-limited = ⏳ 少しペースを落として、数秒後にもう一度お試しください。
session-restarted = ♻️ アップデートのため、会話をリセットしなければなりませんでした。申し訳ありません！もう一度始めましょう。
cmd-start = 最初からやり直す
cmd-help = 使い方
cmd-check = 写真をチェック
cmd-faq = よくある質問
cmd-language = 言語を変更
cmd-privacy = 保存する情報
cmd-forget = データを削除
cmd-cancel = 中止してメニューへ
edit-not-seen = 編集されたメッセージは読めません。新しいメッセージとしてもう一度送ってください。
album-received =
    { $count ->
        [1] 📚 アルバムの写真をチェックしました：
       *[other] 📚 アルバムの写真 { $count } 枚を順番にチェックしました：
    }
photo-forwarded = ↪️ この写真は転送されたものです。OKX には、転送されたコピーではなく、カメラで撮った元の写真を使ってください。

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 この写真に何が写っているか判断できません。本人確認書類ですか、それとも自撮りですか？
btn-photo-is-id = 🪪 本人確認書類
btn-photo-is-selfie = 🤳 自撮り

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot }はスクリーンショットか画面を撮影したもののようです。OKX はどんなスクリーンショットも受け付けません。書類の原本をカメラで撮影してください。
photo-same-as-other-side = 🔁 これは{ $other }と同じ画像です。{ $slot }の写真を送ってください。
btn-invalid-selfie = 自撮りが無効

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ 有効期限なし
btn-skip-date = この手順を飛ばす
