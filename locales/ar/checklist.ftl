# The composed final checklist's fixed parts, the expiry-date check and the next steps.
# See locales/README.md and src/content/checklist.rs (which composes them in order).

## Section headings of the composed checklist

checklist-title = قائمة خطواتك قبل إعادة التقديم
checklist-title-final = ما يجب فعله بدلًا من إعادة التقديم
checklist-section-reason = أصلِح السبب الذي ذكرته OKX
checklist-section-photos = أصلِح ما وجدته في صورك
checklist-section-data = راجِع البيانات التي كتبتها
checklist-section-resubmit = ثم أعد التقديم
checklist-section-instead = ما يجب فعله بدلًا من ذلك

## Data review: every typed field exactly as on the document

checklist-data-1 = الاسم: تمامًا كما هو مطبوع في الوثيقة، بالتهجئة نفسها والترتيب نفسه، وبنوع الحروف الذي تطلبه الخانة (لاتينية أو محلية).
checklist-data-2 = تاريخ الميلاد: التاريخ نفسه الموجود في الوثيقة؛ تأكد من عدم تبديل اليوم والشهر.
checklist-data-3 = تاريخ الانتهاء: يجب ألا تكون الوثيقة منتهية الصلاحية؛ تأكد من أنها ما زالت سارية يوم التقديم.
checklist-data-4 = العنوان: عنوان سكنك الحالي، مكتوبًا بالطريقة نفسها الموجودة في إثبات العنوان إن طُلب منك.
checklist-data-5 = الجنسية ورقم الهوية: جنسية الوثيقة التي ترفعها، والرقم كاملًا بدون مسافات.

## Resubmission order (self-fixable reasons)

checklist-resubmit-1 = أصلِح كل ما في هذه القائمة أولًا، ثم أعد التقديم. نادرًا ما يؤدي إرسال الصور نفسها مرة أخرى إلى نتيجة مختلفة.
checklist-resubmit-2 = استخدم الهاتف نفسه والشبكة نفسها طوال عملية التحقق، ولا تشغّل VPN أو توقفه أثناء المراجعة.
checklist-resubmit-3 = أعد التقديم مرة واحدة، عبر الرابط في رسالة OKX بالبريد الإلكتروني أو عبر صفحة التحقق في التطبيق، وانتظر النتيجة.
checklist-resubmit-4 = إذا ظهرت في حسابك مدة انتظار قبل المحاولة مجددًا، فانتظرها. لا تنشر OKX حدًا ثابتًا لعدد المحاولات ولا مدة انتظار محددة.

## Instead of resubmitting (final reasons: duplicate identity, not eligible)

checklist-final-1 = لا تُعِد التقديم: إرسال الصور نفسها أو صور جديدة لن يغيّر هذا القرار.
checklist-final-2 = تواصل مع دعم OKX فقط عبر تطبيق OKX أو موقع okx.com، وأعطهم معرّف المستخدم (UID) الخاص بك.
checklist-final-3 = لن يطلب منك أحد من OKX كلمة المرور أو رموز 2FA أو عبارة الاسترداد أو أي دفعة مالية لفك قفل التحقق.

## Expiry-date check ($date is the date as read, written as YYYY-MM-DD)

expiry-read-as = قرأتُ هذا التاريخ على أنه { $date }.
expiry-expired = انتهت صلاحية هذه الوثيقة. لا تقبل OKX الوثائق المنتهية الصلاحية: استخدم هوية سارية أخرى أو جدّد هذه الوثيقة.
expiry-soon = تنتهي صلاحية هذه الوثيقة خلال شهر. قد تُقبل، لكن بعض خدمات التحقق ترفض الوثائق التي تنتهي قريبًا إلى هذا الحد: استخدم هوية سارية أخرى إن كانت لديك.
expiry-fine = ما زالت هذه الوثيقة سارية لأكثر من شهر: تاريخ الانتهاء ليس هو المشكلة.
expiry-unreadable = لم أستطع قراءة هذا التاريخ. اكتبه كما هو في الوثيقة، مثلًا 15.03.2027 أو 2027-03-15.

## Next steps

next-register = ليس لديك حساب في OKX بعد؟ سجّل فقط عبر تطبيق OKX الرسمي أو موقع okx.com؛ ولا تستخدم أبدًا روابط من غرباء أو من المحادثات.
next-complete-kyc = للتحقق من الهوية: على الموقع، أيقونة الملف الشخصي ← Verification (التحقق) ← Individual account (حساب فردي)؛ وفي التطبيق، User Center (مركز المستخدم) ← Profile and Settings (الملف الشخصي والإعدادات) ← Identity verification (التحقق من الهوية). جهّز هويتك السارية، والتقط الصور في إضاءة جيدة على خلفية سادة، واكتب بياناتك تمامًا كما هي في الوثيقة. إذا فشل التحقق، فاقرأ السبب في رسالة OKX بالبريد الإلكتروني أو في التطبيق، وأصلحه، وافحص صورك هنا قبل أن تعيد التقديم.
next-help-centre = لأي أمر لا يستطيع هذا البوت الإجابة عنه، راجع مركز المساعدة في OKX (okx.com/help) أو تواصل مع الدعم في تطبيق OKX. وثائق OKX الرسمية هي المرجع النهائي: هذا البوت أداة مساعدة مستقلة وقد لا تكون معلوماته محدّثة.
