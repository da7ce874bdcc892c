# The FAQ: faq-<id>-q (the question; also a button label, so short), faq-<id>-a (the answer, plain
# text, phone-friendly, at most ~900 characters), faq-<id>-keys (comma-separated words and phrases
# people use for this question in THIS language, with synonyms, slang and common misspellings; the
# free-text matcher indexes them). Translators: write keys the way people in your language really
# type, not a translation of the English list.
# Facts come only from docs/kyc-knowledge.md. Where OKX publishes no rule, say so.

faq-common_causes-q = Why was I rejected?
faq-common_causes-a = The most common causes, roughly in the order to check them:
    1. A screenshot, photocopy, photo of a screen or black-and-white photo instead of a colour photo of the original.
    2. A corner cut off or covered by a finger.
    3. A blurry photo.
    4. Glare on the text or portrait.
    5. An expired or damaged document.
    6. Typed details (name, date of birth, ID number) that differ from the document.
    7. A failed selfie: dark room, shaking, face outside the oval.
    8. An identity already used on another account, or a country of residence OKX cannot serve.
    OKX's email names the reason. Tell me the reason and I will give you a checklist.
faq-common_causes-keys = why rejected, why was i rejected, verification rejected, kyc rejected, kyc failed, verification failed, identity verification failed, why did my kyc fail, reason for rejection, rejection reason, declined, denied, not approved, kyc not passed, failed verification, verify failed, rejected again, kyc denied, common reasons, what went wrong, why fail, kyc rejeted, verfication failed, didnt pass

faq-no_reason_shown-q = No rejection reason shown
faq-no_reason_shown-a = OKX sends the failure reason by email, with a link to submit again. Check your inbox and the spam folder for a message from OKX, and also the SMS messages and the verification page in the OKX app. If you still cannot find a reason, choose "No reason was shown" in this bot: I will walk you through the common causes and check your photos.
faq-no_reason_shown-keys = no reason, no reason shown, reason not shown, dont know why, don't know why, without reason, no explanation, they didnt say why, just says failed, where is the reason, how to see reason, cant see reason, reason missing, no email, unknown reason, rejected without explanation, why no reason, reason not given, what is the reason

faq-review_time-q = How long does the review take?
faq-review_time-a = When further review is needed, OKX says it takes up to 24 hours, and longer at times of high demand. You get the result by SMS or email. If you have heard nothing after 24 hours, contact OKX's Support Center or the AI chatbot in the app.
faq-review_time-keys = how long, how long does it take, review time, verification time, processing time, how much time, waiting time, pending, under review, in review, still pending, still processing, how many hours, how many days, when will i be verified, when approved, when result, kyc pending, verification pending, takes too long, long review, wait for review, how lomg

faq-no_result_24h-q = No result after 24 hours
faq-no_result_24h-a = OKX says a review that needs extra checks can take up to 24 hours, longer at peak times. If more than 24 hours have passed, contact OKX's Support Center or the AI chatbot in the OKX app, and give them your UID. Do not submit a second application meanwhile; check your email (and spam) and SMS for the result first.
faq-no_result_24h-keys = no result, no answer, no response, more than 24 hours, over 24 hours, after 24 hours, 2 days, two days, 3 days, a week, still waiting, stuck, stuck in review, stuck pending, nothing happens, no reply, pending for days, still not verified, waiting forever, no update, nobody answers, 24h, 48 hours, still under review

faq-resubmit_timing-q = When can I resubmit?
faq-resubmit_timing-a = OKX publishes no fixed waiting time before you can submit again. It emails you the reason with a link to resubmit. Fix the cause first and take fresh photos: sending the declined image again rarely helps, and some verification services flag it. If your account shows a waiting time, wait for it; some other exchanges use cool-downs after failed attempts. If the resubmit button is missing, contact OKX support.
faq-resubmit_timing-keys = when can i resubmit, resubmit, submit again, try again, retry, when can i try again, how soon, how long to wait, wait before retry, cooldown, cool down, cool-down, waiting period, next attempt, reapply, apply again, verify again, redo verification, resend documents, upload again, again when, resubmition, try agian

faq-repeated_retries-q = Is there a limit on attempts?
faq-repeated_retries-a = OKX does not publish a limit on verification attempts or a lock-out time. The message about a "maximum number of face verification attempts" is about OKX passkeys, not identity verification. Some verification services do limit retakes, so treat every attempt as valuable: fix the cause before trying again. After several failures in a row, stop and contact OKX support with your UID.
faq-repeated_retries-keys = limit, how many attempts, how many times, attempts left, number of attempts, max attempts, maximum attempts, too many attempts, tried many times, failed many times, failed 3 times, failed again and again, keeps failing, blocked, locked, account locked, lockout, banned after attempts, last attempt, retry limit, attemps, many tries

faq-permanent_rejection-q = Is my rejection permanent?
faq-permanent_rejection-a = Most rejections are not final: photo quality, document and typed-data problems can be fixed and resubmitted. Some are final, and resubmitting will not change them: an identity already verified on another account, a country of residence OKX cannot serve, and suspected fraud. For those, contact OKX support instead of trying again.
faq-permanent_rejection-keys = permanent, permanently rejected, final rejection, final decision, forever, never verify, can never, rejected for good, cannot verify anymore, no more attempts, can i still verify, is it over, banned forever, final, not fixable, hopeless, cant be fixed

faq-clear_but_failed-q = Clear photo, still rejected
faq-clear_but_failed-a = A photo that looks fine on your screen can still fail. Typical hidden causes: a photo of a screen (faint stripes), glare on a laminated card that you only notice when you zoom in, a finger on a corner, or the same declined image sent again. It may also not be the photo at all: compare the details you typed with the document. Send me the photo and I will check it.
faq-clear_but_failed-keys = photo was clear, photo is clear, clear photo rejected, good photo failed, perfect photo, photo was fine, nothing wrong with photo, quality was good, high quality rejected, sharp photo rejected, everything correct, did everything right, no reason to reject, photo ok but failed, why clear photo rejected, good quality, cleary visible

faq-blurry_photo-q = My photo is blurry
faq-blurry_photo-a = OKX needs a sharp, readable photo. Wipe the lens; lay the document flat and hold the phone parallel, about 15–25 cm away; use the main rear camera without zoom and tap to focus; hold still in good light. Then zoom into the result: every character, and on a passport both lines at the bottom, must be readable. Upload the original photo, not a forwarded or compressed copy.
faq-blurry_photo-keys = blurry, blurred, blur, blury, bluri, not clear, unclear, not sharp, unsharp, out of focus, unfocused, fuzzy, unreadable, not readable, cant read, illegible, low quality, bad quality, photo quality, grainy, pixelated, camera wont focus, shaky, motion blur

faq-glare-q = How to avoid glare?
faq-glare-a = OKX needs a photo free of glare. Switch the flash off; move away from lamps and direct sun and use soft daylight from the side; take the document out of any cover or sleeve; tilt it slightly until no bright spot lies on the text, portrait or hologram. Laminated cards are the hardest: take a few photos from different angles and keep the clean one.
faq-glare-keys = glare, reflection, reflections, reflecting, shine, shiny, bright spot, white spot, light spot, flash, hologram, laminated, plastic card, lamination, glossy, light reflection, sun reflection, glair, glere, overexposed spot

faq-cropped_edges-q = Corners cut off or covered
faq-cropped_edges-a = OKX needs all four corners visible and nothing covering the document, not even a finger. Put the document on a plain, contrasting table; fit it whole in the frame with a small margin on every side while it still fills most of the photo; do not crop afterwards. For a passport, show the whole data page including both lines at the bottom.
faq-cropped_edges-keys = corners, corner, cut off, cutoff, cropped, crop, edges, edge missing, not fully visible, partially visible, part of document missing, finger, fingers, covered, obscured, hidden, whole document, full document, fit in frame, border, document incomplete, half document

faq-screenshot_or_copy-q = Screenshot, scan or copy?
faq-screenshot_or_copy-a = No. OKX does not accept screenshots of any kind, photocopies, scans, printouts, photos of a photo or of a screen, or edited images. Take a new colour photo of the physical document with your phone camera, and do not edit it.
faq-screenshot_or_copy-keys = screenshot, screen shot, scan, scanned, scanner, copy, photocopy, xerox, printout, printed, photo of a photo, photo of screen, digital id, digital copy, e-id, electronic id, edited, photoshop, from gallery, old photo, picture from phone, pdf of passport

faq-color_photo-q = Must the photo be in colour?
faq-color_photo-a = Yes. OKX asks for a colour photo of the original document. Black-and-white photos, grayscale filters and photocopies are rejected. Switch off any filter or colour effect and photograph the document in normal colour.
faq-color_photo-keys = colour, color, in color, coloured, black and white, black white, b&w, bw, grayscale, greyscale, gray, grey, monochrome, filter, colour photo, color photo, no colors

faq-send_as_file-q = Photo or file for this bot?
faq-send_as_file-a = Both work. Telegram recompresses a picture sent as a "photo", which can hide fine detail; sent as a "file" (paperclip → File) the original is kept, so my check is more accurate. Telegram lets bots download files up to 20 MB. This only concerns sending pictures to this bot; in OKX you upload through its own app or site.
faq-send_as_file-keys = send as file, as a file, as document, uncompressed, without compression, compressed, compression, telegram compresses, original quality, full quality, photo or file, file or photo, upload to this bot, attach as file, paperclip, quality lost, telegram quality

faq-file_format_size-q = Which file format and size?
faq-file_format_size-a = OKX does not publish a file size or format limit for individual verification; the 20 MB PDF rule you may see is for institutional (business) accounts. Other services set limits, for example Kraken under 5 MB and Onfido under 10 MB, so a normal camera photo (JPEG) is the safe choice. Take the photo inside the OKX app when it offers the camera.
faq-file_format_size-keys = file size, size limit, max size, maximum size, too big, too large, file too large, mb, megabytes, format, file format, jpg, jpeg, png, pdf, heic, heif, which format, upload error, upload failed, cant upload, wont upload, resolution, dimensions

faq-both_sides-q = Do I need both sides?
faq-both_sides-a = Yes. OKX asks for the front and the back of the document, and every page with key information. Send two separate photos, one per side, and never the same side twice. For a passport, send the data page with your photo, plus other pages if asked.
faq-both_sides-keys = both sides, two sides, front and back, back side, backside, reverse side, front side, other side, second side, back of card, back of id, same side twice, pages, which page, passport page, data page, photo page, missing back, flip side

faq-accepted_documents-q = Which documents are accepted?
faq-accepted_documents-a = OKX accepts a passport, national ID card, driving licence or another government-issued photo ID, but the exact set depends on your country: the verification form shows the options for yours. It must show your full name, date of birth, issue and expiry dates and a clear portrait, and it must not be expired. A voter's card may not be supported in some countries; visas, student cards and work permits are not identity documents.
faq-accepted_documents-keys = accepted documents, which documents, what documents, what id, which id, id types, document type, supported documents, passport, id card, national id, identity card, driving licence, driver license, drivers license, residence permit, what can i use, can i use, valid id, government id, documents needed, what do i need

faq-unsupported_document-q = My document is not accepted
faq-unsupported_document-a = Which documents OKX accepts depends on your country. Choose an ID type the verification form offers for your country, issued by the country you selected. A voter's card may not be supported in some countries, and visas, student cards and work permits are not accepted as identity documents. If your ID is not accepted, use a passport or national ID card instead.
faq-unsupported_document-keys = not accepted, document not accepted, unsupported document, not supported, invalid document type, wrong document, voter card, voters card, student card, student id, visa, work permit, residence card, military id, tax card, bank card, document rejected, id not accepted, my id not supported, other country document, foreign passport

faq-expired_document-q = Can I use an expired document?
faq-expired_document-a = No. OKX rejects expired documents. Use another valid ID or renew the expired one. Prefer a document with some validity left: some verification services also reject a document that expires within a month.
faq-expired_document-keys = expired, expiry, expiry date, expiration, expiration date, expires, expiring, out of date, outdated, old passport, old id, valid until, validity, not valid anymore, expires soon, renew, renewal, expired passport, expired id, date of expiry, expird

faq-damaged_document-q = My document is damaged
faq-damaged_document-a = OKX asks for an undamaged document. A cracked, worn, punctured or clipped document, or one whose portrait or data cannot be read, is usually rejected. Use another valid ID if you have one, or renew the damaged one.
faq-damaged_document-keys = damaged, broken, cracked, torn, ripped, worn, worn out, scratched, faded, peeling, bent, punctured, hole, clipped corner, corner cut, water damage, old and damaged, broken card, damaged passport, damaged id

faq-unsigned_passport-q = My passport is not signed
faq-unsigned_passport-a = OKX treats a passport with an empty signature field as invalid. Sign it in the signature field, then take a new photo of it.
faq-unsigned_passport-keys = signature, sign, signed, unsigned, not signed, no signature, sign passport, signature field, signature missing, where to sign, holder signature, signiture, empty signature

faq-name_mismatch-q = My name doesn't match
faq-name_mismatch-a = Type your name exactly as it is printed on the document: same spelling, same order, with all middle names, no nicknames and no transliteration of your own. If the form has a local-language name field, type the name there in the same script as on your ID. If you can no longer edit the name, ask OKX support to correct it.
faq-name_mismatch-keys = name, name mismatch, name does not match, wrong name, name error, typo in name, spelling, misspelled name, surname, last name, first name, middle name, family name, maiden name, patronymic, transliteration, latin letters, cyrillic, local language name, native name, name order, change name, edit name

faq-birthdate_mismatch-q = My date of birth doesn't match
faq-birthdate_mismatch-a = The date of birth you type must be exactly the one on your document, and the document must show it. The most common mistake is swapping day and month. If you can no longer edit it, ask OKX support to correct it. If the date printed on the document itself is wrong, you need a corrected document from the issuer.
faq-birthdate_mismatch-keys = date of birth, birth date, birthdate, birthday, dob, d.o.b, wrong date, wrong birthday, born, age, year of birth, day and month, month and day, swapped date, date format, date mismatch, date doesnt match, wrong dob

faq-dual_nationality-q = I have two nationalities
faq-dual_nationality-a = OKX asks dual nationals to choose the nationality most relevant to their identity. Whatever you choose, the nationality in the form must be the one of the document you upload: if you upload your Spanish passport, choose Spanish.
faq-dual_nationality-keys = dual nationality, dual citizenship, two nationalities, two citizenships, two passports, second passport, second citizenship, multiple nationalities, which nationality, which citizenship, which passport, nationality, citizenship, citizen of two countries

faq-address_proof-q = Proof of address
faq-address_proof-a = OKX asks for proof of address only in some cases. It must show your name and your current address, the same one you typed in the form. Send a clear photo of the original (whole page, all corners) or the PDF as issued, not a screenshot. In Saudi Arabia it must be issued within the past 3 months; OKX's general age rule is not confirmed, so a recent document is safest. Do not use a P.O. box.
faq-address_proof-keys = proof of address, address proof, poa, utility bill, bank statement, electricity bill, gas bill, water bill, internet bill, phone bill, address, residential address, address verification, address document, address does not match, wrong address, old address, moved, tax letter, lease, rental agreement, how old, 3 months, p.o. box, po box

faq-face_selfie_fail-q = My selfie or face check fails
faq-face_selfie_fail-a = OKX's tips: avoid dark places and camera shake, align your face inside the oval, then move your head slowly around the circle. Face the light (no window behind you); no hat, mask or sunglasses; phone at eye level. The app needs camera permission. If it still fails, update the app, close other apps or try another phone; some phones have trouble with the face scan. Only the account holder may do it.
faq-face_selfie_fail-keys = selfie, face, face verification, face recognition, face scan, face check, liveness, facial, face not detected, face not recognized, selfie failed, selfie rejected, oval, circle, move head, turn head, camera, front camera, video selfie, face id, biometric, selfi, slefie

faq-glasses_hat_mask-q = Glasses, hat or mask OK?
faq-glasses_hat_mask-a = No. OKX asks that nothing covers your face: take off glasses, sunglasses, hats, caps, and masks, and keep your hair off your face, so your whole face is visible inside the oval.
faq-glasses_hat_mask-keys = glasses, spectacles, sunglasses, eyeglasses, hat, cap, hood, mask, face mask, scarf, beard, makeup, hair, earrings, wear, wearing, covering face, take off glasses

faq-camera_permission-q = The camera doesn't work
faq-camera_permission-a = The OKX app needs permission to use the camera. Open your phone's Settings → Apps → OKX → Permissions and allow Camera, then restart the app. If you verify in a browser, allow the camera for the site, or switch to the OKX app. Close other apps that use the camera; if it still does not work, update the app or try another device.
faq-camera_permission-keys = camera, camera not working, camera doesnt open, black screen, camera permission, permission, allow camera, access camera, camera access, no camera, cannot open camera, camera error, app crashes, app freezes, stuck on loading, browser, laptop, webcam, old phone, phone not supported

faq-someone_else_selfie-q = Can someone else do my selfie?
faq-someone_else_selfie-a = No. Only the account holder may take the face check, and the face must match the ID on the account. Verifying with someone else's face or documents will fail. Everyone who wants an OKX account verifies their own.
faq-someone_else_selfie-keys = someone else, somebody else, another person, my friend, my wife, my husband, my mother, my father, my brother, family member, relative, for me, on behalf, use my friend's, other persons id, verify for someone, verify for another person, use someone's document, parents account, child account

faq-duplicate_account-q = ID used on another account
faq-duplicate_account-a = OKX allows one account per person, and your identity is already verified on another account. Resubmitting will not help. Log in to that account, or recover it through OKX's account recovery. If you do not know that account (someone may have used your ID), contact OKX support with your UID. Never use someone else's ID or lend yours.
faq-duplicate_account-keys = already used, already verified, duplicate, duplicated, another account, other account, second account, old account, two accounts, multiple accounts, new account, id already used, document already used, identity already used, already registered, used by someone, lost account, forgot account, recover account

faq-region_restricted-q = My country is not supported
faq-region_restricted-a = OKX decides which services and which OKX entity serve you by your country of residence, not only your citizenship. The restricted countries are listed in section 2.2 of OKX's Terms of Service; read it there, because lists on other sites may be wrong or outdated. This is not fixable by resubmitting, and a VPN or a false address does not help. If you think it is a mistake, contact OKX support.
faq-region_restricted-keys = country, country not supported, restricted, restricted country, region, region restricted, not available, not available in my country, unsupported country, my country, residence, country of residence, jurisdiction, sanctions, blocked country, us, usa, not eligible, eligibility, age, under 18, where do you operate

faq-vpn_or_travel-q = Abroad or using a VPN?
faq-vpn_or_travel-a = Give your real country of residence: OKX's eligibility follows where you live. Do not use a VPN to hide where you are and do not state a false residence. Some users report that a VPN or a location that differs from the stated residence caused problems; this is not an official OKX rule, but switching the VPN off and verifying from home is the safe choice.
faq-vpn_or_travel-keys = vpn, proxy, ip, ip address, location, abroad, travelling, traveling, on holiday, vacation, trip, another country, foreign country, living abroad, expat, moved, moved country, different country, live in another country, tor

faq-official_support-q = How do I contact OKX support?
faq-official_support-a = Contact OKX only through official channels: in the OKX app (Support or the AI chatbot) or on okx.com via the Help Center. Give them your UID (in your profile), never your password or codes. Beware of "support" accounts that write to you first on Telegram or other networks: they are scams. This bot is not OKX and cannot contact support for you.
faq-official_support-keys = support, contact support, customer support, customer service, help desk, helpdesk, live chat, chat, agent, human, operator, talk to someone, email support, phone number, hotline, ticket, complaint, how to contact, contact okx, okx support, suport, supprt

faq-scam_warning-q = Someone offers to fix my KYC
faq-scam_warning-a = That is a scam. Nobody legitimate asks for your password, 2FA or SMS codes, seed phrase or a payment to "unlock" or "speed up" verification. Never share them and never pay. Contact OKX support only in the OKX app or on okx.com, and treat anyone who writes to you first offering help as a scammer.
faq-scam_warning-keys = scam, scammer, fraud, fake support, someone asked, asked for password, 2fa code, sms code, seed phrase, private key, pay to unlock, pay to verify, fee to unlock, unlock account, speed up verification, buy verified account, sell account, kyc service, verification service, dm, message from okx, is this legit

faq-about_bot-q = Who are you? Is this bot OKX?
faq-about_bot-a = I am KYC Doctor, an independent open-source helper. I am not OKX and not connected to it. I cannot see, change or speed up your OKX account or verification; I only check your photos and explain, from OKX's published rules, what to fix. I never need your password, 2FA codes or seed phrase. OKX's official documentation is the final source of truth.
faq-about_bot-keys = who are you, what are you, are you okx, is this okx, official, is this official, bot, this bot, what can you do, what does this bot do, help, how does it work, can you verify me, can you approve, can you speed up, are you human, are you real

faq-bot_privacy-q = What do you do with my photos?
faq-bot_privacy-a = I check your photos in memory and never store or log them. I keep only the step of our conversation, your language, the reason you chose, the document type, the issue codes of the checks and a 64-bit hash of each picture (a short number computed from it, so I notice when the same picture is sent twice). No photos, no names, no document data: what I read from the machine-readable zone is shown to you once and never stored. With the default storage (SQLite) this stays until you send /forget; if the bot runs on Redis, it is also deleted after a time without activity (REDIS_TTL_SECS, 7 days by default). I am not OKX, and I cannot see or change your account.
faq-bot_privacy-keys = privacy, private, data, my data, personal data, store, stored, storage, save, saved, keep my photos, delete, delete my data, forget, gdpr, safe, is it safe, secure, security, who sees my photos, do you save my passport, where do my photos go

# Entries for OKX's current rejection labels, the face scan and head coverings (issue 13).
faq-invalid_document-q = OKX says "Invalid document"
faq-invalid_document-a = "Invalid document" is about the document itself, not the photo. OKX names these causes: no portrait or an unclear one, a passport that is not signed, or, in some countries, a new passport being required. If the signature field of your passport is empty, sign it and take new photos. If the portrait is worn or unreadable, use another government ID you have (passport, national ID or driver's licence) or renew the document. If you cannot tell which cause applies, ask OKX support. I can check your new photos before you submit.
faq-invalid_document-keys = invalid document, document invalid, invalid id, id invalid, document not valid, not a valid document, invalid passport, passport invalid, new document required, new passport required, need a new passport, no portrait, portrait unclear, photo on my id is worn, invalid doc, invalid documant, document is invalid, why invalid document, says invalid document, id not valid

faq-document_photo_rejected-q = "ID detection failed"?
faq-document_photo_rejected-a = These labels are about the photo of your document, not the document itself. OKX explains "Invalid document photo" as blurry, cropped, with data hidden, or the wrong document (an irrelevant ID or proof of address). The older "ID detection failed" means the document could not be made out in the picture: overexposed, with reflections, or not fully visible. Retake it: the original document (no screenshot or copy), flat on a dark table, all four corners in the frame, no fingers over it, even light without glare, in sharp focus. Send the photo here first and I will check it.
faq-document_photo_rejected-keys = id detection failed, detection failed, document detection failed, invalid document photo, invalid photo of document, document photo invalid, id not detected, document not detected, cant detect my id, could not detect document, id photo rejected, document photo rejected, picture of my id rejected, id detection error, failed to detect id, detection fail, photo of document not accepted, wrong document uploaded

faq-face_scan_loop-q = The face scan keeps looping
faq-face_scan_loop-a = OKX publishes no specific cause for a face scan that restarts, freezes or ends with "something went wrong". What OKX does ask: let the OKX app use the camera, avoid dark places and camera shake, put your whole face inside the oval, then move your head slowly around the circle when asked. Face the light rather than having a window or lamp behind you. If it still loops, try the OKX app instead of the browser (or the other way round); some people report that another phone worked when theirs kept failing. If the scan never finishes, contact OKX support with your UID.
faq-face_scan_loop-keys = face scan loop, face scan keeps restarting, face scan stuck, face scan freezes, liveness check loop, something went wrong, something went wrong face scan, face verification keeps loading, face scan not working, circle keeps spinning, scan starts again, face scan never finishes, stuck on face scan, selfie keeps restarting, face check freezes, face scan error, keeps asking to scan my face, move your head loop, infinite loop face

faq-head_covering-q = Hijab or other head covering?
faq-head_covering-a = OKX publishes no rule about religious head coverings (hijab, headscarf, turban, kippah and others). Its rule is that nothing may cover your face: the whole face inside the oval, with no mask, sunglasses or hat over it. So the safe choice is a covering that leaves your whole face visible, from the hairline to the chin, without shadow on it, in good light. A veil over part of the face (a niqab, for example) does not meet that rule. OKX's official support decides individual cases: ask them if you are unsure.
faq-head_covering-keys = hijab, headscarf, head scarf, head covering, religious head covering, turban, kippah, veil, niqab, jilbab, khimar, can i wear hijab, must i remove my hijab, take off hijab, hijab selfie, hijab on id photo, wear my headscarf, religious reasons, cover my hair, take off my turban, headwrap, scarf on my head
