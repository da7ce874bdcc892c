# What the photo checker found: short names and one fix step per issue code, where on the
# document a finding sits, and why a file could not be read at all. See locales/README.md.

## Document photo issues: issue-<code> (short name), issue-<code>-fix (one step for an ID photo)

issue-blurry = Blurry
issue-blurry-fix = The photo is blurry: wipe the lens, tap the document on the screen to focus, and hold the phone still.
issue-glare = Glare
# $where is one of the region-* phrases below, e.g. "the top-right corner".
issue-glare-fix = A bright spot covers { $where } of the document: switch the flash off and tilt the document slightly until the reflection is gone.
issue-too_dark = Too dark
issue-too_dark-fix = The photo is too dark: move to bright, even light, for example near a window. Do not use the flash.
issue-too_bright = Too bright
issue-too_bright-fix = The photo is washed out: move out of direct light, switch off HDR, and tap the document on the screen to set the exposure.
issue-cut_off = Cut off
issue-cut_off-fix = Part of the document is outside the photo: step back until all four corners are visible, with a small margin around them.
issue-too_small = Document too small
issue-too_small-fix = The document fills too little of the photo: move closer until it fills most of the frame, with all corners still visible.
issue-low_resolution = Low resolution
issue-low_resolution-fix = The photo has too few pixels to read the text: take it with the main camera, without zoom, and send the original photo, not a compressed copy.
issue-tilted = Tilted
issue-tilted-fix = The document is photographed at an angle: lay it flat and hold the phone straight above it, parallel to the document.
issue-grayscale = Black and white
issue-grayscale-fix = The photo is black and white: OKX requires a colour photo. Switch off any filter and photograph the original in colour.
issue-screen_photo = Screenshot or screen
issue-screen_photo-fix = This looks like a screenshot or a photo of a screen: photograph the physical document itself with your phone camera.
issue-no_document = No document found
issue-no_document-fix = I could not find a document in the photo: put the document on a plain, contrasting surface and fill most of the frame with it.
issue-mrz_unreadable = Machine-readable zone unreadable
issue-mrz_unreadable-fix = Verification systems read the lines of ‹‹‹ at the bottom of your document (the machine-readable zone), and I could not read them: make sure the whole strip is in the photo, sharp and free of glare. Move closer, hold the phone still and tilt the document away from the light.
issue-document_uncertain = Document edges unclear
issue-document_uncertain-fix = I could not see the document's edges clearly, so I did not judge whether it is cut off, too small or tilted: lay it on a plain, darker surface and take the photo again.

## Selfie issues

issue-no_face = No face found
issue-no_face-fix = I could not find a face: look straight into the camera, face the light, and keep your whole face in the frame.
issue-multiple_faces = Several faces
issue-multiple_faces-fix = There is more than one face in the picture: take the selfie alone, with nobody behind you.
issue-face_too_small = Face too far away
issue-face_too_small-fix = Your face is too far away: hold the phone closer, at eye level, so your face fills the oval.
issue-face_cut_off = Face cut off
issue-face_cut_off-fix = Part of your face is outside the frame: keep your whole head, from chin to hair, inside the picture.
issue-face_off_center = Face off centre
issue-face_off_center-fix = Your face is far from the centre: hold the phone straight in front of you and keep your face in the middle.
issue-backlit = Light behind you
issue-backlit-fix = The background is much brighter than your face: turn around so you face the window or lamp, not your back to it.
issue-uneven_light = Uneven light
issue-uneven_light-fix = One side of your face is much darker: face the light source directly so both sides are evenly lit.

## Selfie variants of the codes that apply to both kinds of photo

issue-selfie-blurry-fix = The selfie is blurry: wipe the front camera, hold the phone steady at eye level, and move slowly.
issue-selfie-too_dark-fix = The selfie is too dark: move to a bright place and face the light.
issue-selfie-too_bright-fix = The selfie is washed out: move out of direct sun or strong lamp light and use soft, even light.
issue-selfie-grayscale-fix = The selfie is black and white: switch off any filter or colour effect on the camera.
issue-selfie-low_resolution-fix = The selfie has too few pixels: use the phone camera directly and send the original picture, not a compressed copy.

## Where on the document a finding sits (used as { $where } above)

region-top_left = the top-left corner
region-top = the top edge
region-top_right = the top-right corner
region-left = the left edge
region-center = the middle
region-right = the right edge
region-bottom_left = the bottom-left corner
region-bottom = the bottom edge
region-bottom_right = the bottom-right corner
# When the checker could not say where.
region-unknown = part

## Files that could not be analysed at all (docs/contracts.md input error codes)

input-error-not_found = I could not find that file. Check the path and try again.
input-error-unsupported_format = I cannot read this image format (HEIC photos from an iPhone, for example). Send it as a normal photo in Telegram, or save it as JPEG: on iPhone, Settings → Camera → Formats → Most Compatible.
input-error-corrupt = I could not read this image: the file seems damaged or incomplete. Take a new photo and send it again.
input-error-too_large = This file is too large for me to check. Send it as a normal photo instead of a file, or send a smaller picture.
input-error-too_many_pixels = This picture has more pixels than I can check. Send it as a normal photo, which Telegram resizes, or use a lower camera resolution.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 What your document says (read from its machine-readable zone, shown only to you and not kept):
mrz-block-surname = Surname: { $value }
mrz-block-given = Given names: { $value }
mrz-block-birth = Date of birth: { $value }
mrz-block-expiry = Expiry date: { $value }
mrz-block-nationality = Nationality: { $value }
mrz-block-number = Document number: { $value }
mrz-block-advice = Enter these exactly as printed in OKX's form. The name has no check digit, so check its spelling against the document.
