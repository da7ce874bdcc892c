# The composed final checklist's fixed parts, the expiry-date check and the next steps.
# See locales/README.md and src/content/checklist.rs (which composes them in order).

## Section headings of the composed checklist

checklist-title = दोबारा सबमिट करने से पहले आपकी चेकलिस्ट
checklist-title-final = दोबारा सबमिट करने के बजाय क्या करें
checklist-section-reason = OKX की बताई वजह ठीक करें
checklist-section-photos = आपकी फ़ोटो में मिली कमियाँ ठीक करें
checklist-section-data = आपकी भरी हुई जानकारी जाँचें
checklist-section-resubmit = फिर दोबारा सबमिट करें
checklist-section-instead = इसके बजाय क्या करें

## Data review: every typed field exactly as on the document

checklist-data-1 = नाम: ठीक वैसा ही जैसा दस्तावेज़ पर छपा है, वही स्पेलिंग और वही क्रम, और उसी लिपि में (लैटिन/अंग्रेज़ी या स्थानीय अक्षर) जो फ़ील्ड माँगती है।
checklist-data-2 = जन्मतिथि: वही तारीख जो दस्तावेज़ पर है; देख लें कि दिन और महीना आपस में बदल तो नहीं गए।
checklist-data-3 = एक्सपायरी डेट: दस्तावेज़ एक्सपायर नहीं होना चाहिए; पक्का करें कि सबमिट करने के दिन वह वैध हो।
checklist-data-4 = पता: आपका मौजूदा घर का पता, अगर पते का प्रमाण माँगा गया है तो उसी तरह लिखा हुआ जैसा उस प्रमाण पर है।
checklist-data-5 = राष्ट्रीयता और ID नंबर: उसी दस्तावेज़ की राष्ट्रीयता जो आप अपलोड कर रहे हैं, और नंबर पूरा, बिना स्पेस के।

## Resubmission order (self-fixable reasons)

checklist-resubmit-1 = पहले इस लिस्ट की हर चीज़ ठीक करें, फिर दोबारा सबमिट करें। वही फ़ोटो फिर से भेजने पर नतीजा शायद ही कभी बदलता है।
checklist-resubmit-2 = पूरे वेरिफ़िकेशन के दौरान एक ही फ़ोन और एक ही नेटवर्क इस्तेमाल करें, और रिव्यू के दौरान VPN चालू या बंद न करें।
checklist-resubmit-3 = एक बार दोबारा सबमिट करें, OKX के ईमेल में दिए लिंक से या ऐप के वेरिफ़िकेशन पेज से, और नतीजे का इंतज़ार करें।
checklist-resubmit-4 = अगर अकाउंट में दोबारा कोशिश करने से पहले इंतज़ार का समय दिख रहा है, तो उतना इंतज़ार करें। OKX कोशिशों की कोई तय सीमा या इंतज़ार का तय समय प्रकाशित नहीं करता।

## Instead of resubmitting (final reasons: duplicate identity, not eligible)

checklist-final-1 = दोबारा सबमिट न करें: वही या नई फ़ोटो भेजने से यह फ़ैसला नहीं बदलेगा।
checklist-final-2 = OKX सपोर्ट से सिर्फ़ OKX ऐप या okx.com के ज़रिए संपर्क करें, और उन्हें अपना UID दें।
checklist-final-3 = OKX की तरफ़ से कोई भी वेरिफ़िकेशन अनलॉक करने के लिए आपका पासवर्ड, 2FA कोड, सीड फ़्रेज़ या पैसे नहीं माँगेगा।

## Expiry-date check ($date is the date as read, written as YYYY-MM-DD)

expiry-read-as = मैंने यह तारीख { $date } पढ़ी है।
expiry-expired = यह दस्तावेज़ एक्सपायर हो चुका है। OKX एक्सपायर हो चुके दस्तावेज़ स्वीकार नहीं करता: कोई दूसरा वैध ID इस्तेमाल करें या इसे रिन्यू करवाएँ।
expiry-soon = यह दस्तावेज़ एक महीने के अंदर एक्सपायर हो रहा है। हो सकता है यह अभी पास हो जाए, लेकिन कुछ वेरिफ़िकेशन सर्विस इतनी जल्दी एक्सपायर होने वाले दस्तावेज़ रिजेक्ट कर देती हैं: अगर आपके पास कोई दूसरा वैध ID है, तो वह इस्तेमाल करें।
expiry-fine = यह दस्तावेज़ अभी एक महीने से ज़्यादा वैध रहेगा: एक्सपायरी डेट समस्या नहीं है।
expiry-unreadable = मैं वह तारीख नहीं पढ़ सका। उसे वैसे ही लिखें जैसे दस्तावेज़ पर है, जैसे 15.03.2027 या 2027-03-15।

## Next steps

next-register = अभी OKX अकाउंट नहीं है? सिर्फ़ आधिकारिक OKX ऐप या okx.com पर ही रजिस्टर करें; अनजान लोगों या चैट से मिले लिंक से कभी नहीं।
next-complete-kyc = वेरिफ़िकेशन के लिए: वेबसाइट पर, प्रोफ़ाइल आइकन → Verification → Individual account; ऐप में, User Center → Profile and Settings → Identity verification। अपना वैध ID तैयार रखें, अच्छी रोशनी में सादे बैकग्राउंड पर फ़ोटो लें, और अपनी जानकारी ठीक वैसे ही भरें जैसी दस्तावेज़ पर है। अगर वेरिफ़िकेशन फ़ेल हो, तो OKX के ईमेल या ऐप में वजह पढ़ें, उसे ठीक करें, और दोबारा सबमिट करने से पहले यहाँ अपनी फ़ोटो जाँच लें।
next-help-centre = जिस बात का जवाब यह बॉट नहीं दे सकता, उसके लिए OKX का Help Center (okx.com/help) देखें या OKX ऐप में सपोर्ट से संपर्क करें। OKX के आधिकारिक दस्तावेज़ ही अंतिम और सही स्रोत हैं: यह बॉट एक स्वतंत्र मददगार है और इसकी जानकारी पुरानी हो सकती है।
