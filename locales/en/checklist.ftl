# The composed final checklist's fixed parts, the expiry-date check and the next steps.
# See locales/README.md and src/content/checklist.rs (which composes them in order).

## Section headings of the composed checklist

checklist-title = Your checklist before you resubmit
checklist-title-final = What to do instead of resubmitting
checklist-section-reason = Fix the reason OKX gave
checklist-section-photos = Fix what I found in your photos
checklist-section-data = Check the details you typed
checklist-section-resubmit = Then resubmit
checklist-section-instead = What to do instead

## Data review: every typed field exactly as on the document

checklist-data-1 = Name: exactly as printed on the document, same spelling and order, in the same script (Latin or local letters) as the field asks.
checklist-data-2 = Date of birth: the same date as on the document; check that day and month are not swapped.
checklist-data-3 = Expiry date: the document must not be expired; make sure it is still valid on the day you submit.
checklist-data-4 = Address: your current residential address, written the same way as on your proof of address if one is asked.
checklist-data-5 = Nationality and ID number: the nationality of the document you upload, and the number complete, without spaces.

## Resubmission order (self-fixable reasons)

checklist-resubmit-1 = Fix everything on this list first, then resubmit. Sending the same photos again rarely gives a different result.
checklist-resubmit-2 = Use the same phone and the same network for the whole verification, and do not switch VPNs on or off during the review.
checklist-resubmit-3 = Resubmit once, through the link in OKX's email or the verification page in the app, and wait for the result.
checklist-resubmit-4 = If the account shows a waiting time before you can try again, wait for it. OKX publishes no fixed retry limit or waiting time.

## Instead of resubmitting (final reasons: duplicate identity, not eligible)

checklist-final-1 = Do not resubmit: sending the same or new photos will not change this decision.
checklist-final-2 = Contact OKX support only through the OKX app or okx.com, and give them your UID.
checklist-final-3 = Nobody from OKX will ask for your password, 2FA codes, seed phrase or a payment to unlock verification.

## Expiry-date check (the verdicts take no arguments; expiry-read-as comes first and shows how
## the typed date was read, as YYYY-MM-DD, so a swapped day and month is visible)

expiry-read-as = I read this date as { $date }.
expiry-expired = This document has expired. OKX does not accept expired documents: use another valid ID or renew this one.
expiry-soon = This document expires within a month. It may still pass, but some verification services reject documents that expire this soon: use another valid ID if you have one.
expiry-fine = The date itself is fine: the document is valid for more than a month. If OKX said “invalid expiry date”, check that the date is sharp and free of glare in the photo and typed exactly as printed.
expiry-unreadable = I could not read that date. Type it as on the document, for example 15.03.2027 or 2027-03-15.

## Next steps

next-register = No OKX account yet? Register only in the official OKX app or on okx.com; never through links from strangers or chats.
next-complete-kyc = To verify: on the website, profile icon → Verification → Individual account; in the app, User Center → Profile and Settings → Identity verification. Have your valid ID ready, take the photos in good light on a plain background, and type your details exactly as on the document. If it fails, read the reason in OKX's email or app, fix it, and check your photos here before you resubmit.
next-help-centre = For anything this bot cannot answer, see OKX's Help Center (okx.com/help) or contact support in the OKX app. OKX's official documentation is the final source of truth: this bot is an independent helper and can be out of date.
next-terms-link = OKX's Terms of Service, section 2.2 (where OKX does not offer its services): https://www.okx.com/help-center/360021813691
expiry-none = A document without an expiry date cannot be expired, so there is nothing to fix here. OKX publishes no rule of its own about such documents: if its form insists on a date, ask OKX support.
