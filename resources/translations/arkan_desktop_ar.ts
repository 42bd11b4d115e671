<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountTreeModel</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>الأصول</translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>حقوق الملكية</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>المصروفات</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Inventory adjustment</source>
        <translation>تسوية المخزون</translation>
    </message>
    <message>
        <source>Queue adjustment</source>
        <translation>إضافة التسوية إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Why the count differs</source>
        <translation>سبب اختلاف العدّ</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>ال&amp;موقع</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Choose a location</source>
        <translation>اختر موقعًا</translation>
    </message>
    <message>
        <source>Give a reason for the adjustment</source>
        <translation>اذكر سبب التسوية</translation>
    </message>
    <message>
        <source>Add at least one line</source>
        <translation>أضف بندًا واحدًا على الأقل</translation>
    </message>
</context>
<context>
    <name>AgedReceivablesView</name>
    <message>
        <source>Aged receivables — %1</source>
        <translation>أعمار الذمم المدينة — %1</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;في تاريخ</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <source>&amp;Open invoices of customer</source>
        <translation>ال&amp;فواتير المفتوحة للعميل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>From this computer&apos;s copy of the invoices: posted customer invoices with an amount due, by days past their due date. Double-click a customer for their open invoices.</source>
        <translation>من نسخة الفواتير المحفوظة على هذا الجهاز: فواتير العملاء المُرحّلة التي عليها مبلغ مستحق، موزعة حسب أيام التأخر عن تاريخ الاستحقاق. انقر نقرًا مزدوجًا على عميل لعرض فواتيره المفتوحة.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>لم يستحق بعد</translation>
    </message>
    <message>
        <source>1–30</source>
        <translation>1–30</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <source>Over 90</source>
        <translation>أكثر من 90</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>إجمالي %1</translation>
    </message>
    <message>
        <source>Nothing is owed as of this day.</source>
        <translation>لا توجد مبالغ مستحقة في هذا التاريخ.</translation>
    </message>
    <message>
        <source>Export aged receivables</source>
        <translation>تصدير أعمار الذمم المدينة</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>التخصيص</translation>
    </message>
    <message>
        <source>More than the %1 open on %2</source>
        <translation>أكثر من المتبقي على %2 وهو %1</translation>
    </message>
    <message>
        <source>An allocation cannot be negative</source>
        <translation>لا يمكن أن يكون التخصيص سالبًا</translation>
    </message>
    <message>
        <source>At most %1 decimals</source>
        <translation>%1 منازل عشرية على الأكثر</translation>
    </message>
    <message>
        <source>“%1” is not an amount: %2</source>
        <translation>«%1» ليس مبلغًا: %2</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Enter a number</source>
        <translation>أدخل رقمًا</translation>
    </message>
    <message>
        <source>A number cannot contain letters</source>
        <translation>لا يمكن أن يحتوي الرقم على حروف</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a number</source>
        <translation>لا يمكن أن يكون «%1» جزءًا من رقم</translation>
    </message>
    <message>
        <source>A minus sign goes only at the start</source>
        <translation>علامة الناقص تُكتب في البداية فقط</translation>
    </message>
    <message>
        <source>Type the digits of the number</source>
        <translation>اكتب أرقام العدد</translation>
    </message>
    <message>
        <source>Use %1 or %2 for decimals</source>
        <translation>استخدم %1 أو %2 للكسور العشرية</translation>
    </message>
    <message>
        <source>Use %1 for decimals</source>
        <translation>استخدم %1 للكسور العشرية</translation>
    </message>
    <message>
        <source>At most %1 decimals</source>
        <translation>%1 منازل عشرية على الأكثر</translation>
    </message>
    <message>
        <source>Too large: at most %1 digits before the decimal point</source>
        <translation>الرقم كبير جدًا: %1 رقمًا على الأكثر قبل الفاصلة العشرية</translation>
    </message>
    <message>
        <source>Only one decimal point; group thousands as in %1</source>
        <translation>فاصلة عشرية واحدة فقط؛ افصل الآلاف هكذا: %1</translation>
    </message>
    <message>
        <source>Group thousands as in %1</source>
        <translation>افصل الآلاف هكذا: %1</translation>
    </message>
</context>
<context>
    <name>ArkanDesktopApp</name>
    <message>
        <source>Signing in again as %1…</source>
        <translation>جارٍ تسجيل الدخول مجددًا باسم %1…</translation>
    </message>
    <message>
        <source>Your saved sign-in is no longer valid; please sign in.</source>
        <translation>لم يعد تسجيل الدخول المحفوظ صالحًا؛ يُرجى تسجيل الدخول.</translation>
    </message>
    <message>
        <source>(starting the demo server)</source>
        <translation>(جارٍ تشغيل الخادم التجريبي)</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>جارٍ تشغيل الخادم التجريبي…</translation>
    </message>
    <message>
        <source>Choose a company to open</source>
        <translation>اختر شركة لفتحها</translation>
    </message>
    <message>
        <source>This account has no companies on this server</source>
        <translation>لا توجد شركات لهذا الحساب على هذا الخادم</translation>
    </message>
    <message>
        <source>The local copy cannot be opened: %1</source>
        <translation>تعذّر فتح النسخة المحلية: %1</translation>
    </message>
    <message>
        <source>There is no copy of a company on this computer yet</source>
        <translation>لا توجد نسخة من أي شركة على هذا الجهاز بعد</translation>
    </message>
    <message>
        <source>Signed out of %1</source>
        <translation>تم تسجيل الخروج من %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>Printing invoices</source>
        <translation>طباعة الفواتير</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>جارٍ إعداد %1…</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>جارٍ الإرسال إلى الطابعة…</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Edit: %1</source>
        <translation>تعديل: %1</translation>
    </message>
    <message>
        <source>Correct the request the server refused, then resend it. It goes with a new idempotency key, as a new request.</source>
        <translation>صحّح الطلب الذي رفضه الخادم ثم أعد إرساله. يُرسَل بمفتاح عدم تكرار جديد كطلب جديد.</translation>
    </message>
    <message>
        <source>Save and resend</source>
        <translation>حفظ وإعادة الإرسال</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1</source>
        <translation>هذا ليس JSON صالحًا: %1</translation>
    </message>
</context>
<context>
    <name>BrandingDialog</name>
    <message>
        <source>Invoice branding</source>
        <translation>هوية الفاتورة</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English and Arabic</source>
        <translation>الإنجليزية والعربية</translation>
    </message>
    <message>
        <source>Print the e-invoice QR code</source>
        <translation>طباعة رمز QR للفاتورة الإلكترونية</translation>
    </message>
    <message>
        <source>Printed at the foot of every page</source>
        <translation>يُطبع في تذييل كل صفحة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;Footer</source>
        <translation>&amp;التذييل</translation>
    </message>
</context>
<context>
    <name>CancelInvoiceDialog</name>
    <message>
        <source>Cancel invoice</source>
        <translation>إلغاء الفاتورة</translation>
    </message>
    <message>
        <source>Cancel %1 for %2 (%3 %4)?</source>
        <translation>إلغاء %1 للعميل %2 (%3 %4)؟</translation>
    </message>
    <message>
        <source>this invoice</source>
        <translation>هذه الفاتورة</translation>
    </message>
    <message>
        <source>The server issues a credit note that reverses the invoice in the ledger and returns delivered goods to stock. This cannot be undone.</source>
        <translation>يُصدر الخادم إشعارًا دائنًا يعكس الفاتورة في دفتر الأستاذ ويعيد البضاعة المسلَّمة إلى المخزون. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>e.g. ordered twice, wrong customer</source>
        <translation>مثلًا: طلب مكرر، عميل خاطئ</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Cancel &amp;invoice</source>
        <translation>إلغاء ال&amp;فاتورة</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>الإ&amp;بقاء عليها</translation>
    </message>
    <message>
        <source>Say why the invoice is cancelled; the reason prints on the credit note</source>
        <translation>اذكر سبب إلغاء الفاتورة؛ يُطبع السبب على الإشعار الدائن</translation>
    </message>
    <message>
        <source>The reason is too long: at most %1 characters</source>
        <translation>السبب طويل جدًا: %1 حرفًا على الأكثر</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>مُرحّلة</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>غير مدفوعة</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>مدفوعة جزئيًا</translation>
    </message>
    <message>
        <source>In payment</source>
        <translation>قيد السداد</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>معكوسة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>مستلم جزئيًا</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مستلم</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>فاتورة مورد</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <source>Vendor credit</source>
        <translation>إشعار دائن من مورد</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>إيصال استلام</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>تسليم</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>إتلاف</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>أصل</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>التزام</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>حقوق الملكية</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>مصروف</translation>
    </message>
    <message>
        <source>Storable</source>
        <translation>قابل للتخزين</translation>
    </message>
    <message>
        <source>Consumable</source>
        <translation>مستهلك</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل بنكي</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>معيب</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Quality failure</source>
        <translation>غير مطابق للجودة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>مُسلَّم</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>لم يُسلَّم</translation>
    </message>
    <message>
        <source>Partly delivered</source>
        <translation>مُسلَّم جزئياً</translation>
    </message>
    <message>
        <source>Nothing to deliver</source>
        <translation>لا شيء للتسليم</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>مُفوتَر</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>غير مُفوتَر</translation>
    </message>
    <message>
        <source>Partly invoiced</source>
        <translation>مُفوتَر جزئياً</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Partly reserved</source>
        <translation>محجوز جزئياً</translation>
    </message>
    <message>
        <source>Waiting for stock</source>
        <translation>بانتظار المخزون</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>مُسترَد</translation>
    </message>
    <message>
        <source>Left to finance</source>
        <translation>متروك للمالية</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Choose a company</source>
        <translation>اختر شركة</translation>
    </message>
    <message>
        <source>Your account works for several companies. Open:</source>
        <translation>حسابك مرتبط بعدة شركات. افتح:</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>تغييرك</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>الموجود على الخادم الآن</translation>
    </message>
    <message>
        <source>The server refused this change as a conflict: %1. Its current record could not be fetched.</source>
        <translation>رفض الخادم هذا التغيير لوجود تعارض: %1. تعذّر جلب السجل الحالي من الخادم.</translation>
    </message>
    <message>
        <source>The server refused this change as a conflict: %1. %2 fields differ between your version and the server&apos;s (highlighted). Re-apply sends your change again on top of the server&apos;s version.</source>
        <translation>رفض الخادم هذا التغيير لوجود تعارض: %1. يختلف %2 من الحقول بين نسختك ونسخة الخادم (مظلَّلة). يؤدي «إعادة التطبيق» إلى إرسال تغييرك مجددًا فوق نسخة الخادم.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Edit customer</source>
        <translation>تعديل العميل</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>ال&amp;رمز</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;البريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>اله&amp;اتف</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <source>&amp;Tax number</source>
        <translation>الرقم ال&amp;ضريبي</translation>
    </message>
    <message>
        <source>Payment &amp;terms</source>
        <translation>&amp;شروط السداد</translation>
    </message>
    <message>
        <source>&amp;Credit limit</source>
        <translation>&amp;حد الائتمان</translation>
    </message>
    <message>
        <source>Left empty, one is made up for the new customer</source>
        <translation>إذا تُرك فارغًا يُنشأ رمز للعميل الجديد تلقائيًا</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name</source>
        <translation>أدخل اسم العميل</translation>
    </message>
    <message>
        <source>This does not look like an email address</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>Enter an amount like 5000 or 5000.00 (not negative)</source>
        <translation>أدخل مبلغًا مثل 5000 أو 5000.00 (غير سالب)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>The server refused it</source>
        <translation>رفضه الخادم</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Terms (days)</source>
        <translation>شروط السداد (أيام)</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>حد الائتمان</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>المستحق</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>&amp;New customer</source>
        <translation>عميل &amp;جديد</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Change the selected customer (or double-click it)</source>
        <translation>تعديل العميل المحدد (أو انقر عليه نقرًا مزدوجًا)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>This customer is no longer in the local copy</source>
        <translation>لم يعد هذا العميل موجودًا في النسخة المحلية</translation>
    </message>
    <message>
        <source>Customer saved; changes go to the server through the outbox</source>
        <translation>حُفظ العميل؛ تُرسَل التغييرات إلى الخادم عبر صندوق الصادر</translation>
    </message>
</context>
<context>
    <name>EntryLinesModel</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>مدين</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>دائن</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>يجب ألا يكون سالبًا</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows</source>
        <translation>فيه منازل عشرية أكثر مما تسمح به %1</translation>
    </message>
    <message>
        <source>Unknown account “%1”</source>
        <translation>حساب غير معروف «%1»</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>اختر حسابًا</translation>
    </message>
    <message>
        <source>Unknown account</source>
        <translation>حساب غير معروف</translation>
    </message>
    <message>
        <source>Not a valid amount: %1</source>
        <translation>مبلغ غير صالح: %1</translation>
    </message>
    <message>
        <source>Enter a debit or a credit, not both</source>
        <translation>أدخل مبلغًا مدينًا أو دائنًا، لا كليهما</translation>
    </message>
    <message>
        <source>Enter a debit or a credit</source>
        <translation>أدخل مبلغًا مدينًا أو دائنًا</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong %1 times and was not finished; the details are in the log file. Your data on the server and on this computer is safe.</source>
        <translation>حدث خطأ %1 مرات ولم تكتمل العملية؛ التفاصيل في ملف السجل. بياناتك على الخادم وعلى هذا الحاسوب سليمة.</translation>
    </message>
    <message>
        <source>Something went wrong and was not finished; the details are in the log file. Your data on the server and on this computer is safe.</source>
        <translation>حدث خطأ ولم تكتمل العملية؛ التفاصيل في ملف السجل. بياناتك على الخادم وعلى هذا الحاسوب سليمة.</translation>
    </message>
</context>
<context>
    <name>InvoiceCommands</name>
    <message>
        <source>This invoice</source>
        <translation>هذه الفاتورة</translation>
    </message>
    <message>
        <source>%1 is a credit note; credit notes cannot be cancelled</source>
        <translation>%1 إشعار دائن؛ لا يمكن إلغاء الإشعارات الدائنة</translation>
    </message>
    <message>
        <source>Only customer invoices are cancelled here</source>
        <translation>لا تُلغى هنا إلا فواتير العملاء</translation>
    </message>
    <message>
        <source>%1 is already cancelled</source>
        <translation>%1 ملغاة بالفعل</translation>
    </message>
    <message>
        <source>%1 is a draft; only posted invoices are cancelled with a credit note</source>
        <translation>%1 مسودة؛ لا تُلغى بإشعار دائن إلا الفواتير المُرحّلة</translation>
    </message>
    <message>
        <source>%1 has payments against it; an invoice with payments cannot be cancelled</source>
        <translation>على %1 دفعات مسجلة؛ لا يمكن إلغاء فاتورة عليها دفعات</translation>
    </message>
    <message>
        <source>%1 has not reached the server yet</source>
        <translation>لم تصل %1 إلى الخادم بعد</translation>
    </message>
    <message>
        <source>Cancellation of %1 queued; the server issues the credit note</source>
        <translation>أُضيف إلغاء %1 إلى قائمة الانتظار؛ يُصدر الخادم الإشعار الدائن</translation>
    </message>
    <message>
        <source>Payments are recorded against posted, unpaid invoices</source>
        <translation>تُسجَّل الدفعات على الفواتير المُرحّلة غير المدفوعة</translation>
    </message>
    <message>
        <source>Payments are recorded in %1; this invoice is in %2</source>
        <translation>تُسجَّل الدفعات بعملة %1؛ وهذه الفاتورة بعملة %2</translation>
    </message>
    <message>
        <source>Fix refused payment</source>
        <translation>تصحيح الدفعة المرفوضة</translation>
    </message>
    <message>
        <source>Payment queued, allocated to %1 invoices</source>
        <translation>أُضيفت الدفعة إلى قائمة الانتظار، مخصصة على %1 فاتورة</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Fix rejected invoice</source>
        <translation>تصحيح الفاتورة المرفوضة</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>فاتورة جديدة</translation>
    </message>
    <message>
        <source>&amp;Save and queue</source>
        <translation>&amp;حفظ وإضافة إلى قائمة الإرسال</translation>
    </message>
    <message>
        <source>&amp;Save and resend</source>
        <translation>&amp;حفظ وإعادة الإرسال</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>اختر العميل</translation>
    </message>
    <message>
        <source>Add at least one line</source>
        <translation>أضف بندًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>البند %1، %2: %3</translation>
    </message>
    <message>
        <source>The due date is before the invoice date</source>
        <translation>تاريخ الاستحقاق يسبق تاريخ الفاتورة</translation>
    </message>
    <message>
        <source>Fix the marked fields, then save again.</source>
        <translation>صحّح الحقول المعلَّمة، ثم احفظ مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditorForm</name>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;العميل</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;التاريخ</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>تاريخ الا&amp;ستحقاق</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;المرجع</translation>
    </message>
    <message>
        <source>The client&apos;s order number (optional)</source>
        <translation>رقم أمر الشراء لدى العميل (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Lines (Enter on the last line adds one)</source>
        <translation>&amp;البنود (Enter على البند الأخير يضيف بندًا)</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;إضافة بند</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>حذ&amp;ف البند</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
</context>
<context>
    <name>InvoiceFromOrderDialog</name>
    <message>
        <source>the new order</source>
        <translation>الأمر الجديد</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>فاتورة %1</translation>
    </message>
    <message>
        <source>Make an invoice of %1 for %2.</source>
        <translation>إنشاء فاتورة من %1 إلى %2.</translation>
    </message>
    <message>
        <source>What was &amp;delivered (services as ordered)</source>
        <translation>ما &amp;سُلِّم (والخدمات كما طُلبت)</translation>
    </message>
    <message>
        <source>Everything &amp;ordered</source>
        <translation>كل ما &amp;طُلب</translation>
    </message>
    <message>
        <source>&amp;Post the invoice at once</source>
        <translation>&amp;ترحيل الفاتورة فوراً</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>الخصم %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>الضريبة %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>The line amount is too large to store</source>
        <translation>مبلغ البند أكبر من أن يُحفظ</translation>
    </message>
    <message>
        <source>Enter a unit price</source>
        <translation>أدخل سعر الوحدة</translation>
    </message>
    <message>
        <source>Choose a product or describe the line</source>
        <translation>اختر منتجًا أو اكتب وصف البند</translation>
    </message>
    <message>
        <source>Must be greater than zero</source>
        <translation>يجب أن يكون أكبر من صفر</translation>
    </message>
    <message>
        <source>Cannot be negative</source>
        <translation>لا يمكن أن يكون سالبًا</translation>
    </message>
    <message>
        <source>Must be between 0 and 100</source>
        <translation>يجب أن يكون بين 0 و100</translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>السداد</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>المبلغ المستحق</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Credit note / cancels</source>
        <translation>إشعار دائن / يلغي</translation>
    </message>
</context>
<context>
    <name>InvoicePrinting</name>
    <message>
        <source>Cannot print: %1</source>
        <translation>تعذّرت الطباعة: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Printed %1 invoices; %2 failed</source>
        <translation>طُبعت %1 فاتورة؛ وتعذّرت %2</translation>
    </message>
    <message>
        <source>Invoice branding saved</source>
        <translation>حُفظت هوية الفاتورة</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Posted, not paid</source>
        <translation>مُرحّلة، غير مدفوعة</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Show invoices in this state</source>
        <translation>عرض الفواتير في هذه الحالة</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>فاتورة &amp;جديدة</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;ترحيل</translation>
    </message>
    <message>
        <source>Post the selected draft invoices (Ctrl+P)</source>
        <translation>ترحيل مسودات الفواتير المحددة (Ctrl+P)</translation>
    </message>
    <message>
        <source>Record pa&amp;yment…</source>
        <translation>تسجيل د&amp;فعة…</translation>
    </message>
    <message>
        <source>Record a customer payment and allocate it over their open invoices</source>
        <translation>تسجيل دفعة من عميل وتخصيصها على فواتيره المفتوحة</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Preview and print the selected invoice; several selected print as a batch</source>
        <translation>معاينة الفاتورة المحددة وطباعتها؛ عند تحديد عدة فواتير تُطبع دفعة واحدة</translation>
    </message>
    <message>
        <source>&amp;Cancel with credit note…</source>
        <translation>إ&amp;لغاء بإشعار دائن…</translation>
    </message>
    <message>
        <source>Cancel the selected posted invoice; the server issues a credit note (Ctrl+Shift+X)</source>
        <translation>إلغاء الفاتورة المُرحّلة المحددة؛ يُصدر الخادم إشعارًا دائنًا (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>A&amp;ged receivables…</source>
        <translation>أ&amp;عمار الذمم المدينة…</translation>
    </message>
    <message>
        <source>What each customer owes, by how late (Ctrl+Shift+G)</source>
        <translation>المستحق على كل عميل حسب مدة التأخير (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Invoice &amp;branding…</source>
        <translation>&amp;هوية الفاتورة…</translation>
    </message>
    <message>
        <source>Click to show every customer again</source>
        <translation>انقر لعرض جميع العملاء مجددًا</translation>
    </message>
    <message>
        <source>Cancel with credit note…</source>
        <translation>إلغاء بإشعار دائن…</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>تسجيل دفعة…</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ترحيل</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Aged receivables…</source>
        <translation>أعمار الذمم المدينة…</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Customer: %1 ✕</source>
        <translation>العميل: %1 ✕</translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation>الفواتير: %1</translation>
    </message>
    <message>
        <source>Total %1 %2 · Due %3 %2</source>
        <translation>الإجمالي %1 %2 · المستحق %3 %2</translation>
    </message>
    <message>
        <source>Invoice queued; it is sent as soon as the server answers</source>
        <translation>أُضيفت الفاتورة إلى قائمة الإرسال؛ تُرسَل فور استجابة الخادم</translation>
    </message>
    <message>
        <source>Only draft invoices can be posted</source>
        <translation>لا يمكن ترحيل إلا مسودات الفواتير</translation>
    </message>
    <message>
        <source>Queued for posting: %1</source>
        <translation>في قائمة الترحيل: %1</translation>
    </message>
</context>
<context>
    <name>JournalEntryEditor</name>
    <message>
        <source>Fix rejected journal entry</source>
        <translation>تصحيح قيد يومية مرفوض</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>قيد يومية جديد</translation>
    </message>
    <message>
        <source>What this entry records</source>
        <translation>ما يسجّله هذا القيد</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>ال&amp;بيان:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>ال&amp;مرجع:</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;إضافة بند</translation>
    </message>
    <message>
        <source>Enter on the last line adds one too</source>
        <translation>الضغط على Enter في السطر الأخير يضيف سطرًا أيضًا</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>&amp;حذف السطر</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>Debits:</source>
        <translation>المدين:</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>الدائن:</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>الفرق:</translation>
    </message>
    <message>
        <source>&amp;Save and resend</source>
        <translation>&amp;حفظ وإعادة الإرسال</translation>
    </message>
    <message>
        <source>&amp;Save and queue</source>
        <translation>&amp;حفظ وإضافة إلى قائمة الإرسال</translation>
    </message>
    <message>
        <source>Ctrl+S — enabled once debits equal credits</source>
        <translation>Ctrl+S — يُفعَّل عندما يتساوى المدين والدائن</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>البند %1، %2: %3</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(و%1 غيرها)</translation>
    </message>
    <message>
        <source>Debits must equal credits and every line be right before saving.</source>
        <translation>يجب أن يتساوى المدين والدائن وأن تكون كل الأسطر صحيحة قبل الحفظ.</translation>
    </message>
</context>
<context>
    <name>JournalList</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Applies when Arkan Desktop restarts</source>
        <translation>يُطبَّق عند إعادة تشغيل أركان لسطح المكتب</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>&amp;New journal entry</source>
        <translation>قيد يومية &amp;جديد</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;ترحيل</translation>
    </message>
    <message>
        <source>Post the selected draft entries (Ctrl+P)</source>
        <translation>ترحيل القيود المسودة المحددة (Ctrl+P)</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>دليل الحسابات</translation>
    </message>
    <message>
        <source>&amp;Accounts and entries</source>
        <translation>ال&amp;حسابات والقيود</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>الت&amp;قارير</translation>
    </message>
    <message>
        <source>Journal entry queued; it is sent as soon as the server answers</source>
        <translation>أُضيف قيد اليومية إلى قائمة الانتظار؛ يُرسل حالما يستجيب الخادم</translation>
    </message>
    <message>
        <source>Only draft journal entries can be posted</source>
        <translation>لا يمكن ترحيل إلا قيود اليومية المسودة</translation>
    </message>
    <message>
        <source>Queued for posting: %1</source>
        <translation>في انتظار الترحيل: %1</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>دفتر الأستاذ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Arkan Desktop</source>
        <translation>أركان لسطح المكتب</translation>
    </message>
    <message>
        <source>Switch company</source>
        <translation>تبديل الشركة</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;ترحيل</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;صندوق الصادر</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>التبويب التالي</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>التبويب السابق</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>الشركة:</translation>
    </message>
    <message>
        <source>%1 — Arkan Desktop</source>
        <translation>%1 — أركان لسطح المكتب</translation>
    </message>
    <message>
        <source>Working offline with the copy of %1 on this computer. Changes you make are queued and sent after you sign in again.</source>
        <translation>تعمل دون اتصال على نسخة %1 المحفوظة على هذا الجهاز. تُضاف تغييراتك إلى قائمة الإرسال وتُرسَل بعد تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>توقفت المزامنة: %1</translation>
    </message>
</context>
<context>
    <name>ModuleTab</name>
    <message>
        <source>This module is not available: %1</source>
        <translation>هذه الوحدة غير متاحة: %1</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>New stock move</source>
        <translation>حركة مخزون جديدة</translation>
    </message>
    <message>
        <source>Queue move</source>
        <translation>إضافة الحركة إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>ال&amp;منتج</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>ال&amp;كمية</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;المرجع</translation>
    </message>
    <message>
        <source>On hand at %1: %2</source>
        <translation>المتوفر في %1: %2</translation>
    </message>
    <message>
        <source>Choose a product and both locations</source>
        <translation>اختر منتجًا والموقعين</translation>
    </message>
    <message>
        <source>The destination must differ from the source</source>
        <translation>يجب أن تختلف الوجهة عن المصدر</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>إخفاء هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>OutboxChange</name>
    <message>
        <source>New invoice, {amount} {currency}</source>
        <translation>فاتورة جديدة، {amount} {currency}</translation>
    </message>
    <message>
        <source>New invoice for {partner}, {amount} {currency}</source>
        <translation>فاتورة جديدة للعميل {partner}، {amount} {currency}</translation>
    </message>
    <message>
        <source>New bill, {amount} {currency}</source>
        <translation>فاتورة مورد جديدة، {amount} {currency}</translation>
    </message>
    <message>
        <source>New bill for {partner}, {amount} {currency}</source>
        <translation>فاتورة مورد جديدة من {partner}، {amount} {currency}</translation>
    </message>
    <message>
        <source>Post {number}</source>
        <translation>ترحيل {number}</translation>
    </message>
    <message>
        <source>Post new invoice</source>
        <translation>ترحيل فاتورة جديدة</translation>
    </message>
    <message>
        <source>Cancel {number} with a credit note</source>
        <translation>إلغاء {number} بإشعار دائن</translation>
    </message>
    <message>
        <source>Cancel new invoice with a credit note</source>
        <translation>إلغاء فاتورة جديدة بإشعار دائن</translation>
    </message>
    <message>
        <source>Payment {amount} {currency}</source>
        <translation>دفعة بمبلغ {amount} {currency}</translation>
    </message>
    <message>
        <source>Payment {amount} {currency} from {partner}</source>
        <translation>دفعة بمبلغ {amount} {currency} من {partner}</translation>
    </message>
    <message>
        <source>Post new payment</source>
        <translation>ترحيل دفعة جديدة</translation>
    </message>
    <message>
        <source>New journal entry, {amount} {currency}</source>
        <translation>قيد يومية جديد، {amount} {currency}</translation>
    </message>
    <message>
        <source>New journal entry, {amount} {currency} — {memo}</source>
        <translation>قيد يومية جديد، {amount} {currency} — {memo}</translation>
    </message>
    <message>
        <source>Post new journal entry</source>
        <translation>ترحيل قيد يومية جديد</translation>
    </message>
    <message>
        <source>Move {quantity} × {sku}</source>
        <translation>نقل {quantity} × {sku}</translation>
    </message>
    <message>
        <source>Transfer {count} product(s) {source} → {destination}</source>
        <translation>تحويل منتجات ({count}) من {source} إلى {destination}</translation>
    </message>
    <message>
        <source>Adjust {count} product(s) at {location}: {reason}</source>
        <translation>تسوية منتجات ({count}) في {location}: {reason}</translation>
    </message>
    <message>
        <source>Count {count} product(s) at {location}</source>
        <translation>جرد منتجات ({count}) في {location}</translation>
    </message>
    <message>
        <source>Scrap {quantity} × {sku} at {location}: {reason}</source>
        <translation>إتلاف {quantity} × {sku} في {location}: {reason}</translation>
    </message>
    <message>
        <source>Move {quantity} × {sku}, {source} → {destination}</source>
        <translation>نقل {quantity} × {sku} من {source} إلى {destination}</translation>
    </message>
    <message>
        <source>Move {quantity} units of {count} products, {source} → {destination}</source>
        <translation>نقل {quantity} وحدة من {count} منتجات من {source} إلى {destination}</translation>
    </message>
    <message>
        <source>Receive {quantity} units on {number}</source>
        <translation>استلام {quantity} وحدة على {number}</translation>
    </message>
    <message>
        <source>New purchase order, {amount} {currency}</source>
        <translation>أمر شراء جديد، {amount} {currency}</translation>
    </message>
    <message>
        <source>New purchase order from {partner}, {amount} {currency}</source>
        <translation>أمر شراء جديد من {partner}، {amount} {currency}</translation>
    </message>
    <message>
        <source>Approve {number}</source>
        <translation>اعتماد {number}</translation>
    </message>
    <message>
        <source>Approve new purchase order</source>
        <translation>اعتماد أمر شراء جديد</translation>
    </message>
    <message>
        <source>Confirm {number}</source>
        <translation>تأكيد {number}</translation>
    </message>
    <message>
        <source>Confirm new purchase order</source>
        <translation>تأكيد أمر شراء جديد</translation>
    </message>
    <message>
        <source>Receive {quantity} unit(s) on {number}</source>
        <translation>استلام {quantity} وحدة على {number}</translation>
    </message>
    <message>
        <source>Receive {quantity} unit(s) on new purchase order</source>
        <translation>استلام {quantity} وحدة على أمر شراء جديد</translation>
    </message>
    <message>
        <source>New customer {name}</source>
        <translation>عميل جديد: {name}</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Change customer {name}</source>
        <translation>تعديل العميل {name}</translation>
    </message>
    <message>
        <source>New sales order, {amount} {currency}</source>
        <translation>أمر بيع جديد، {amount} {currency}</translation>
    </message>
    <message>
        <source>New sales order for {partner}, {amount} {currency}</source>
        <translation>أمر بيع جديد لـ {partner}، {amount} {currency}</translation>
    </message>
    <message>
        <source>Confirm new sales order</source>
        <translation>تأكيد أمر البيع الجديد</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>فوترة {number}</translation>
    </message>
    <message>
        <source>Invoice new sales order</source>
        <translation>فوترة أمر البيع الجديد</translation>
    </message>
    <message>
        <source>New delivery for {number}</source>
        <translation>تسليم جديد لـ {number}</translation>
    </message>
    <message>
        <source>New delivery for new sales order</source>
        <translation>تسليم جديد لأمر البيع الجديد</translation>
    </message>
    <message>
        <source>Reserve stock for {number}</source>
        <translation>حجز المخزون لـ {number}</translation>
    </message>
    <message>
        <source>Ship {quantity} units on {number}</source>
        <translation>شحن {quantity} وحدة على {number}</translation>
    </message>
    <message>
        <source>Ship {quantity} units on {number}, {short} on backorder</source>
        <translation>شحن {quantity} وحدة على {number}، و{short} في طلب متأخر</translation>
    </message>
    <message>
        <source>Return of {quantity} units on {number}</source>
        <translation>إرجاع {quantity} وحدة على {number}</translation>
    </message>
    <message>
        <source>Take in the return on {number}</source>
        <translation>استلام المرتجع على {number}</translation>
    </message>
    <message>
        <source>Receive {quantity} units on {number} into {location}</source>
        <translation>استلام {quantity} وحدة على {number} في {location}</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Server says</source>
        <translation>رد الخادم</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Outbox — %1</source>
        <translation>صندوق الصادر — %1</translation>
    </message>
    <message>
        <source>Changes wait here until the server accepts them. A change the server refused stays until you correct and resend it, or discard it.</source>
        <translation>تنتظر التغييرات هنا حتى يقبلها الخادم. يبقى التغيير الذي رفضه الخادم حتى تصحّحه وتعيد إرساله أو تتجاهله.</translation>
    </message>
    <message>
        <source>The outbox is empty: everything has been sent.</source>
        <translation>صندوق الصادر فارغ: أُرسل كل شيء.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;إعادة الإرسال</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>ت&amp;جاهل…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Re-apply</source>
        <translation>إعادة ال&amp;تطبيق</translation>
    </message>
    <message>
        <source>Send your change again, on top of the server&apos;s current version</source>
        <translation>إرسال تغييرك مجددًا فوق النسخة الحالية على الخادم</translation>
    </message>
    <message>
        <source>Send this change again</source>
        <translation>إرسال هذا التغيير مجددًا</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>تجاهل هذا التغيير؟</translation>
    </message>
    <message>
        <source>“%1” will not be sent, and what it changed here is undone. This cannot be taken back.</source>
        <translation>لن يُرسَل «%1»، وسيُلغى ما غيّره هنا. لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <source>%1: %2 open invoices, %3 %4 due</source>
        <translation>%1: %2 فاتورة مفتوحة، المستحق %3 %4</translation>
    </message>
    <message>
        <source>Bank reference or cheque number</source>
        <translation>المرجع البنكي أو رقم الشيك</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;المبلغ (%1)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;التاريخ</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;طريقة الدفع</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;المرجع</translation>
    </message>
    <message>
        <source>A&amp;uto-allocate (oldest first)</source>
        <translation>تخصيص &amp;تلقائي (الأقدم أولًا)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <source>Allocate to open invoices:</source>
        <translation>التخصيص على الفواتير المفتوحة:</translation>
    </message>
    <message>
        <source>Record and post</source>
        <translation>تسجيل وترحيل</translation>
    </message>
    <message>
        <source>Allocated %1 %3 · Unallocated %2 %3</source>
        <translation>المخصص %1 %3 · غير المخصص %2 %3</translation>
    </message>
    <message>
        <source> (stays on the customer&apos;s account)</source>
        <translation> (يبقى في حساب العميل)</translation>
    </message>
    <message>
        <source>Enter the amount as a number with at most the currency&apos;s decimals</source>
        <translation>أدخل المبلغ رقمًا لا تتجاوز منازله العشرية منازل العملة</translation>
    </message>
    <message>
        <source>The amount must be greater than zero</source>
        <translation>يجب أن يكون المبلغ أكبر من صفر</translation>
    </message>
    <message>
        <source>The allocations (%1) are more than the payment (%2)</source>
        <translation>التخصيصات (%1) أكثر من الدفعة (%2)</translation>
    </message>
    <message>
        <source>%1 allocation(s) went to invoices that are no longer open here; they are left out</source>
        <translation>استُبعدت تخصيصات (%1) لفواتير لم تعد مفتوحة هنا</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <source>Record payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <source>%1 · %2 · due %3 · %4 %5</source>
        <translation>%1 · %2 · الاستحقاق %3 · %4 %5</translation>
    </message>
    <message>
        <source>Bank reference or cheque number</source>
        <translation>المرجع البنكي أو رقم الشيك</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>ال&amp;فاتورة</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;المبلغ (%1)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;التاريخ</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;طريقة الدفع</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;المرجع</translation>
    </message>
    <message>
        <source>There is no open invoice to record a payment for</source>
        <translation>لا توجد فاتورة مفتوحة لتسجيل دفعة لها</translation>
    </message>
    <message>
        <source>Enter the amount as a number, like 150 or 150.00</source>
        <translation>أدخل المبلغ رقمًا، مثل 150 أو 150.00</translation>
    </message>
    <message>
        <source>The amount must be more than zero</source>
        <translation>يجب أن يكون المبلغ أكبر من صفر</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals</source>
        <translation>مبالغ %1 لها %2 منازل عشرية على الأكثر</translation>
    </message>
    <message>
        <source>That is more than the %1 %2 due on %3</source>
        <translation>هذا أكثر من المستحق على %3 وهو %1 %2</translation>
    </message>
</context>
<context>
    <name>PaymentList</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>&amp;Record payment…</source>
        <translation>&amp;تسجيل دفعة…</translation>
    </message>
    <message>
        <source>A customer&apos;s payment for an open invoice (Ctrl+N)</source>
        <translation>دفعة من عميل لفاتورة مفتوحة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>No posted invoice has anything due</source>
        <translation>لا توجد فاتورة مُرحّلة عليها مبلغ مستحق</translation>
    </message>
    <message>
        <source>This invoice is no longer in the local copy</source>
        <translation>لم تعد هذه الفاتورة موجودة في النسخة المحلية</translation>
    </message>
    <message>
        <source>Payment of %1 %2 queued for %3</source>
        <translation>أُضيفت دفعة بمبلغ %1 %2 لـ %3 إلى قائمة الانتظار</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — %1</source>
        <translation>معاينة الطباعة — %1</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>الصفحات: %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PurchaseOrderEditor</name>
    <message>
        <source>New purchase order</source>
        <translation>أمر شراء جديد</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>ال&amp;مورّد</translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation>المس&amp;تودع</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;التاريخ</translation>
    </message>
    <message>
        <source>E&amp;xpected</source>
        <translation>الموعد الم&amp;توقع</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;المرجع</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>الضريبة %</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;إضافة بند</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>رمز الصنف</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>(unknown product)</source>
        <translation>(منتج غير معروف)</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>البند %1، %2: %3</translation>
    </message>
    <message>
        <source>Enter a quantity greater than zero</source>
        <translation>أدخل كمية أكبر من صفر</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation>لا يمكن أن يكون السعر سالبًا</translation>
    </message>
    <message>
        <source>Enter a tax rate between 0 and 100</source>
        <translation>أدخل نسبة ضريبة بين 0 و100</translation>
    </message>
    <message>
        <source>Choose a product</source>
        <translation>اختر منتجًا</translation>
    </message>
    <message>
        <source>Choose a vendor</source>
        <translation>اختر المورّد</translation>
    </message>
    <message>
        <source>Choose the warehouse that receives the goods</source>
        <translation>اختر المستودع الذي يستلم البضاعة</translation>
    </message>
    <message>
        <source>The expected date is before the order date</source>
        <translation>الموعد المتوقع يسبق تاريخ الأمر</translation>
    </message>
    <message>
        <source>Add at least one line</source>
        <translation>أضف بندًا واحدًا على الأقل</translation>
    </message>
</context>
<context>
    <name>PurchaseOrderList</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>الموعد المتوقع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
</context>
<context>
    <name>PurchasingTab</name>
    <message>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>أمر &amp;جديد…</translation>
    </message>
    <message>
        <source>A new purchase order (Ctrl+N)</source>
        <translation>أمر شراء جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>ا&amp;عتماد</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;تأكيد</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>ا&amp;ستلام…</translation>
    </message>
    <message>
        <source>Purchase order sent again</source>
        <translation>أُعيد إرسال أمر الشراء</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>في قائمة الانتظار: %1</translation>
    </message>
    <message>
        <source>Only orders in state %1 can be %2</source>
        <translation>لا يمكن %2 إلا الأوامر التي في حالة «%1»</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Goods are received on confirmed orders</source>
        <translation>تُستلم البضاعة على الأوامر المؤكَّدة فقط</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>المشتريات</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive goods</source>
        <translation>استلام البضاعة</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>رمز الصنف</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المستلَم</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation>الاستلام الآن</translation>
    </message>
    <message>
        <source>Receive &amp;all open</source>
        <translation>استلام &amp;كل المتبقي</translation>
    </message>
    <message>
        <source>Queue receipt</source>
        <translation>إضافة الاستلام إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>البند %1: %2</translation>
    </message>
    <message>
        <source>Line %1 (%2): only %3 still open; over-receipt is not allowed</source>
        <translation>البند %1 (%2): المتبقي %3 فقط؛ لا يُسمح بالاستلام الزائد</translation>
    </message>
    <message>
        <source>Enter what arrived on at least one line</source>
        <translation>أدخل الكمية الواصلة في بند واحد على الأقل</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>تصفية (Ctrl+F)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>اختر الأعمدة المعروضة</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Save every row of this list as a CSV file</source>
        <translation>حفظ كل صفوف هذه القائمة في ملف CSV</translation>
    </message>
    <message>
        <source>Rows: counting…</source>
        <translation>الصفوف: جارٍ العدّ…</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>الصفوف: %1</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>تصدير إلى CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>جارٍ التصدير إلى %1…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>صُدِّر %1 صفًا إلى %2</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>(not sent yet)</source>
        <translation>(لم يُرسَل بعد)</translation>
    </message>
    <message>
        <source>The server refused a change to this record: see the Outbox</source>
        <translation>رفض الخادم تغييرًا على هذا السجل: راجع صندوق الصادر</translation>
    </message>
    <message>
        <source>Not yet confirmed by the server (waiting in the outbox)</source>
        <translation>لم يؤكده الخادم بعد (ينتظر في صندوق الصادر)</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Ask the server for the figures again</source>
        <translation>طلب الأرقام من الخادم مجددًا</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Aging of what customers owe</source>
        <translation>أعمار المبالغ المستحقة على العملاء</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>حسب العميل</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>دون اتصال</translation>
    </message>
    <message>
        <source>Asking the server for the figures…</source>
        <translation>جارٍ طلب الأرقام من الخادم…</translation>
    </message>
    <message>
        <source>This server offers no receivables reports.</source>
        <translation>لا يوفر هذا الخادم تقارير الذمم المدينة.</translation>
    </message>
    <message>
        <source>The figures could not be loaded (%1)</source>
        <translation>تعذّر تحميل الأرقام (%1)</translation>
    </message>
    <message>
        <source>As of %1, from the server</source>
        <translation>في %1، من الخادم</translation>
    </message>
    <message>
        <source>%1: there are no figures on this computer yet; they appear once the server can be reached.</source>
        <translation>%1: لا توجد أرقام على هذا الجهاز بعد؛ ستظهر حالما يتاح الاتصال بالخادم.</translation>
    </message>
    <message>
        <source>%1: showing the figures as of %2, the last copy on this computer.</source>
        <translation>%1: تُعرض الأرقام كما في %2، وهي آخر نسخة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Total outstanding</source>
        <translation>إجمالي المستحق</translation>
    </message>
    <message>
        <source>Outstanding by days overdue (%1)</source>
        <translation>المستحق حسب أيام التأخير (%1)</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>لم يستحق بعد</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 يومًا</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر السداد</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>الفواتير المفتوحة</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>الفواتير المتأخرة</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Collected in the last 30 days</source>
        <translation>المحصَّل في آخر 30 يومًا</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Load the reports again (Ctrl+R)</source>
        <translation>تحميل التقارير من جديد (Ctrl+R)</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>الفترة &amp;من:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>Balance sheet &amp;as of:</source>
        <translation>الميزانية العمومية &amp;في:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>مدين</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>دائن</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Trial &amp;balance</source>
        <translation>ميزان ال&amp;مراجعة</translation>
    </message>
    <message>
        <source>&amp;Profit &amp;&amp; loss</source>
        <translation>الأرباح و&amp;الخسائر</translation>
    </message>
    <message>
        <source>Balance &amp;sheet</source>
        <translation>الميزانية ال&amp;عمومية</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>جارٍ تحميل التقارير…</translation>
    </message>
    <message>
        <source>Offline: profit &amp; loss and the balance sheet come from the server and load when you are back online. The trial balance is from this computer&apos;s copy.</source>
        <translation>غير متصل: تأتي الأرباح والخسائر والميزانية العمومية من الخادم وتُحمَّل عند عودة الاتصال. ميزان المراجعة من النسخة المحفوظة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The reports could not be loaded from the server: %1</source>
        <translation>تعذّر تحميل التقارير من الخادم: %1</translation>
    </message>
    <message>
        <source>Profit &amp; loss %1 to %2 and balance sheet as of %3, from the server.</source>
        <translation>الأرباح والخسائر من %1 إلى %2 والميزانية العمومية في %3، من الخادم.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>متوازن</translation>
    </message>
    <message>
        <source>NOT balanced</source>
        <translation>غير متوازن</translation>
    </message>
    <message>
        <source>%1 accounts · debits %2 · credits %3 %4 · %5</source>
        <translation>%1 حساب · المدين %2 · الدائن %3 %4 · %5</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>إجمالي %1</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>المصروفات</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>صافي الربح</translation>
    </message>
    <message>
        <source>Profit &amp; loss, %1 to %2</source>
        <translation>الأرباح والخسائر، من %1 إلى %2</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>الأصول</translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>حقوق الملكية</translation>
    </message>
    <message>
        <source>Total liabilities and equity</source>
        <translation>إجمالي الالتزامات وحقوق الملكية</translation>
    </message>
    <message>
        <source>Balance sheet as of %1</source>
        <translation>الميزانية العمومية في %1</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>قيود اليومية</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>الموردون</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>المستودعات</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation>مستويات المخزون</translation>
    </message>
    <message>
        <source>Stock moves</source>
        <translation>حركات المخزون</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>أوامر الشراء</translation>
    </message>
</context>
<context>
    <name>SalesLists</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>المجدول</translation>
    </message>
    <message>
        <source>Stock reserved</source>
        <translation>المخزون المحجوز</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>الاسترداد</translation>
    </message>
</context>
<context>
    <name>SalesOrder</name>
    <message>
        <source>Available to promise: not known now (offline?)</source>
        <translation>المتاح للوعد: غير معروف الآن (دون اتصال؟)</translation>
    </message>
    <message>
        <source>Available to promise: {atp} (on hand {on_hand}, reserved {reserved}, promised {committed}, incoming {incoming})</source>
        <translation>المتاح للوعد: {atp} (في المخزن {on_hand}، محجوز {reserved}، موعود {committed}، وارد {incoming})</translation>
    </message>
</context>
<context>
    <name>SalesOrderEditor</name>
    <message>
        <source>New sales order</source>
        <translation>أمر بيع جديد</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>ال&amp;عميل</translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation>الم&amp;ستودع</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>E&amp;xpected</source>
        <translation>الم&amp;توقع</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>الم&amp;رجع</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>الضريبة %</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>إ&amp;ضافة سطر</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>رمز الصنف</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <source>Available to promise: asking the server…</source>
        <translation>المتاح للوعد: جارٍ سؤال الخادم…</translation>
    </message>
    <message>
        <source>More than can be promised from this warehouse</source>
        <translation>أكثر مما يمكن الوعد به من هذا المستودع</translation>
    </message>
    <message>
        <source>Enter a quantity greater than zero</source>
        <translation>أدخل كمية أكبر من الصفر</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation>لا يمكن أن يكون السعر سالباً</translation>
    </message>
    <message>
        <source>Enter a tax rate between 0 and 100</source>
        <translation>أدخل نسبة ضريبة بين 0 و100</translation>
    </message>
    <message>
        <source>Choose a product</source>
        <translation>اختر صنفاً</translation>
    </message>
    <message>
        <source>Total %1 %2 (tax %3)</source>
        <translation>الإجمالي %1 %2 (الضريبة %3)</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>اختر عميلاً</translation>
    </message>
    <message>
        <source>The expected date is before the order date</source>
        <translation>التاريخ المتوقع قبل تاريخ الأمر</translation>
    </message>
    <message>
        <source>Add at least one line</source>
        <translation>أضف سطراً واحداً على الأقل</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الأوامر</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>التسليمات</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>أمر &amp;جديد…</translation>
    </message>
    <message>
        <source>A new sales order (Ctrl+N)</source>
        <translation>أمر بيع جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;تأكيد</translation>
    </message>
    <message>
        <source>Make a &amp;delivery</source>
        <translation>إنشاء &amp;تسليم</translation>
    </message>
    <message>
        <source>&amp;Invoice…</source>
        <translation>&amp;فوترة…</translation>
    </message>
    <message>
        <source>&amp;Reserve stock</source>
        <translation>&amp;حجز المخزون</translation>
    </message>
    <message>
        <source>Confirm the delivery: the server holds its stock, ready to pick</source>
        <translation>تأكيد التسليم: يحجز الخادم مخزونه، جاهزاً للالتقاط</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>في قائمة الانتظار: %1</translation>
    </message>
    <message>
        <source>Choose an order first</source>
        <translation>اختر أمراً أولاً</translation>
    </message>
    <message>
        <source>Only draft orders can be confirmed</source>
        <translation>لا تُؤكَّد إلا الأوامر المسودة</translation>
    </message>
    <message>
        <source>Deliveries are made from confirmed orders</source>
        <translation>تُنشأ التسليمات من الأوامر المؤكدة</translation>
    </message>
    <message>
        <source>Invoices are made from confirmed orders</source>
        <translation>تُنشأ الفواتير من الأوامر المؤكدة</translation>
    </message>
    <message>
        <source>Only open deliveries hold stock</source>
        <translation>لا تحجز المخزون إلا التسليمات المفتوحة</translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <source>Scan here</source>
        <translation>امسح هنا</translation>
    </message>
</context>
<context>
    <name>ScrapDialog</name>
    <message>
        <source>Scrap stock</source>
        <translation>إتلاف مخزون</translation>
    </message>
    <message>
        <source>Queue scrap</source>
        <translation>إضافة الإتلاف إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>ال&amp;منتج</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>ال&amp;موقع</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>ال&amp;كمية</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Choose a product and a location</source>
        <translation>اختر منتجًا وموقعًا</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>اختر سببًا</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in to Arkan Desktop</source>
        <translation>تسجيل الدخول إلى أركان لسطح المكتب</translation>
    </message>
    <message>
        <source>Your company&apos;s server, and your account on it.</source>
        <translation>خادم شركتك وحسابك عليه.</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>&amp;الخادم</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <source>https://erp.example.com/api/v1</source>
        <translation>https://erp.example.com/api/v1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;النوع</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;البريد الإلكتروني</translation>
    </message>
    <message>
        <source>you@company.com</source>
        <translation>you@company.com</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;تذكّرني على هذا الجهاز</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>العمل &amp;دون اتصال</translation>
    </message>
    <message>
        <source>Open the copy of your last company kept on this computer</source>
        <translation>فتح نسخة آخر شركة محفوظة على هذا الجهاز</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Arkan Desktop — Sign in</source>
        <translation>أركان لسطح المكتب — تسجيل الدخول</translation>
    </message>
    <message>
        <source>Arkan ERP</source>
        <translation>أركان ERP</translation>
    </message>
    <message>
        <source>Arvalox receivables</source>
        <translation>Arvalox للذمم المدينة</translation>
    </message>
    <message>
        <source>The API key your administrator gave you</source>
        <translation>مفتاح API الذي أعطاك إياه المسؤول</translation>
    </message>
    <message>
        <source>Sign in &amp;with</source>
        <translation>&amp;طريقة الدخول</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;مفتاح API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Email and password</source>
        <translation>البريد الإلكتروني وكلمة المرور</translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation>خادم آخر…</translation>
    </message>
    <message>
        <source>Enter the API key</source>
        <translation>أدخل مفتاح API</translation>
    </message>
    <message>
        <source>Enter your email and password</source>
        <translation>أدخل بريدك الإلكتروني وكلمة المرور</translation>
    </message>
    <message>
        <source>The server asks to slow down (its request limit); signing in in %1 s…</source>
        <translation>يطلب الخادم التمهل (بلغ حد الطلبات)؛ سيتم تسجيل الدخول بعد %1 ث…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>جارٍ تسجيل الدخول إلى %1…</translation>
    </message>
    <message>
        <source>Reading your companies…</source>
        <translation>جارٍ قراءة شركاتك…</translation>
    </message>
    <message>
        <source>You can work offline with the copy of your last company on this computer.</source>
        <translation>يمكنك العمل دون اتصال على نسخة آخر شركة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Signed in. Opening…</source>
        <translation>تم تسجيل الدخول. جارٍ الفتح…</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep your sign-in, so it is kept only until Arkan Desktop closes; “Remember me on this computer” is off.</source>
        <translation>لا توجد على هذا الجهاز حافظة مفاتيح تحفظ تسجيل دخولك، لذا يبقى محفوظًا حتى إغلاق Arkan Desktop فقط؛ وقد أُلغي «تذكّرني على هذا الجهاز».</translation>
    </message>
    <message>
        <source>Preparing the demo data (only the first start does this): %1 of %2 companies…</source>
        <translation>جارٍ إعداد البيانات التجريبية (في التشغيل الأول فقط): %1 من %2 شركات…</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Unknown kind of printer: {kind}</source>
        <translation>نوع طابعة غير معروف: {kind}</translation>
    </message>
    <message>
        <source>Unknown label template: {name}</source>
        <translation>قالب ملصق غير معروف: {name}</translation>
    </message>
    <message>
        <source>A network label printer is HOST:PORT (e.g. 10.0.0.7:9100)</source>
        <translation>تُحدَّد طابعة الملصقات الشبكية بالصيغة HOST:PORT (مثل 10.0.0.7:9100)</translation>
    </message>
    <message>
        <source>A network label printer takes ZPL: choose a thermal (zebra-…) template</source>
        <translation>طابعة الملصقات الشبكية تقبل ZPL: اختر قالبًا حراريًا (zebra-…)</translation>
    </message>
    <message>
        <source>Offer at least one workflow</source>
        <translation>فعّل عملية واحدة على الأقل</translation>
    </message>
    <message>
        <source>no system printer is chosen and the system has no default</source>
        <translation>لم تُختر طابعة نظام ولا توجد طابعة افتراضية في النظام</translation>
    </message>
    <message>
        <source>label printer {address}</source>
        <translation>طابعة الملصقات {address}</translation>
    </message>
    <message>
        <source>folder {path}</source>
        <translation>المجلد {path}</translation>
    </message>
    <message>
        <source>Unknown code: {code}</source>
        <translation>رمز غير معروف: {code}</translation>
    </message>
    <message>
        <source>Unknown product: {code} is not in the catalogue</source>
        <translation>منتج غير معروف: {code} غير موجود في الكتالوج</translation>
    </message>
    <message>
        <source>{code} is not a storage location</source>
        <translation>{code} ليس موقع تخزين</translation>
    </message>
    <message>
        <source>Wrong location: {code} is in {theirs}; this station works in {ours}</source>
        <translation>موقع خاطئ: {code} يتبع {theirs}؛ وهذه المحطة تعمل في {ours}</translation>
    </message>
    <message>
        <source>Nothing to choose here</source>
        <translation>لا يوجد ما يُختار هنا</translation>
    </message>
    <message>
        <source>Scan a product first, then set its quantity</source>
        <translation>امسح منتجًا أولًا، ثم حدد كميته</translation>
    </message>
    <message>
        <source>Nothing can come back on {number} ({state})</source>
        <translation>لا يمكن إرجاع شيء على {number} ({state})</translation>
    </message>
    <message>
        <source>Too many: {quantity} × {sku}; only {most} can come back on {number}</source>
        <translation>أكثر من اللازم: {quantity} × {sku}؛ يمكن إرجاع {most} فقط على {number}</translation>
    </message>
    <message>
        <source>The label carries a count of 0 for {sku}: count by hand</source>
        <translation>يحمل الملصق عدداً قدره 0 لـ {sku}: عُدّ يدوياً</translation>
    </message>
    <message>
        <source>A quantity cannot be negative</source>
        <translation>لا يمكن أن تكون الكمية سالبة</translation>
    </message>
    <message>
        <source>{location} is not a stock location: goods to resell go into stock</source>
        <translation>{location} ليس موقع مخزون: البضاعة المُعاد بيعها تذهب إلى المخزون</translation>
    </message>
    <message>
        <source>{location} is neither quarantine nor scrap: damaged goods go there</source>
        <translation>{location} ليس حجراً ولا إتلافاً: البضاعة التالفة تذهب إلى هناك</translation>
    </message>
    <message>
        <source>Only damaged goods go to scrap: press Damaged first</source>
        <translation>لا يذهب إلى الإتلاف إلا التالف: اضغط «تالف» أولاً</translation>
    </message>
    <message>
        <source>Where do {sku} ({condition}) go? Scan the location</source>
        <translation>إلى أين يذهب {sku} ({condition})؟ امسح الموقع</translation>
    </message>
    <message>
        <source>Nothing is scanned yet</source>
        <translation>لم يُمسح شيء بعد</translation>
    </message>
    <message>
        <source>{sku}: {quantity} back, {condition}</source>
        <translation>{sku}: أُرجع {quantity}، {condition}</translation>
    </message>
    <message>
        <source>{sku} ({condition}) removed</source>
        <translation>أُزيل {sku} ({condition})</translation>
    </message>
    <message>
        <source>Next scans: {condition}</source>
        <translation>المسحات التالية: {condition}</translation>
    </message>
    <message>
        <source>Goods {condition} go to {location}</source>
        <translation>البضاعة {condition} تذهب إلى {location}</translation>
    </message>
    <message>
        <source>Damaged goods go to scrap</source>
        <translation>البضاعة التالفة تذهب إلى الإتلاف</translation>
    </message>
    <message>
        <source>Ready: {resell} to resell, {damaged} damaged; press Confirm (the refund is left to the finance desk)</source>
        <translation>جاهز: {resell} لإعادة البيع، {damaged} تالف؛ اضغط «تأكيد» (الاسترداد متروك لقسم المالية)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>No delivery or invoice {number} on this station (not synced yet?)</source>
        <translation>لا يوجد تسليم أو فاتورة {number} في هذه المحطة (لم تُزامَن بعد؟)</translation>
    </message>
    <message>
        <source>Everything on {number} has come back already</source>
        <translation>أُرجع كل ما على {number} من قبل</translation>
    </message>
    <message>
        <source>{number} from {client}: scan what came back</source>
        <translation>{number} من {client}: امسح ما أُرجع</translation>
    </message>
    <message>
        <source>Looking up {number}…</source>
        <translation>جارٍ البحث عن {number}…</translation>
    </message>
    <message>
        <source>Scan the invoice or the delivery the goods came on first</source>
        <translation>امسح أولاً الفاتورة أو التسليم الذي جاءت عليه البضاعة</translation>
    </message>
    <message>
        <source>Scan the invoice or the delivery first</source>
        <translation>امسح الفاتورة أو التسليم أولاً</translation>
    </message>
    <message>
        <source>Resell</source>
        <translation>إعادة بيع</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>To scrap</source>
        <translation>إلى الإتلاف</translation>
    </message>
    <message>
        <source>Scan the INVOICE or DELIVERY the goods came on</source>
        <translation>امسح الفاتورة أو التسليم الذي جاءت عليه البضاعة</translation>
    </message>
    <message>
        <source>Scan the products that came back ({condition})</source>
        <translation>امسح الأصناف المُرجعة ({condition})</translation>
    </message>
    <message>
        <source>Scan more, or press Confirm to take the return in</source>
        <translation>امسح المزيد، أو اضغط «تأكيد» لاستلام المرتجع</translation>
    </message>
    <message>
        <source>scrap</source>
        <translation>إتلاف</translation>
    </message>
    <message>
        <source>(scan where it goes)</source>
        <translation>(امسح مكان وضعه)</translation>
    </message>
    <message>
        <source>{sku}: {n} more can come back</source>
        <translation>{sku}: يمكن إرجاع {n} أخرى</translation>
    </message>
    <message>
        <source>How many {sku} came back ({condition})</source>
        <translation>كم {sku} أُرجع ({condition})</translation>
    </message>
    <message>
        <source>Quantity back: scan a product first</source>
        <translation>الكمية المُرجعة: امسح صنفاً أولاً</translation>
    </message>
    <message>
        <source>{sku} removed</source>
        <translation>حُذف {sku}</translation>
    </message>
    <message>
        <source>{sku}: {n}</source>
        <translation>{sku}: {n}</translation>
    </message>
    <message>
        <source>Scan a product first, then change its quantity</source>
        <translation>امسح منتجًا أولًا، ثم غيّر كميته</translation>
    </message>
    <message>
        <source>Quantity of {sku}</source>
        <translation>كمية {sku}</translation>
    </message>
    <message>
        <source>Quantity: scan a product first</source>
        <translation>الكمية: امسح صنفاً أولاً</translation>
    </message>
    <message>
        <source>{sku} is a service and has no stock</source>
        <translation>{sku} خدمة وليس لها مخزون</translation>
    </message>
    <message>
        <source>{sku} {name}: {n}</source>
        <translation>{sku} {name}: {n}</translation>
    </message>
    <message>
        <source>Quick move</source>
        <translation>نقل سريع</translation>
    </message>
    <message>
        <source>Scan the SOURCE location</source>
        <translation>امسح موقع المصدر</translation>
    </message>
    <message>
        <source>Scan products to take from {code}</source>
        <translation>امسح المنتجات المراد أخذها من {code}</translation>
    </message>
    <message>
        <source>Scan more products, or the DESTINATION location</source>
        <translation>امسح منتجات أخرى، أو موقع الوجهة</translation>
    </message>
    <message>
        <source>Press Confirm to move to {code}</source>
        <translation>اضغط «تأكيد» للنقل إلى {code}</translation>
    </message>
    <message>
        <source>That is a purchase order: switch to Receive to use it</source>
        <translation>هذا أمر شراء: انتقل إلى «استلام» لاستخدامه</translation>
    </message>
    <message>
        <source>Scan the source location first, then the products</source>
        <translation>امسح موقع المصدر أولًا، ثم المنتجات</translation>
    </message>
    <message>
        <source>The destination is set: press Confirm, or Cancel to start again</source>
        <translation>حُددت الوجهة: اضغط «تأكيد»، أو «إلغاء» للبدء من جديد</translation>
    </message>
    <message>
        <source>Unknown location: {code}</source>
        <translation>موقع غير معروف: {code}</translation>
    </message>
    <message>
        <source>From {code}</source>
        <translation>من {code}</translation>
    </message>
    <message>
        <source>Scan the products to move before the destination</source>
        <translation>امسح المنتجات المراد نقلها قبل الوجهة</translation>
    </message>
    <message>
        <source>{code} is the source: scan another location</source>
        <translation>{code} هو المصدر: امسح موقعًا آخر</translation>
    </message>
    <message>
        <source>To {code}: press Confirm</source>
        <translation>إلى {code}: اضغط «تأكيد»</translation>
    </message>
    <message>
        <source>Wrong location: there is no {sku} at {code}</source>
        <translation>موقع خاطئ: لا يوجد {sku} في {code}</translation>
    </message>
    <message>
        <source>Only {n} of {sku} at {code}</source>
        <translation>المتوفر من {sku} في {code} هو {n} فقط</translation>
    </message>
    <message>
        <source>of {n} here</source>
        <translation>من أصل {n} هنا</translation>
    </message>
    <message>
        <source>{printer} does not take {content}: choose another template</source>
        <translation>{printer} لا تقبل {content}: اختر قالبًا آخر</translation>
    </message>
    <message>
        <source>Label reprint</source>
        <translation>إعادة طباعة ملصق</translation>
    </message>
    <message>
        <source>Scan a product or a location to print its label</source>
        <translation>امسح منتجًا أو موقعًا لطباعة ملصقه</translation>
    </message>
    <message>
        <source>Printing the label of {code}</source>
        <translation>جارٍ طباعة ملصق {code}</translation>
    </message>
    <message>
        <source>Scan a product or a location (not a purchase order)</source>
        <translation>امسح منتجًا أو موقعًا (لا أمر شراء)</translation>
    </message>
    <message>
        <source>Printing the label of {sku} {name}</source>
        <translation>جارٍ طباعة ملصق {sku} {name}</translation>
    </message>
    <message>
        <source>{location} is not a storage location</source>
        <translation>{location} ليس موقع تخزين</translation>
    </message>
    <message>
        <source>Scan a product first</source>
        <translation>امسح صنفاً أولاً</translation>
    </message>
    <message>
        <source>Counting {location}: Confirm or Cancel it before {scanned}</source>
        <translation>جارٍ جرد {location}: أكِّده أو ألغِه قبل {scanned}</translation>
    </message>
    <message>
        <source>Counting {sku}: Confirm or Cancel it before {scanned}</source>
        <translation>جارٍ جرد {sku}: أكِّده أو ألغِه قبل {scanned}</translation>
    </message>
    <message>
        <source>{quantity} is not a count: at most {most}</source>
        <translation>{quantity} ليس عدداً صالحاً: {most} على الأكثر</translation>
    </message>
    <message>
        <source>Nothing is counted yet</source>
        <translation>لم يُجرد شيء بعد</translation>
    </message>
    <message>
        <source>Press Confirm to review the count first</source>
        <translation>اضغط «تأكيد» لمراجعة الجرد أولاً</translation>
    </message>
    <message>
        <source>Counting {location}</source>
        <translation>جرد {location}</translation>
    </message>
    <message>
        <source>Counting {sku}: scan each location that holds it</source>
        <translation>جرد {sku}: امسح كل موقع يحتويه</translation>
    </message>
    <message>
        <source>At {location}: scan each {sku} here</source>
        <translation>في {location}: امسح كل {sku} هنا</translation>
    </message>
    <message>
        <source>{sku} at {location}: {quantity}</source>
        <translation>{sku} في {location}: {quantity}</translation>
    </message>
    <message>
        <source>No differences ({count} line(s)): Confirm to send the count</source>
        <translation>لا فروقات ({count} سطر): اضغط «تأكيد» لإرسال الجرد</translation>
    </message>
    <message>
        <source>{count} difference(s): check them, then Confirm to send the count</source>
        <translation>{count} فرق: راجعها، ثم اضغط «تأكيد» لإرسال الجرد</translation>
    </message>
    <message>
        <source>Ready: {count} location(s) counted</source>
        <translation>جاهز: جُرد {count} موقع</translation>
    </message>
    <message>
        <source>Cycle count</source>
        <translation>الجرد الدوري</translation>
    </message>
    <message>
        <source>Scan a product first, then change its count</source>
        <translation>امسح صنفاً أولاً، ثم غيّر عدده</translation>
    </message>
    <message>
        <source>Per location</source>
        <translation>حسب الموقع</translation>
    </message>
    <message>
        <source>Per product</source>
        <translation>حسب الصنف</translation>
    </message>
    <message>
        <source>Blind count</source>
        <translation>جرد أعمى</translation>
    </message>
    <message>
        <source>Counting already: Confirm or Cancel it first</source>
        <translation>الجرد جارٍ: أكِّده أو ألغِه أولاً</translation>
    </message>
    <message>
        <source>Count per location: scan the location</source>
        <translation>الجرد حسب الموقع: امسح الموقع</translation>
    </message>
    <message>
        <source>Count per product: scan the product</source>
        <translation>الجرد حسب الصنف: امسح الصنف</translation>
    </message>
    <message>
        <source>Blind count: expected figures hidden</source>
        <translation>جرد أعمى: الأرقام المتوقعة مخفية</translation>
    </message>
    <message>
        <source>Expected figures shown</source>
        <translation>الأرقام المتوقعة ظاهرة</translation>
    </message>
    <message>
        <source>Scan the PRODUCT to count</source>
        <translation>امسح الصنف المراد جرده</translation>
    </message>
    <message>
        <source>Scan the LOCATION to count</source>
        <translation>امسح الموقع المراد جرده</translation>
    </message>
    <message>
        <source>Check the differences, then Confirm to send the count</source>
        <translation>راجع الفروق، ثم اضغط «تأكيد» لإرسال الجرد</translation>
    </message>
    <message>
        <source>Scan a location that holds it</source>
        <translation>امسح موقعاً يحتويه</translation>
    </message>
    <message>
        <source>Scan each one at {code}, then the next location</source>
        <translation>امسح كل واحد في {code}، ثم الموقع التالي</translation>
    </message>
    <message>
        <source>Scan everything at {code}</source>
        <translation>امسح كل ما في {code}</translation>
    </message>
    <message>
        <source>Scan more, or press Confirm to review</source>
        <translation>امسح المزيد، أو اضغط «تأكيد» للمراجعة</translation>
    </message>
    <message>
        <source> (blind)</source>
        <translation> (أعمى)</translation>
    </message>
    <message>
        <source>(not counted yet)</source>
        <translation>(لم يُجرد بعد)</translation>
    </message>
    <message>
        <source>Still to visit: {codes}</source>
        <translation>ما زال للزيارة: {codes}</translation>
    </message>
    <message>
        <source>Count of {sku} at {code}</source>
        <translation>عدد {sku} في {code}</translation>
    </message>
    <message>
        <source>Count: scan a product first</source>
        <translation>العدد: امسح صنفاً أولاً</translation>
    </message>
    <message>
        <source>That is a purchase order: scan a product</source>
        <translation>هذا أمر شراء: امسح منتجًا</translation>
    </message>
    <message>
        <source>Scan the location first, then what is there</source>
        <translation>امسح الموقع أولًا، ثم ما فيه</translation>
    </message>
    <message>
        <source>A count cannot be negative</source>
        <translation>لا يمكن أن يكون العدد سالبًا</translation>
    </message>
    <message>
        <source>(not found, {n} expected)</source>
        <translation>(غير موجود، المتوقع {n})</translation>
    </message>
    <message>
        <source>(as expected)</source>
        <translation>(مطابق للمتوقع)</translation>
    </message>
    <message>
        <source>({diff}, {n} expected)</source>
        <translation>({diff}، المتوقع {n})</translation>
    </message>
    <message>
        <source>Receive PO</source>
        <translation>استلام أمر شراء</translation>
    </message>
    <message>
        <source>{number} has no location to receive into</source>
        <translation>ليس لـ {number} موقع للاستلام فيه</translation>
    </message>
    <message>
        <source>Put elsewhere (bin full)</source>
        <translation>ضعه في مكان آخر (الرف ممتلئ)</translation>
    </message>
    <message>
        <source>Put where the station says</source>
        <translation>ضعه حيث تقول المحطة</translation>
    </message>
    <message>
        <source>Scan the bin {sku} goes into instead</source>
        <translation>امسح الرف الذي يذهب إليه {sku} بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Scan the PURCHASE ORDER</source>
        <translation>امسح أمر الشراء</translation>
    </message>
    <message>
        <source>Scan the bin to put it in instead</source>
        <translation>امسح الرف الذي تضعه فيه بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Put {n} × {sku} into {code}: scan the bin</source>
        <translation>ضع {n} × {sku} في {code}: امسح الرف</translation>
    </message>
    <message>
        <source>Scan the products received on {number}</source>
        <translation>امسح المنتجات المستلمة على {number}</translation>
    </message>
    <message>
        <source>Scan more products, or press Confirm</source>
        <translation>امسح منتجات أخرى، أو اضغط «تأكيد»</translation>
    </message>
    <message>
        <source>Scan the purchase order first</source>
        <translation>امسح أمر الشراء أولًا</translation>
    </message>
    <message>
        <source>Receiving {number}: Confirm or Cancel it first</source>
        <translation>جارٍ استلام {number}: اضغط «تأكيد» أو «إلغاء» أولًا</translation>
    </message>
    <message>
        <source>Over-receipt: only {most} of {sku} still open on {number}</source>
        <translation>استلام زائد: لم يبقَ مفتوحاً من {sku} على {number} إلا {most}</translation>
    </message>
    <message>
        <source>Wrong bin: {sku} goes to {expected}, not {location}</source>
        <translation>رف خاطئ: {sku} يذهب إلى {expected}، لا إلى {location}</translation>
    </message>
    <message>
        <source>Nothing waits to go into {location}: scan a product first</source>
        <translation>لا شيء ينتظر الدخول إلى {location}: امسح صنفاً أولاً</translation>
    </message>
    <message>
        <source>{location} is not a stock location</source>
        <translation>{location} ليس موقع مخزون</translation>
    </message>
    <message>
        <source>Put {quantity} × {sku} away first: scan {location}</source>
        <translation>ضع {quantity} × {sku} في مكانه أولاً: امسح {location}</translation>
    </message>
    <message>
        <source>Nothing is received yet</source>
        <translation>لم يُستلم شيء بعد</translation>
    </message>
    <message>
        <source>{sku}: {quantity} received; it goes to {location}</source>
        <translation>{sku}: استُلم {quantity}؛ يذهب إلى {location}</translation>
    </message>
    <message>
        <source>{sku}: {quantity} received ({over} over the order); it goes to {location}</source>
        <translation>{sku}: استُلم {quantity} ({over} فوق الأمر)؛ يذهب إلى {location}</translation>
    </message>
    <message>
        <source>Put away at {location}: {skus}</source>
        <translation>وُضع في {location}: {skus}</translation>
    </message>
    <message>
        <source>{sku}: {quantity} put at {location} instead</source>
        <translation>{sku}: وُضع {quantity} في {location} بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Ready: {quantity} unit(s) into {count} location(s); press Confirm</source>
        <translation>جاهز: {quantity} وحدة في {count} موقع؛ اضغط «تأكيد»</translation>
    </message>
    <message>
        <source>No open purchase order {code} (unknown, or not confirmed)</source>
        <translation>لا يوجد أمر شراء مفتوح {code} (غير معروف أو غير مؤكَّد)</translation>
    </message>
    <message>
        <source>ordered {ordered} · received {received} · open {open}</source>
        <translation>مطلوب {ordered} · مستلم {received} · مفتوح {open}</translation>
    </message>
    <message>
        <source> · now {n}</source>
        <translation> · الآن {n}</translation>
    </message>
    <message>
        <source> (scan {code} to put away)</source>
        <translation> (امسح {code} للتخزين)</translation>
    </message>
    <message>
        <source>How many {sku} arrived</source>
        <translation>كم {sku} وصل</translation>
    </message>
    <message>
        <source>Quantity received: scan a product first</source>
        <translation>الكمية المستلمة: امسح صنفاً أولاً</translation>
    </message>
    <message>
        <source>{number} cannot be received now ({state})</source>
        <translation>لا يمكن استلام {number} الآن ({state})</translation>
    </message>
    <message>
        <source>{number} from {vendor}</source>
        <translation>{number} من {vendor}</translation>
    </message>
    <message>
        <source>{sku} is not on {number}</source>
        <translation>{sku} غير موجود في {number}</translation>
    </message>
    <message>
        <source>{what} — queued</source>
        <translation>{what} — في قائمة الانتظار</translation>
    </message>
    <message>
        <source>✔ {what} — done</source>
        <translation>✔ {what} — تم</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>✘ {what} — refused by the server: {why}</source>
        <translation>✘ {what} — رفضه الخادم: {why}</translation>
    </message>
    <message>
        <source>online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>دون اتصال</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>جارٍ إعادة الاتصال</translation>
    </message>
    <message>
        <source>{state} · {n} waiting</source>
        <translation>{state} · {n} في الانتظار</translation>
    </message>
    <message>
        <source>The server&apos;s scrap reasons are not known yet (offline): the standard reasons are offered</source>
        <translation>أسباب الإتلاف المعتمدة على الخادم غير معروفة بعد (دون اتصال): تُعرض الأسباب القياسية</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>إتلاف</translation>
    </message>
    <message>
        <source>Scan the LOCATION the stock is scrapped from</source>
        <translation>امسح الموقع الذي يُتلف منه المخزون</translation>
    </message>
    <message>
        <source>Scan the product to scrap</source>
        <translation>امسح المنتج المراد إتلافه</translation>
    </message>
    <message>
        <source>Choose the reason: press its button or type its number</source>
        <translation>اختر السبب: اضغط زره أو اكتب رقمه</translation>
    </message>
    <message>
        <source>Press Confirm to scrap {n} × {sku}: {reason}</source>
        <translation>اضغط «تأكيد» لإتلاف {n} × {sku}: {reason}</translation>
    </message>
    <message>
        <source>Scan the product first, then the reason</source>
        <translation>امسح المنتج أولًا، ثم اختر السبب</translation>
    </message>
    <message>
        <source>Reason: {name}</source>
        <translation>السبب: {name}</translation>
    </message>
    <message>
        <source>Not a scrap reason: {key}</source>
        <translation>ليس سبب إتلاف: {key}</translation>
    </message>
    <message>
        <source>There is no reason {n}: choose 1 to {most}</source>
        <translation>لا يوجد سبب رقم {n}: اختر من 1 إلى {most}</translation>
    </message>
    <message>
        <source>Scan the location first, then the product</source>
        <translation>امسح الموقع أولًا، ثم المنتج</translation>
    </message>
    <message>
        <source>Scrapping {sku}: Confirm or Cancel it first</source>
        <translation>جارٍ إتلاف {sku}: اضغط «تأكيد» أو «إلغاء» أولًا</translation>
    </message>
    <message>
        <source>Scrapping from {code}: Confirm or Cancel it first</source>
        <translation>جارٍ الإتلاف من {code}: اضغط «تأكيد» أو «إلغاء» أولًا</translation>
    </message>
    <message>
        <source>Arkan station — {name}</source>
        <translation>محطة أركان — {name}</translation>
    </message>
    <message>
        <source>The station is still loading the catalogue; scan again</source>
        <translation>لا تزال المحطة تحمّل الكتالوج؛ امسح مجددًا</translation>
    </message>
    <message>
        <source> (typed)</source>
        <translation> (إدخال يدوي)</translation>
    </message>
    <message>
        <source>No labels printed</source>
        <translation>لم تُطبع أي ملصقات</translation>
    </message>
    <message>
        <source>The label was not printed: {why}</source>
        <translation>لم يُطبع الملصق: {why}</translation>
    </message>
    <message>
        <source>Label saved as {path} (not printed)</source>
        <translation>حُفظ الملصق في {path} (لم يُطبع)</translation>
    </message>
    <message>
        <source>Label printed ({printer})</source>
        <translation>طُبع الملصق ({printer})</translation>
    </message>
    <message>
        <source>The delivery note was not printed: {why}</source>
        <translation>لم يُطبع إشعار التسليم: {why}</translation>
    </message>
    <message>
        <source>Delivery note saved as {path}</source>
        <translation>حُفظ إشعار التسليم في {path}</translation>
    </message>
    <message>
        <source>Delivery note printed ({printer})</source>
        <translation>طُبع إشعار التسليم ({printer})</translation>
    </message>
    <message>
        <source>Nothing printed</source>
        <translation>لم يُطبع شيء</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Quantity {n}</source>
        <translation>الكمية {n}</translation>
    </message>
    <message>
        <source>{name} cancelled; nothing was sent</source>
        <translation>أُلغي {name}؛ لم يُرسَل شيء</translation>
    </message>
    <message>
        <source>Not ready: {step}</source>
        <translation>غير جاهز: {step}</translation>
    </message>
    <message>
        <source>Queued: {what}</source>
        <translation>في قائمة الانتظار: {what}</translation>
    </message>
    <message>
        <source>Print {n} receiving label(s)? Enter: print · Esc: skip</source>
        <translation>طباعة ملصقات الاستلام ({n})؟ Enter: طباعة · Esc: تخطٍّ</translation>
    </message>
    <message>
        <source>Print labels (Enter)</source>
        <translation>طباعة الملصقات (Enter)</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>تخطٍّ (Esc)</translation>
    </message>
    <message>
        <source>{number} cannot be picked now ({state}): only confirmed deliveries can</source>
        <translation>لا يمكن التقاط {number} الآن ({state}): لا تُلتقط إلا التسليمات المؤكدة</translation>
    </message>
    <message>
        <source>Wrong product: {sku} is not on this delivery</source>
        <translation>صنف خاطئ: {sku} ليس على هذا التسليم</translation>
    </message>
    <message>
        <source>Scan the location first: {sku} is taken at {location}</source>
        <translation>امسح الموقع أولاً: يُؤخذ {sku} من {location}</translation>
    </message>
    <message>
        <source>Wrong product: {sku} is not taken at {location}; take {expected}</source>
        <translation>صنف خاطئ: لا يُؤخذ {sku} من {location}؛ خذ {expected}</translation>
    </message>
    <message>
        <source>All {quantity} of {sku} are picked already</source>
        <translation>التُقطت كل الـ {quantity} من {sku} من قبل</translation>
    </message>
    <message>
        <source>Too many: {quantity} × {sku}; the delivery takes at most {most}</source>
        <translation>أكثر من اللازم: {quantity} × {sku}؛ يأخذ التسليم {most} على الأكثر</translation>
    </message>
    <message>
        <source>{location} holds only {quantity} of {sku}</source>
        <translation>لا يحتوي {location} إلا {quantity} من {sku}</translation>
    </message>
    <message>
        <source>Wrong bin: {location} comes later; go to {expected} first</source>
        <translation>رف خاطئ: {location} يأتي لاحقاً؛ اذهب إلى {expected} أولاً</translation>
    </message>
    <message>
        <source>Wrong bin: nothing is taken at {location}; go to {expected}</source>
        <translation>رف خاطئ: لا يُؤخذ شيء من {location}؛ اذهب إلى {expected}</translation>
    </message>
    <message>
        <source>Finish {location} first: {quantity} × {sku} still to take (or press Short here)</source>
        <translation>أنهِ {location} أولاً: ما زال {quantity} × {sku} للأخذ (أو اضغط «ناقص هنا»)</translation>
    </message>
    <message>
        <source>Nothing is left to pick: press Confirm</source>
        <translation>لم يبقَ شيء للالتقاط: اضغط «تأكيد»</translation>
    </message>
    <message>
        <source>Not finished yet: go to {location} next</source>
        <translation>لم ينتهِ بعد: اذهب إلى {location} بعد ذلك</translation>
    </message>
    <message>
        <source>Nothing is short</source>
        <translation>لا نقص</translation>
    </message>
    <message>
        <source>{sku} is short by {quantity}: choose why</source>
        <translation>{sku} ناقص بمقدار {quantity}: اختر السبب</translation>
    </message>
    <message>
        <source>Nothing is picked yet</source>
        <translation>لم يُلتقط شيء بعد</translation>
    </message>
    <message>
        <source>At {location}: {count} product(s) to take here</source>
        <translation>في {location}: {count} صنف للأخذ هنا</translation>
    </message>
    <message>
        <source>{sku}: {quantity} taken at {location}; {left} more of it here</source>
        <translation>{sku}: أُخذ {quantity} من {location}؛ بقي منه {left} هنا</translation>
    </message>
    <message>
        <source>{sku}: {quantity} taken; {location} is done, next {next}</source>
        <translation>{sku}: أُخذ {quantity}؛ انتهى {location}، التالي {next}</translation>
    </message>
    <message>
        <source>{sku}: {quantity} taken; the route is done, short: {skus}</source>
        <translation>{sku}: أُخذ {quantity}؛ انتهى المسار، الناقص: {skus}</translation>
    </message>
    <message>
        <source>Everything is picked: press Confirm to ship</source>
        <translation>التُقط كل شيء: اضغط «تأكيد» للشحن</translation>
    </message>
    <message>
        <source>{location} is done</source>
        <translation>انتهى {location}</translation>
    </message>
    <message>
        <source>{location} left short: {quantity} × {sku} will be taken at {next}</source>
        <translation>تُرك {location} ناقصاً: سيُؤخذ {quantity} × {sku} من {next}</translation>
    </message>
    <message>
        <source>{location} left short: {quantity} × {sku} goes on a backorder</source>
        <translation>تُرك {location} ناقصاً: يذهب {quantity} × {sku} إلى طلب متأخر</translation>
    </message>
    <message>
        <source>Backorder of {skus}: {shortage}</source>
        <translation>طلب متأخر لـ {skus}: {shortage}</translation>
    </message>
    <message>
        <source>Ready: {quantity} unit(s) picked, {short} on backorder; press Confirm</source>
        <translation>جاهز: التُقطت {quantity} وحدة، و{short} في طلب متأخر؛ اضغط «تأكيد»</translation>
    </message>
    <message>
        <source>The rest goes on a backorder: {skus}; choose why</source>
        <translation>يذهب الباقي إلى طلب متأخر: {skus}؛ اختر السبب</translation>
    </message>
    <message>
        <source>Pick &amp; ship</source>
        <translation>التقاط وشحن</translation>
    </message>
    <message>
        <source>{number} ships from {theirs}, not from this warehouse</source>
        <translation>يُشحن {number} من {theirs}، لا من هذا المستودع</translation>
    </message>
    <message>
        <source>{number}: none of it is in stock here</source>
        <translation>{number}: لا شيء منه في المخزون هنا</translation>
    </message>
    <message>
        <source>{number} for {client}: {n} location(s) to visit</source>
        <translation>{number} لـ {client}: {n} موقع للزيارة</translation>
    </message>
    <message>
        <source>Scan the delivery first, or choose it below</source>
        <translation>امسح التسليم أولاً، أو اختره أدناه</translation>
    </message>
    <message>
        <source>No delivery {code} to pick (unknown, or not confirmed)</source>
        <translation>لا يوجد تسليم {code} للالتقاط (غير معروف، أو غير مؤكد)</translation>
    </message>
    <message>
        <source>Picking {number}: Confirm or Cancel it first</source>
        <translation>جارٍ التقاط {number}: أكِّده أو ألغِه أولاً</translation>
    </message>
    <message>
        <source>Short here</source>
        <translation>ناقص هنا</translation>
    </message>
    <message>
        <source>Stop: backorder the rest</source>
        <translation>توقف: الباقي إلى طلب متأخر</translation>
    </message>
    <message>
        <source>Scan the DELIVERY, or choose it below</source>
        <translation>امسح التسليم، أو اختره أدناه</translation>
    </message>
    <message>
        <source>Go to {code} and scan it</source>
        <translation>اذهب إلى {code} وامسحه</translation>
    </message>
    <message>
        <source>Take {n} × {sku} from {code}</source>
        <translation>خذ {n} × {sku} من {code}</translation>
    </message>
    <message>
        <source>Short: {skus}. Why? Choose the reason</source>
        <translation>ناقص: {skus}. لماذا؟ اختر السبب</translation>
    </message>
    <message>
        <source>Nothing of it is in stock here: press Cancel</source>
        <translation>لا شيء منه في المخزون هنا: اضغط «إلغاء»</translation>
    </message>
    <message>
        <source>Press Confirm to ship</source>
        <translation>اضغط «تأكيد» للشحن</translation>
    </message>
    <message>
        <source>✔ {code}: {sku} × {n} taken</source>
        <translation>✔ {code}: أُخذ {sku} × {n}</translation>
    </message>
    <message>
        <source>Backorder: {sku} × {n} {why}</source>
        <translation>طلب متأخر: {sku} × {n} {why}</translation>
    </message>
    <message>
        <source>How many {sku} taken at {code}</source>
        <translation>كم {sku} أُخذ من {code}</translation>
    </message>
    <message>
        <source>Quantity taken: scan a product first</source>
        <translation>الكمية المأخوذة: امسح صنفاً أولاً</translation>
    </message>
    <message>
        <source>Print for {number}? Enter: shipping label · Esc: skip</source>
        <translation>طباعة لـ {number}؟ Enter: ملصق الشحن · Esc: تخطٍّ</translation>
    </message>
    <message>
        <source>Shipping label (Enter)</source>
        <translation>ملصق الشحن (Enter)</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>إشعار التسليم</translation>
    </message>
    <message>
        <source>to resell</source>
        <translation>لإعادة البيع</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>Short on the shelf</source>
        <translation>ناقص على الرف</translation>
    </message>
    <message>
        <source>Quit the station?</source>
        <translation>إغلاق المحطة؟</translation>
    </message>
    <message>
        <source>{n} operation(s) have not reached the server yet. They stay on this computer and are sent the next time the station opens.</source>
        <translation>{n} عملية لم تصل إلى الخادم بعد. تبقى على هذا الحاسوب وتُرسل عند فتح المحطة في المرة القادمة.</translation>
    </message>
    <message>
        <source>Quit now, or stay until they are sent?</source>
        <translation>الإغلاق الآن، أم البقاء حتى تُرسل؟</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>البقاء</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>الإغلاق على أي حال</translation>
    </message>
</context>
<context>
    <name>StationLayout</name>
    <message>
        <source>Settings (F10)</source>
        <translation>الإعدادات (F10)</translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation>امسح هنا</translation>
    </message>
    <message>
        <source>This operation</source>
        <translation>هذه العملية</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>آخر عمليات المسح</translation>
    </message>
    <message>
        <source>Sent to the server</source>
        <translation>أُرسل إلى الخادم</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>الصوت مفعّل</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>الصوت متوقف</translation>
    </message>
</context>
<context>
    <name>StationPad</name>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Number pad display</source>
        <translation>شاشة لوحة الأرقام</translation>
    </message>
    <message>
        <source>C</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>تعيين</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>إعدادات المحطة</translation>
    </message>
    <message>
        <source>Any warehouse</source>
        <translation>أي مستودع</translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation>المس&amp;تودع</translation>
    </message>
    <message>
        <source>System printer (no dialog)</source>
        <translation>طابعة النظام (بلا نافذة حوار)</translation>
    </message>
    <message>
        <source>Network label printer (ZPL)</source>
        <translation>طابعة ملصقات شبكية (ZPL)</translation>
    </message>
    <message>
        <source>Save to a folder</source>
        <translation>الحفظ في مجلد</translation>
    </message>
    <message>
        <source>Label &amp;printer</source>
        <translation>&amp;طابعة الملصقات</translation>
    </message>
    <message>
        <source>System default ({name})</source>
        <translation>الافتراضية في النظام ({name})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>HOST:PORT, e.g. 10.0.0.7:9100</source>
        <translation>HOST:PORT، مثل 10.0.0.7:9100</translation>
    </message>
    <message>
        <source>a folder (empty: labels in the data folder)</source>
        <translation>مجلد (إذا تُرك فارغًا: الملصقات في مجلد البيانات)</translation>
    </message>
    <message>
        <source>Printer &amp;address</source>
        <translation>&amp;عنوان الطابعة</translation>
    </message>
    <message>
        <source>Label &amp;template</source>
        <translation>&amp;قالب الملصق</translation>
    </message>
    <message>
        <source>&amp;Sound on</source>
        <translation>&amp;تفعيل الصوت</translation>
    </message>
    <message>
        <source>Workflows offered</source>
        <translation>العمليات المتاحة</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Open the outbox: writes waiting for the server</source>
        <translation>فتح صندوق الصادر: تغييرات تنتظر الخادم</translation>
    </message>
    <message>
        <source>Offline (cached data)</source>
        <translation>دون اتصال (بيانات محفوظة)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>دون اتصال</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>آخر مزامنة %1</translation>
    </message>
    <message>
        <source>Outbox: %1 queued</source>
        <translation>صندوق الصادر: %1 في الانتظار</translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation>%1 بحاجة إلى مراجعة</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>جارٍ المزامنة… %1 من %2</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <translation>جارٍ المزامنة… %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Offline copy incomplete</source>
        <translation>النسخة المحلية غير مكتملة</translation>
    </message>
    <message>
        <source>Writes from earlier wait in the outbox: %1. They go when the server answers.</source>
        <translation>عمليات كتابة سابقة تنتظر في صندوق الصادر: %1. تُرسَل عندما يستجيب الخادم.</translation>
    </message>
</context>
<context>
    <name>StatusFeed</name>
    <message>
        <source>%1: offline copy incomplete — %2 so far</source>
        <translation>%1: النسخة المحلية غير مكتملة — %2 حتى الآن</translation>
    </message>
    <message>
        <source>%1: offline copy incomplete — %2 of about %3</source>
        <translation>%1: النسخة المحلية غير مكتملة — %2 من نحو %3</translation>
    </message>
</context>
<context>
    <name>StockActions</name>
    <message>
        <source>Queued: %1</source>
        <translation>في قائمة الانتظار: %1</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <source>Enter a quantity greater than zero (at most three decimals)</source>
        <translation>أدخل كمية أكبر من صفر (ثلاث منازل عشرية على الأكثر)</translation>
    </message>
    <message>
        <source>Only %1 of %2 on hand at %3</source>
        <translation>المتوفر من %2 في %3 هو %1 فقط</translation>
    </message>
</context>
<context>
    <name>StockLinesDialog</name>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;إضافة بند</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>رمز الصنف</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Choose a product and enter a valid quantity</source>
        <translation>اختر منتجًا وأدخل كمية صالحة</translation>
    </message>
    <message>
        <source>%1 is already on a line</source>
        <translation>%1 موجود في سطر آخر</translation>
    </message>
</context>
<context>
    <name>StockLists</name>
    <message>
        <source>SKU</source>
        <translation>رمز الصنف</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>سعر البيع</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>&amp;New move…</source>
        <translation>حركة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Move one product between locations (Ctrl+N)</source>
        <translation>نقل منتج واحد بين موقعين (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;تحويل…</translation>
    </message>
    <message>
        <source>Ad&amp;justment…</source>
        <translation>ت&amp;سوية…</translation>
    </message>
    <message>
        <source>&amp;Scrap…</source>
        <translation>إ&amp;تلاف…</translation>
    </message>
    <message>
        <source>Stock Moves</source>
        <translation>حركات المخزون</translation>
    </message>
    <message>
        <source>Stock per location: %1 (%2 in all)</source>
        <translation>المخزون حسب الموقع: %1 (الإجمالي %2)</translation>
    </message>
    <message>
        <source>Stock moves of %1</source>
        <translation>حركات مخزون %1</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer stock</source>
        <translation>تحويل مخزون</translation>
    </message>
    <message>
        <source>Queue transfer</source>
        <translation>إضافة التحويل إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>Choose both locations</source>
        <translation>اختر الموقعين</translation>
    </message>
    <message>
        <source>The destination must differ from the source</source>
        <translation>يجب أن تختلف الوجهة عن المصدر</translation>
    </message>
    <message>
        <source>Add at least one line</source>
        <translation>أضف بندًا واحدًا على الأقل</translation>
    </message>
</context>
</TS>
