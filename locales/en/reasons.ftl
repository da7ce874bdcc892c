# Rejection reasons: button label, what OKX means by it, and the ordered fix steps.
# See locales/README.md. Facts come only from docs/kyc-knowledge.md.
# Labels are buttons: keep them ≤ 30 characters.

## photo_blurry

reason-photo_blurry = Blurry or unreadable
reason-photo_blurry-about = The document photo was not sharp enough to read. OKX asks for a sharp, readable photo of the document.
reason-photo_blurry-step-1 = Wipe the camera lens with a soft cloth.
reason-photo_blurry-step-2 = Lay the document flat and hold the phone parallel to it, about 15–25 cm away.
reason-photo_blurry-step-3 = Use the main rear camera without digital zoom, and tap the document on the screen to focus.
reason-photo_blurry-step-4 = Hold the phone still in good light while you take the photo.
reason-photo_blurry-step-5 = Zoom into the result: every character, and on a passport both machine-readable lines at the bottom, must be readable.
reason-photo_blurry-step-6 = Upload the original camera photo, not a forwarded or compressed copy.

## photo_glare

reason-photo_glare = Glare or reflection
reason-photo_glare-about = A bright reflection hid part of the document. OKX asks for a photo free of glare, and its check fails on reflections.
reason-photo_glare-step-1 = Switch the flash off.
reason-photo_glare-step-2 = Move away from lamps and direct sun; soft daylight from the side works best.
reason-photo_glare-step-3 = Take the document out of any cover or plastic sleeve.
reason-photo_glare-step-4 = Tilt the document slightly until no bright spot lies on the text, the portrait or the hologram.
reason-photo_glare-step-5 = Laminated cards reflect the most: take a few photos from different angles and keep the one without glare.

## photo_exposure

reason-photo_exposure = Too dark or too bright
reason-photo_exposure-about = The photo was too dark or washed out to read. OKX's document check fails on overexposed photos.
reason-photo_exposure-step-1 = Find bright, even, indirect light, for example near a window but not in direct sun.
reason-photo_exposure-step-2 = Avoid strong light behind the document, and keep the phone's shadow off it.
reason-photo_exposure-step-3 = Do not fix a dark photo with the flash (it causes glare); move somewhere brighter instead.
reason-photo_exposure-step-4 = If the photo looks washed out, switch off HDR, night and beauty modes, and tap the document on the screen to set the exposure.

## photo_cut_off

reason-photo_cut_off = Cut off or covered
reason-photo_cut_off-about = Part of the document was outside the photo or hidden. OKX asks that all corners are visible and that nothing, not even a finger, covers the document.
reason-photo_cut_off-step-1 = Fit the whole document in the frame with a small margin on every side, while it still fills most of the frame.
reason-photo_cut_off-step-2 = Make sure all four corners are visible: put the card on a table so no finger covers it.
reason-photo_cut_off-step-3 = Use a plain background that contrasts with the document.
reason-photo_cut_off-step-4 = Do not crop the photo afterwards.
reason-photo_cut_off-step-5 = Passport: show the whole data page, including both machine-readable lines at the bottom.

## not_original

reason-not_original = Screenshot, copy, edit
reason-not_original-about = The photo was not a colour photo of the original document. OKX does not accept screenshots, photocopies, photos of a photo or edited images.
reason-not_original-step-1 = Photograph the physical document itself with your phone camera.
reason-not_original-step-2 = Do not send screenshots, scans, photocopies, printouts, digital IDs or photos of a screen.
reason-not_original-step-3 = Send a colour photo, never black and white.
reason-not_original-step-4 = Do not edit the photo: no filters, crops, stickers, blurred areas or notes.
reason-not_original-step-5 = Take a fresh photo rather than uploading the declined one again; some verification services flag an image that was declined before.

## wrong_document

reason-wrong_document = Wrong document or side
reason-wrong_document-about = The document type is not accepted, or a side or page was missing. Which documents OKX accepts depends on your country.
reason-wrong_document-step-1 = Choose an ID type that OKX offers for your country in the verification form; visas, student cards and work permits are not identity documents.
reason-wrong_document-step-2 = The document's issuing country must be the country you selected.
reason-wrong_document-step-3 = For an ID card or driving licence, send the front and the back as two photos, never the same side twice.
reason-wrong_document-step-4 = For a passport, send the data page with your photo, plus other key pages if asked.
reason-wrong_document-step-5 = Put each file in the right place: the identity document where the ID is asked, proof of address where the address is asked.

## document_invalid

reason-document_invalid = Expired/unsigned/damaged
reason-document_invalid-about = The document itself was not accepted: expired, unsigned, damaged, or without a clear portrait. OKX asks for a valid, undamaged document.
reason-document_invalid-step-1 = Check the expiry date. Prefer a document with validity left: some verification services reject one that expires within a month.
reason-document_invalid-step-2 = If your passport's signature field is empty, sign it before taking the photo.
reason-document_invalid-step-3 = Make sure the portrait and the date of birth are present and clear.
reason-document_invalid-step-4 = If the document is cracked, worn, punctured or has a corner cut off, use another valid ID or renew it.
reason-document_invalid-step-5 = If OKX asks for a new passport in your country, renew it first.

## data_mismatch

reason-data_mismatch = Details don't match ID
reason-data_mismatch-about = What you typed in the form (name, date of birth, ID number, nationality) does not match the document.
reason-data_mismatch-step-1 = Compare every field you typed with the document, one by one.
reason-data_mismatch-step-2 = Type your name exactly as printed: same spelling, same order, with middle names; no nicknames and no transliteration of your own.
reason-data_mismatch-step-3 = If the form has a local-language name field, type the name there in the same script as on the ID.
reason-data_mismatch-step-4 = Date of birth: check the order of day and month.
reason-data_mismatch-step-5 = ID number: complete, without spaces; do not confuse O with 0 or I with 1.
reason-data_mismatch-step-6 = If you have two nationalities, choose the nationality of the document you upload.
reason-data_mismatch-step-7 = Country of residence: where you really live.
reason-data_mismatch-step-8 = If you cannot edit the data any more, ask OKX support to correct it.

## selfie_failed

reason-selfie_failed = Selfie/face check failed
reason-selfie_failed-about = The face scan could not be completed or the face was not clear enough. OKX asks for your whole face inside the oval, in good light, without shaking.
reason-selfie_failed-step-1 = Face the light: no window or lamp behind you.
reason-selfie_failed-step-2 = Take off any hat, mask or sunglasses, and keep hair off your face.
reason-selfie_failed-step-3 = Hold the phone at eye level with your face inside the oval.
reason-selfie_failed-step-4 = Hold steady, then turn your head slowly when the app asks.
reason-selfie_failed-step-5 = Allow camera access, update the OKX app and close other apps; if it still fails, try another phone.
reason-selfie_failed-step-6 = Do it yourself: only the account holder may take the face check.

## face_mismatch

reason-face_mismatch = Face doesn't match ID
reason-face_mismatch-about = The face in the selfie was not matched to the portrait on the document.
reason-face_mismatch-step-1 = Only the account holder may take the selfie.
reason-face_mismatch-step-2 = Use your newest ID, so the portrait looks like you today.
reason-face_mismatch-step-3 = Make sure the portrait in the document photo is sharp and free of glare.
reason-face_mismatch-step-4 = Keep a neutral expression, without glasses or a hat.
reason-face_mismatch-step-5 = If it still fails, contact OKX support: some verification services treat a face mismatch as final.

## duplicate_identity

reason-duplicate_identity = ID already verified
reason-duplicate_identity-about = This identity is already verified on another OKX account. OKX allows one account per person, so resubmitting will not help.
reason-duplicate_identity-step-1 = OKX allows one account per person, and your identity is linked to another account.
reason-duplicate_identity-step-2 = Log in to that account, or recover it through OKX's account recovery.
reason-duplicate_identity-step-3 = If you do not know that account (someone may have used your ID), contact OKX support with your UID.
reason-duplicate_identity-step-4 = Never use someone else's ID, and never lend yours.

## not_eligible

reason-not_eligible = Region or eligibility
reason-not_eligible-about = OKX cannot verify you for this account, for example because of where you live. Resubmitting will not change it.
reason-not_eligible-step-1 = Read section 2.2 of OKX's Terms of Service and check which OKX entity serves your country of residence.
reason-not_eligible-step-2 = Eligibility follows where you live, not only your citizenship.
reason-not_eligible-step-3 = Do not use a VPN or state a false residence.
reason-not_eligible-step-4 = If you think it is a mistake (for example you have moved), contact OKX support with your UID and proof of your residence, and do not keep resubmitting.

## address_proof

reason-address_proof = Proof of address
reason-address_proof-about = The proof of address was not accepted. It must show your name and your current address, the same address you typed in the form.
reason-address_proof-step-1 = Use a document that shows your name and your current residential address.
reason-address_proof-step-2 = The address must be exactly the one you typed in the form.
reason-address_proof-step-3 = Use a recent document: issued within the last 3 months where OKX states a limit (for example in Saudi Arabia).
reason-address_proof-step-4 = Send a photo of the original (the whole page, all corners) or the PDF as it was issued; no screenshots.
reason-address_proof-step-5 = Do not use a P.O. box address.

## unknown

reason-unknown = No reason shown
reason-unknown-about = OKX did not show you a reason. Usually it is in the email or SMS OKX sent, together with a link to submit again.
reason-unknown-step-1 = Read OKX's email or SMS about the verification: it names the reason and links to resubmit.
reason-unknown-step-2 = Open the verification page in the OKX app and look for the reason there.
reason-unknown-step-3 = Otherwise go through the common causes in order: screenshot, copy or black-and-white photo; missing corners; blur; glare; expiry date; the data you typed; the selfie.
reason-unknown-step-4 = Send your ID photo and selfie to this bot for a check.
reason-unknown-step-5 = If it is still unclear, or there is no result after 24 hours, contact OKX support.
reason-invalid-expiry = Invalid expiry date
