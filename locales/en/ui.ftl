# The dialogue's own words. See locales/README.md. Plain text: no HTML or Markdown.
app-name = KYC Doctor

## Main menu
menu-welcome =
    Hi! I'm KYC Doctor 🩺 — I help you fix a rejected OKX identity verification.

    Tell me the reason OKX showed, send me the ID photos and the selfie you plan to submit, and I'll check them and give you an ordered checklist before you resubmit.

    I'm an independent tool, not OKX. I never ask for passwords, 2FA codes or seed phrases.
menu-again = What would you like to do?
btn-check = 🩺 Fix my verification
btn-faq = ❓ Questions
btn-scam = ⚠️ Scam warning
btn-language = 🌐 Language
btn-privacy = 🔒 Privacy
btn-menu = ☰ Menu
btn-back = ← Back
btn-continue = ↩ Continue
btn-more-questions = ❓ More questions
btn-no-reason = No reason was shown
btn-skip = Skip this photo
btn-keep-photo = Keep photo and go on
btn-retake-front = 🔄 Front
btn-retake-passport = 🔄 Photo page
btn-retake-back = 🔄 Back
btn-retake-selfie = 🔄 Selfie
btn-expiry = 📅 Check expiry date
btn-next-steps = ➡ Next steps

## Reason
ask-family = What does OKX's rejection screen say? Choose the group it shows, or “Region or eligibility” if OKX said it cannot serve you where you live.
family-data_mismatch = Information mismatch
family-image_quality = Invalid document photo
family-face_capture = Face recognition
family-document = Required document
family-account = Region or eligibility
ask-reason = { $family }: which reason exactly?
reason-final-note = ⛔ Resubmitting will not change this result. Here is what to do instead:

## Document and photos
ask-document = Which document will you submit?
doc-passport = Passport
doc-id_card = ID card
doc-driver_license = Driver's licence
doc-residence_permit = Residence permit
slot-front = front of the document
slot-passport = passport photo page
slot-back = back of the document
slot-selfie = selfie
ask-photo-passport =
    📷 Send the photo of your passport's data page — the one you plan to submit.

    Tip: send it as a file (📎 → File) so I see it at full quality.
ask-photo-front =
    📷 Send the photo of the front of your document — the one you plan to submit.

    Tip: send it as a file (📎 → File) so I see it at full quality.
ask-photo-back = 📷 Now the back of the document.
ask-selfie = 🤳 Now a selfie: your face, straight on, in good light — as you would take it for OKX.
ask-selfie-optional = 🤳 Now a selfie, if you want it checked too: your face, straight on, in good light. Or skip it.
ask-expiry = 📅 Type the expiry date printed on your document, for example 15.03.2027.
photo-ok = ✅ The { $slot } looks good.
photo-warn = ⚠️ The { $slot } may pass, but it could be better:
photo-fail = ❌ The { $slot } needs a retake:
photo-same-again = 🔁 This is the same photo that failed before. Please take a new one.
photo-retake-hint = Send a new photo to replace it, or keep this one.
photo-not-expected = I'm not waiting for a photo right now.
photo-checking = 🔍 Checking your photo…
photo-queued = ⏳ Many photos are being checked right now; yours is in the queue.
photo-too-small-compressed = Telegram compressed this photo a lot. For an accurate check, send it as a file (📎 → File).
hint-waiting-photo = I'm waiting for a photo: { $slot }.

## Summary
summary-title = 🩺 Your results
summary-slot-ok = ✅ { $slot }: good
summary-slot-warn = ⚠️ { $slot }: could be better
summary-slot-fail = ❌ { $slot }: retake it
summary-slot-skipped = ➖ { $slot }: not checked
summary-checklist-title = Your checklist, in order:

## FAQ and other screens
faq-menu-title = ❓ Pick a question, or just type yours.
faq-no-match = I don't have an answer for that. Here are the questions I can answer:
faq-did-you-mean = I'm not sure I understood. Did you mean one of these?
smalltalk-greeting = Hello! 👋 Tell me what OKX said about your verification, or type your question.
smalltalk-thanks = You're welcome! Good luck with your verification. 🍀
smalltalk-ack = 👍 I'm here when you need me: send a photo or type a question.
smalltalk-bye = Goodbye, and good luck! Type /start whenever you want to check again.
language-choose = 🌐 Choose your language:
language-set = ✅ I'll speak English from now on.
help-text =
    I check the photos you plan to submit for OKX identity verification and tell you what to fix.

    /check — start: reason → photos → checklist
    /faq — common questions (or just type a question)
    /language — change the language
    /privacy — what I keep and for how long
    /forget — delete everything I stored about you
    /cancel — stop and go back to the menu
privacy-text =
    🔒 Privacy

    • Your photos are checked in memory and thrown away right after. They are never saved to disk or logged.
    • What I read from your document's machine-readable zone (name, dates, document number) is shown to you once, in that reply, and is never stored or logged.
    • What I store about you: the step of our conversation, your language, the reason you chose, the document type, the issue codes of each check (with the measured value and where on the picture), and a 64-bit hash of each picture: a short number computed from it, so I notice when the same picture is sent twice. The picture cannot be rebuilt from it. No photos, no names, no document data.
    • How long: with the default storage (SQLite), until you send /forget. If the bot runs on Redis, it is also deleted automatically after a time without activity (REDIS_TTL_SECS, 7 days by default). /forget deletes all of it at once.
    • I am not OKX and cannot see or change your account. I never ask for passwords, 2FA codes or seed phrases — anyone who does is a scammer.
    • I work only in private chats; in groups I don't look at photos.
forget-done = 🗑 Done: I deleted everything I stored about you. Send /start to begin again.
cancel-done = OK, stopped.

## Things I can't use
media-sticker = Nice sticker! But I need a photo of your document or a selfie, or a question typed as text.
media-voice = I can't listen to voice messages. Please type your question.
media-video = I can't check videos. Please send a photo.
media-private-data = Please don't send me locations or contacts — I don't need them.
media-not-image = This file isn't an image. Please send a JPEG or PNG photo.
media-other = I can't use this kind of message.

## Telegram
group-private-only = 🔒 I only work in private chats, to keep your documents private. Message me directly.
error-apology = 😔 Sorry, something went wrong on my side. Your progress is kept — please try again.
rate-limited = ⏳ Slow down a little, please — try again in a few seconds.
session-restarted = ♻️ I was updated and had to restart our conversation. Sorry! Let's start again.
cmd-start = Start over
cmd-help = How I work
cmd-check = Check my photos
cmd-faq = Common questions
cmd-language = Change language
cmd-privacy = What I keep
cmd-forget = Delete my data
cmd-cancel = Stop and go to the menu
edit-not-seen = I only read new messages, not edits. Please send it again as a new message.
album-received =
    { $count ->
        [one] 📚 I checked the photo from your album:
       *[other] 📚 I checked { $count } photos from your album, in order:
    }
photo-forwarded = ↪️ This photo was forwarded. For OKX, use the original photo from your camera, not a forwarded copy.

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 I can't tell what this photo shows. Is it your document or a selfie?
btn-photo-is-id = 🪪 My document
btn-photo-is-selfie = 🤳 A selfie

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ The { $slot } looks like a screenshot or a photo of a screen. OKX accepts no screenshots of any kind: photograph the original document with your camera.
photo-same-as-other-side = 🔁 This is the same picture as the { $other }. Please send a photo of the { $slot }.
btn-invalid-selfie = Invalid selfie

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ It has no expiry date
btn-skip-date = Skip this step
