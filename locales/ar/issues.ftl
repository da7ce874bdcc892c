# What the photo checker found: short names and one fix step per issue code, where on the
# document a finding sits, and why a file could not be read at all. See locales/README.md.

## Document photo issues: issue-<code> (short name), issue-<code>-fix (one step for an ID photo)

issue-blurry = ضبابية
issue-blurry-fix = الصورة ضبابية: امسح العدسة، واضغط على الوثيقة في الشاشة لضبط التركيز، وثبّت الهاتف.
issue-glare = لمعان
# $where is one of the region-* phrases below, e.g. "the top-right corner".
issue-glare-fix = بقعة لامعة تغطي { $where } من الوثيقة: أطفئ الفلاش وأمِل الوثيقة قليلًا حتى يختفي الانعكاس.
issue-too_dark = مظلمة جدًا
issue-too_dark-fix = الصورة مظلمة جدًا: انتقل إلى إضاءة ساطعة ومتساوية، مثلًا قرب نافذة. لا تستخدم الفلاش.
issue-too_bright = ساطعة جدًا
issue-too_bright-fix = الصورة باهتة من شدة السطوع: ابتعد عن الضوء المباشر، وأوقف وضع HDR، واضغط على الوثيقة في الشاشة لضبط الإضاءة.
issue-cut_off = مقطوعة
issue-cut_off-fix = جزء من الوثيقة خارج الصورة: ابتعد قليلًا حتى تظهر الزوايا الأربع كلها، مع هامش صغير حولها.
issue-too_small = الوثيقة صغيرة جدًا
issue-too_small-fix = الوثيقة تشغل جزءًا صغيرًا من الصورة: اقترب حتى تملأ معظم الإطار، مع بقاء جميع الزوايا ظاهرة.
issue-low_resolution = دقة منخفضة
issue-low_resolution-fix = عدد البكسلات في الصورة أقل من أن يُقرأ النص: صوّرها بالكاميرا الرئيسية بدون تكبير، وأرسل الصورة الأصلية لا نسخة مضغوطة.
issue-tilted = مائلة
issue-tilted-fix = الوثيقة مصوّرة بزاوية مائلة: ضعها مسطّحة وأمسك الهاتف فوقها مباشرة، موازيًا لها.
issue-grayscale = أبيض وأسود
issue-grayscale-fix = الصورة بالأبيض والأسود: تشترط OKX صورة ملوّنة. أوقف أي فلتر وصوّر الوثيقة الأصلية بالألوان.
issue-screen_photo = لقطة شاشة أو تصوير شاشة
issue-screen_photo-fix = تبدو هذه لقطة شاشة أو صورة لشاشة: صوّر الوثيقة الأصلية نفسها بكاميرا هاتفك.
issue-no_document = لم يُعثر على وثيقة
issue-no_document-fix = لم أجد وثيقة في الصورة: ضع الوثيقة على سطح سادة مختلف اللون، واجعلها تملأ معظم الإطار.
issue-mrz_unreadable = المنطقة المقروءة آليًا غير مقروءة
issue-mrz_unreadable-fix = تقرأ أنظمة التحقق الأسطر التي تحتوي على ‹‹‹ أسفل وثيقتك (المنطقة المقروءة آليًا)، ولم أتمكن من قراءتها: يجب أن يظهر الشريط كاملًا في الصورة، واضحًا ومن دون انعكاس. اقترب أكثر، وثبّت الهاتف، وأمِل الوثيقة قليلًا بعيدًا عن الضوء.
issue-document_uncertain = حواف الوثيقة غير واضحة
issue-document_uncertain-fix = لم أتمكن من رؤية حواف الوثيقة بوضوح، لذلك لم أحكم على ما إذا كانت مقطوعة أو صغيرة جدًا أو مائلة: ضع الوثيقة على سطح سادة أغمق لونًا والتقط الصورة مرة أخرى.

## Selfie issues

issue-no_face = لم يُعثر على وجه
issue-no_face-fix = لم أجد وجهًا: انظر مباشرة إلى الكاميرا، واجعل الضوء أمام وجهك، وأبقِ وجهك كاملًا داخل الإطار.
issue-multiple_faces = أكثر من وجه
issue-multiple_faces-fix = في الصورة أكثر من وجه: التقط السيلفي وحدك، دون أن يقف أحد خلفك.
issue-face_too_small = الوجه بعيد جدًا
issue-face_too_small-fix = وجهك بعيد جدًا: قرّب الهاتف، بمستوى عينيك، حتى يملأ وجهك الإطار البيضاوي.
issue-face_cut_off = الوجه مقطوع
issue-face_cut_off-fix = جزء من وجهك خارج الإطار: أبقِ رأسك كله داخل الصورة، من الذقن حتى الشعر.
issue-face_off_center = الوجه ليس في المنتصف
issue-face_off_center-fix = وجهك بعيد عن المنتصف: أمسك الهاتف أمامك مباشرة وأبقِ وجهك في الوسط.
issue-backlit = الضوء خلفك
issue-backlit-fix = الخلفية أكثر إضاءة من وجهك بكثير: استدر بحيث تواجه النافذة أو المصباح، لا أن يكون خلفك.
issue-uneven_light = إضاءة غير متساوية
issue-uneven_light-fix = أحد جانبي وجهك أغمق بكثير: واجه مصدر الضوء مباشرة حتى يُضاء الجانبان بالتساوي.

## Selfie variants of the codes that apply to both kinds of photo

issue-selfie-blurry-fix = السيلفي ضبابي: امسح الكاميرا الأمامية، وثبّت الهاتف بمستوى عينيك، وتحرّك ببطء.
issue-selfie-too_dark-fix = السيلفي مظلم جدًا: انتقل إلى مكان مضيء واجعل الضوء أمام وجهك.
issue-selfie-too_bright-fix = السيلفي باهت من شدة السطوع: ابتعد عن الشمس المباشرة أو ضوء المصباح القوي، واستخدم إضاءة هادئة ومتساوية.
issue-selfie-grayscale-fix = السيلفي بالأبيض والأسود: أوقف أي فلتر أو تأثير لوني في الكاميرا.
issue-selfie-low_resolution-fix = عدد البكسلات في السيلفي قليل جدًا: استخدم كاميرا الهاتف مباشرة وأرسل الصورة الأصلية، لا نسخة مضغوطة.

## Where on the document a finding sits (used as { $where } above)

region-top_left = الزاوية العلوية اليسرى
region-top = الحافة العلوية
region-top_right = الزاوية العلوية اليمنى
region-left = الحافة اليسرى
region-center = الجزء الأوسط
region-right = الحافة اليمنى
region-bottom_left = الزاوية السفلية اليسرى
region-bottom = الحافة السفلية
region-bottom_right = الزاوية السفلية اليمنى
# When the checker could not say where.
region-unknown = جزءًا

## Files that could not be analysed at all (docs/contracts.md input error codes)

input-error-not_found = لم أجد هذا الملف. تحقق من المسار وحاول مرة أخرى.
input-error-unsupported_format = لا أستطيع قراءة صيغة الصورة هذه (مثل صور HEIC من آيفون). أرسلها كصورة عادية في تيليجرام، أو احفظها بصيغة JPEG: في آيفون، الإعدادات ← الكاميرا ← التنسيقات ← الأكثر توافقًا.
input-error-corrupt = لم أستطع قراءة هذه الصورة: يبدو أن الملف تالف أو غير مكتمل. التقط صورة جديدة وأرسلها مرة أخرى.
input-error-too_large = هذا الملف أكبر من أن أفحصه. أرسله كصورة عادية بدلًا من ملف، أو أرسل صورة أصغر.
input-error-too_many_pixels = عدد البكسلات في هذه الصورة أكبر مما أستطيع فحصه. أرسلها كصورة عادية (يصغّرها تيليجرام تلقائيًا)، أو اختر دقة أقل في الكاميرا.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 ما تقوله وثيقتك (مقروء من المنطقة المقروءة آليًا، يظهر لك وحدك ولا يُحفظ):
mrz-block-surname = اسم العائلة: { $value }
mrz-block-given = الاسم الأول: { $value }
mrz-block-birth = تاريخ الميلاد: { $value }
mrz-block-expiry = تاريخ الانتهاء: { $value }
mrz-block-nationality = الجنسية: { $value }
mrz-block-number = رقم الوثيقة: { $value }
mrz-block-advice = أدخل هذه البيانات في نموذج OKX تمامًا كما هي مطبوعة. لا يوجد رقم تحقق للاسم، لذا طابق تهجئته مع الوثيقة.
