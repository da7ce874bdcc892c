# What the photo checker found: short names and one fix step per issue code, where on the
# document a finding sits, and why a file could not be read at all. See locales/README.md.

## Document photo issues: issue-<code> (short name), issue-<code>-fix (one step for an ID photo)

issue-blurry = धुंधली
issue-blurry-fix = फ़ोटो धुंधली है: लेंस पोंछें, फ़ोकस के लिए स्क्रीन पर दस्तावेज़ को टैप करें, और फ़ोन को स्थिर रखें।
issue-glare = चमक
# $where is one of the region-* phrases below, e.g. "the top-right corner".
# Hindi: region-* are in the oblique form, used as "दस्तावेज़ के { $where } पर".
issue-glare-fix = दस्तावेज़ के { $where } पर एक चमकदार धब्बा है: फ़्लैश बंद करें और दस्तावेज़ को थोड़ा तिरछा करें, जब तक रिफ़्लेक्शन गायब न हो जाए।
issue-too_dark = बहुत अँधेरी
issue-too_dark-fix = फ़ोटो बहुत अँधेरी है: तेज़ और एक-सी रोशनी वाली जगह पर जाएँ, जैसे खिड़की के पास। फ़्लैश का इस्तेमाल न करें।
issue-too_bright = बहुत चमकीली
issue-too_bright-fix = फ़ोटो धुली हुई (बहुत चमकीली) है: सीधी रोशनी से हटें, HDR बंद करें, और एक्सपोज़र सेट करने के लिए स्क्रीन पर दस्तावेज़ को टैप करें।
issue-cut_off = कटा हुआ
issue-cut_off-fix = दस्तावेज़ का कुछ हिस्सा फ़ोटो से बाहर है: थोड़ा पीछे हटें, ताकि चारों कोने दिखें और उनके आसपास थोड़ी जगह रहे।
issue-too_small = दस्तावेज़ बहुत छोटा
issue-too_small-fix = दस्तावेज़ फ़ोटो का बहुत कम हिस्सा भर रहा है: पास जाएँ, ताकि वह फ़्रेम का ज़्यादातर हिस्सा भरे और सभी कोने फिर भी दिखें।
issue-low_resolution = कम रिज़ॉल्यूशन
issue-low_resolution-fix = फ़ोटो में इतने कम पिक्सेल हैं कि टेक्स्ट पढ़ा नहीं जा सकता: मुख्य कैमरे से, बिना ज़ूम के फ़ोटो लें, और ओरिजिनल फ़ोटो भेजें, कंप्रेस की हुई कॉपी नहीं।
issue-tilted = तिरछा
issue-tilted-fix = दस्तावेज़ की फ़ोटो तिरछे एंगल से ली गई है: उसे समतल रखें और फ़ोन को ठीक उसके ऊपर, उसके समानांतर रखें।
issue-grayscale = ब्लैक एंड व्हाइट
issue-grayscale-fix = फ़ोटो ब्लैक एंड व्हाइट है: OKX को रंगीन फ़ोटो चाहिए। कोई भी फ़िल्टर बंद करें और असली दस्तावेज़ की रंगीन फ़ोटो लें।
issue-screen_photo = स्क्रीनशॉट या स्क्रीन की फ़ोटो
issue-screen_photo-fix = यह स्क्रीनशॉट या स्क्रीन की फ़ोटो लगती है: अपने फ़ोन के कैमरे से असली (फ़िज़िकल) दस्तावेज़ की ही फ़ोटो लें।
issue-no_document = कोई दस्तावेज़ नहीं मिला
issue-no_document-fix = मुझे फ़ोटो में कोई दस्तावेज़ नहीं मिला: दस्तावेज़ को किसी सादी, अलग रंग की सतह पर रखें और उससे फ़्रेम का ज़्यादातर हिस्सा भरें।
issue-mrz_unreadable = मशीन-पठनीय क्षेत्र पढ़ा नहीं जा सका
issue-mrz_unreadable-fix = सत्यापन सिस्टम आपके दस्तावेज़ के नीचे ‹‹‹ वाली पंक्तियाँ (मशीन-पठनीय क्षेत्र) पढ़ते हैं, और मैं उन्हें पढ़ नहीं पाया: पूरी पट्टी फ़ोटो में होनी चाहिए, साफ़ और बिना चमक के। पास आइए, फ़ोन स्थिर रखिए और दस्तावेज़ को थोड़ा झुकाइए ताकि रोशनी का प्रतिबिंब न पड़े।
issue-document_uncertain = दस्तावेज़ के किनारे साफ़ नहीं
issue-document_uncertain-fix = मुझे दस्तावेज़ के किनारे साफ़ नहीं दिखे, इसलिए मैंने यह नहीं जाँचा कि वह कटा हुआ, बहुत छोटा या तिरछा है या नहीं: दस्तावेज़ को किसी सादी, गहरे रंग की सतह पर रखें और फिर से फ़ोटो लें।

## Selfie issues

issue-no_face = कोई चेहरा नहीं मिला
issue-no_face-fix = मुझे कोई चेहरा नहीं मिला: सीधे कैमरे में देखें, रोशनी की तरफ़ मुँह करें, और पूरा चेहरा फ़्रेम में रखें।
issue-multiple_faces = कई चेहरे
issue-multiple_faces-fix = तस्वीर में एक से ज़्यादा चेहरे हैं: सेल्फ़ी अकेले लें, आपके पीछे कोई न हो।
issue-face_too_small = चेहरा बहुत दूर
issue-face_too_small-fix = आपका चेहरा बहुत दूर है: फ़ोन को पास लाएँ, आँखों की ऊँचाई पर, ताकि चेहरा ओवल को भर दे।
issue-face_cut_off = चेहरा कटा हुआ
issue-face_cut_off-fix = आपके चेहरे का कुछ हिस्सा फ़्रेम से बाहर है: ठोड़ी से बालों तक पूरा सिर तस्वीर के अंदर रखें।
issue-face_off_center = चेहरा बीच में नहीं
issue-face_off_center-fix = आपका चेहरा बीच से काफ़ी दूर है: फ़ोन को ठीक अपने सामने पकड़ें और चेहरा बीच में रखें।
issue-backlit = रोशनी पीछे से
issue-backlit-fix = बैकग्राउंड आपके चेहरे से बहुत ज़्यादा चमकीला है: घूम जाएँ, ताकि खिड़की या लैंप आपके सामने हो, पीछे नहीं।
issue-uneven_light = असमान रोशनी
issue-uneven_light-fix = चेहरे का एक हिस्सा बहुत ज़्यादा अँधेरा है: रोशनी की तरफ़ सीधे मुँह करें, ताकि दोनों तरफ़ एक जैसी रोशनी पड़े।

## Selfie variants of the codes that apply to both kinds of photo

issue-selfie-blurry-fix = सेल्फ़ी धुंधली है: फ़्रंट कैमरा पोंछें, फ़ोन को आँखों की ऊँचाई पर स्थिर रखें, और धीरे-धीरे हिलें।
issue-selfie-too_dark-fix = सेल्फ़ी बहुत अँधेरी है: किसी रोशनी वाली जगह पर जाएँ और रोशनी की तरफ़ मुँह करें।
issue-selfie-too_bright-fix = सेल्फ़ी धुली हुई (बहुत चमकीली) है: सीधी धूप या लैंप की तेज़ रोशनी से हटें, और हल्की, एक-सी रोशनी इस्तेमाल करें।
issue-selfie-grayscale-fix = सेल्फ़ी ब्लैक एंड व्हाइट है: कैमरे का कोई भी फ़िल्टर या कलर इफ़ेक्ट बंद करें।
issue-selfie-low_resolution-fix = सेल्फ़ी में बहुत कम पिक्सेल हैं: सीधे फ़ोन का कैमरा इस्तेमाल करें और ओरिजिनल तस्वीर भेजें, कंप्रेस की हुई कॉपी नहीं।

## Where on the document a finding sits (used as { $where } above)

region-top_left = ऊपरी बाएँ कोने
region-top = ऊपरी किनारे
region-top_right = ऊपरी दाएँ कोने
region-left = बाएँ किनारे
region-center = बीच वाले हिस्से
region-right = दाएँ किनारे
region-bottom_left = निचले बाएँ कोने
region-bottom = निचले किनारे
region-bottom_right = निचले दाएँ कोने
# When the checker could not say where.
region-unknown = किसी हिस्से

## Files that could not be analysed at all (docs/contracts.md input error codes)

input-error-not_found = मुझे वह फ़ाइल नहीं मिली। पाथ जाँचें और फिर से कोशिश करें।
input-error-unsupported_format = मैं यह इमेज फ़ॉर्मेट नहीं पढ़ सकता (जैसे iPhone की HEIC फ़ोटो)। इसे Telegram में सामान्य फ़ोटो की तरह भेजें, या JPEG में सेव करें: iPhone पर Settings → Camera → Formats → Most Compatible।
input-error-corrupt = मैं यह इमेज नहीं पढ़ सका: फ़ाइल खराब या अधूरी लगती है। नई फ़ोटो लें और फिर से भेजें।
input-error-too_large = यह फ़ाइल मेरे जाँचने के लिए बहुत बड़ी है। इसे फ़ाइल की जगह सामान्य फ़ोटो की तरह भेजें, या कोई छोटी तस्वीर भेजें।
input-error-too_many_pixels = इस तस्वीर में इतने पिक्सेल हैं कि मैं इसे जाँच नहीं सकता। इसे सामान्य फ़ोटो की तरह भेजें (Telegram इसका साइज़ छोटा कर देता है), या कैमरे का रिज़ॉल्यूशन कम करें।

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 आपके दस्तावेज़ में क्या लिखा है (मशीन-पठनीय क्षेत्र से पढ़ा गया, केवल आपको दिखाया गया और सहेजा नहीं गया):
mrz-block-surname = उपनाम: { $value }
mrz-block-given = दिया गया नाम: { $value }
mrz-block-birth = जन्म तिथि: { $value }
mrz-block-expiry = समाप्ति तिथि: { $value }
mrz-block-nationality = राष्ट्रीयता: { $value }
mrz-block-number = दस्तावेज़ संख्या: { $value }
mrz-block-advice = इन्हें OKX के फ़ॉर्म में ठीक वैसे ही भरें जैसे छपे हैं। नाम का कोई चेक अंक नहीं होता, इसलिए उसकी वर्तनी दस्तावेज़ से मिलाइए।
