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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the count differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line</source>
        <translation>أضف بندًا واحدًا على الأقل</translation>
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
        <source>Starting the demo server… (the first start prepares the demo data)</source>
        <translation>جارٍ تشغيل الخادم التجريبي… (التشغيل الأول يُعِدّ البيانات التجريبية)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more decimals than %1 allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a debit or a credit, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a debit or a credit</source>
        <translation type="unfinished"></translation>
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
        <source>quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Enter a unit price</source>
        <translation>أدخل سعر الوحدة</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>النسبة المئوية</translation>
    </message>
    <message>
        <source>Choose a product or describe the line</source>
        <translation>اختر منتجًا أو اكتب وصف البند</translation>
    </message>
    <message>
        <source>Not a number: %1</source>
        <translation>ليس رقمًا: %1</translation>
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
        <source>Record a payment for the selected invoice</source>
        <translation>تسجيل دفعة للفاتورة المحددة</translation>
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
        <source>Invoice &amp;branding…</source>
        <translation>&amp;هوية الفاتورة…</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
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
    <message>
        <source>Payments are recorded against posted, unpaid invoices</source>
        <translation>تُسجَّل الدفعات على الفواتير المُرحّلة غير المدفوعة</translation>
    </message>
    <message>
        <source>Payment queued</source>
        <translation>أُضيفت الدفعة إلى قائمة الإرسال</translation>
    </message>
</context>
<context>
    <name>JournalEntryEditor</name>
    <message>
        <source>Fix rejected journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this entry records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;إضافة بند</translation>
    </message>
    <message>
        <source>Enter on the last line adds one too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>البند %1، %2: %3</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debits must equal credits and every line be right before saving.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished">Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation type="unfinished">&amp;ترحيل</translation>
    </message>
    <message>
        <source>Post the selected draft entries (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>دليل الحسابات</translation>
    </message>
    <message>
        <source>&amp;Accounts and entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry queued; it is sent as soon as the server answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only draft journal entries can be posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for posting: %1</source>
        <translation type="unfinished">في قائمة الترحيل: %1</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;المرجع</translation>
    </message>
    <message>
        <source>On hand at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product and both locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination must differ from the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quantity greater than zero (at most three decimals)</source>
        <translation type="unfinished"></translation>
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
        <source>new invoice</source>
        <translation>فاتورة جديدة</translation>
    </message>
    <message>
        <source>%1 for %2: %3 %4 due</source>
        <translation>%1 لـ %2: المستحق %3 %4</translation>
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
        <source>Record and post</source>
        <translation>تسجيل وترحيل</translation>
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
        <source>The amount is more than the %1 due</source>
        <translation>المبلغ أكبر من المستحق %1</translation>
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
    <name>PurchaseOrderList</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
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
        <source>Purchasing</source>
        <translation>المشتريات</translation>
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
    <name>ReportsView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the reports again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance sheet &amp;as of:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Trial &amp;balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profit &amp;&amp; loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance &amp;sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: profit &amp; loss and the balance sheet come from the server and load when you are back online. The trial balance is from this computer&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports could not be loaded from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit &amp; loss %1 to %2 and balance sheet as of %3, from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts · debits %2 · credits %3 %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit &amp; loss, %1 to %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance sheet as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScrapDialog</name>
    <message>
        <source>Scrap stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product and a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quantity greater than zero (at most three decimals)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Another server…</source>
        <translation>خادم آخر…</translation>
    </message>
    <message>
        <source>Enter your email and password</source>
        <translation>أدخل بريدك الإلكتروني وكلمة المرور</translation>
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
</context>
<context>
    <name>StockActions</name>
    <message>
        <source>Queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <source>Only %1 of %2 on hand at %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Choose a product and enter a valid quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on a line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockLists</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move one product between locations (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;justment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scrap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock Moves</source>
        <translation>حركات المخزون</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose both locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination must differ from the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line</source>
        <translation>أضف بندًا واحدًا على الأقل</translation>
    </message>
</context>
</TS>
