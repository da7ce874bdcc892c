# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = لا تنشر OKX قائمة بالمستندات المقبولة لإثبات العنوان، ولا حدًا عامًا لتاريخ إصدارها. إذا لم يذكر الطلب ذلك، فاسأل الدعم الرسمي لـ OKX (Support Center) قبل إرساله. لا أستطيع فحص هذا المستند هنا: فحوصات الصور عندي مصممة لوثائق الهوية.
