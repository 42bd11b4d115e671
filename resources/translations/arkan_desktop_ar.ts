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
    <name>AgedPayablesView</name>
    <message>
        <source>Aged payables — %1</source>
        <translation>أعمار الذمم الدائنة — %1</translation>
    </message>
    <message>
        <source>&amp;Open bills of vendor</source>
        <translation>&amp;فواتير المورّد المفتوحة</translation>
    </message>
    <message>
        <source>From this computer&apos;s copy of the bills: posted bills with an amount due, by days past their due date. Enter on a vendor lists their open bills; Enter on a bill opens it.</source>
        <translation>من نسخة الفواتير على هذا الجهاز: فواتير الموردين المرحّلة التي عليها مبلغ مستحق، حسب أيام التأخر عن تاريخ الاستحقاق. Enter على مورّد يعرض فواتيره المفتوحة؛ وEnter على فاتورة يفتحها.</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>فاتورة مورد</translation>
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
        <source>Days late</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>المبلغ المستحق</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <source>Open bills of %1</source>
        <translation>الفواتير المفتوحة لـ %1</translation>
    </message>
    <message>
        <source>Export aged payables</source>
        <translation>تصدير أعمار الذمم الدائنة</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
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
        <source>There is nothing to export: the report is not shown.</source>
        <translation>لا يوجد ما يُصدَّر: التقرير غير معروض.</translation>
    </message>
    <message>
        <source>Aged receivables</source>
        <translation>أعمار الذمم المدينة</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>كما في %1</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <source>Allocate %1</source>
        <translation>تخصيص %1</translation>
    </message>
    <message>
        <source>What is left of the payment to allocate</source>
        <translation>ما تبقى من الدفعة للتخصيص</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;تخصيص</translation>
    </message>
    <message>
        <source>Allocate something to at least one invoice</source>
        <translation>خصّص مبلغًا لفاتورة واحدة على الأقل</translation>
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
    <name>AssetList</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>تاريخ الاقتناء</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Life (months)</source>
        <translation>العمر (بالأشهر)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>القيمة الدفترية</translation>
    </message>
    <message>
        <source>Depreciated to</source>
        <translation>مستهلك حتى</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>AssetsView</name>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>القسط</translation>
    </message>
    <message>
        <source>Accumulated</source>
        <translation>المتراكم</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>القيمة الدفترية</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Register asset…</source>
        <translation>&amp;تسجيل أصل…</translation>
    </message>
    <message>
        <source>A new fixed asset (Ctrl+N)</source>
        <translation>أصل ثابت جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>Run &amp;depreciation</source>
        <translation>تشغيل الإه&amp;لاك</translation>
    </message>
    <message>
        <source>Post the chosen asset&apos;s depreciation through the month</source>
        <translation>ترحيل إهلاك الأصل المختار حتى الشهر</translation>
    </message>
    <message>
        <source>Dis&amp;pose…</source>
        <translation>ا&amp;ستبعاد…</translation>
    </message>
    <message>
        <source>&amp;Entries…</source>
        <translation>ال&amp;قيود…</translation>
    </message>
    <message>
        <source>The journal entries of the chosen asset</source>
        <translation>قيود اليومية للأصل المختار</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>الشهر:</translation>
    </message>
    <message>
        <source>%1 %2 · cost %3 · depreciated %4 · book value %5 %6 · %7, %8 months · %9</source>
        <translation>%1 %2 · التكلفة %3 · المستهلك %4 · القيمة الدفترية %5 %6 · %7، %8 شهرًا · %9</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>في قائمة الانتظار: %1</translation>
    </message>
    <message>
        <source>Choose an asset first</source>
        <translation>اختر أصلًا أولًا</translation>
    </message>
    <message>
        <source>Choose an asset that is not disposed of</source>
        <translation>اختر أصلًا لم يُستبعد</translation>
    </message>
    <message>
        <source>No journal entry of this asset is here yet</source>
        <translation>لا يوجد قيد يومية لهذا الأصل هنا بعد</translation>
    </message>
    <message>
        <source>Journal entries of %1</source>
        <translation>قيود يومية %1</translation>
    </message>
</context>
<context>
    <name>BankDetailsDialog</name>
    <message>
        <source>Bank details of %1</source>
        <translation>البيانات المصرفية لـ %1</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>الآيبان</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>البنك</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>رقم الحساب</translation>
    </message>
    <message>
        <source>SWIFT / BIC</source>
        <translation>سويفت / BIC</translation>
    </message>
    <message>
        <source>Routing code</source>
        <translation>رمز التوجيه</translation>
    </message>
    <message>
        <source>The IBAN is right: %1</source>
        <translation>الآيبان صحيح: %1</translation>
    </message>
</context>
<context>
    <name>BankTab</name>
    <message>
        <source>&amp;Reconcile</source>
        <translation>ال&amp;تسوية</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>الك&amp;شوف</translation>
    </message>
    <message>
        <source>&amp;Payment files</source>
        <translation>ملفات ال&amp;دفع</translation>
    </message>
    <message>
        <source>Fixed &amp;assets</source>
        <translation>الأصول ال&amp;ثابتة</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>البنك</translation>
    </message>
    <message>
        <source>Choose the bank account the statement belongs to</source>
        <translation>اختر الحساب المصرفي الذي يخصه الكشف</translation>
    </message>
</context>
<context>
    <name>BankWords</name>
    <message>
        <source>the same amount</source>
        <translation>المبلغ نفسه</translation>
    </message>
    <message>
        <source>the items add up to the line</source>
        <translation>مجموع البنود يساوي السطر</translation>
    </message>
    <message>
        <source>the line pays part of the item</source>
        <translation>السطر يسدد جزءًا من البند</translation>
    </message>
    <message>
        <source>a small difference, within the write-off limit</source>
        <translation>فرق صغير ضمن حد الشطب</translation>
    </message>
    <message>
        <source>other open items have this amount</source>
        <translation>بنود مفتوحة أخرى لها هذا المبلغ</translation>
    </message>
    <message>
        <source>its number or reference is in the line&apos;s text</source>
        <translation>رقمه أو مرجعه وارد في نص السطر</translation>
    </message>
    <message>
        <source>the line names this partner</source>
        <translation>السطر يذكر هذا الشريك</translation>
    </message>
    <message>
        <source>the line names a partner much like this one</source>
        <translation>السطر يذكر شريكًا شبيهًا جدًا بهذا</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>اليوم نفسه</translation>
    </message>
    <message>
        <source>a few days apart</source>
        <translation>بفارق أيام قليلة</translation>
    </message>
    <message>
        <source>far apart in date (check it)</source>
        <translation>تاريخان متباعدان (تحقق منه)</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>مطابقة</translation>
    </message>
    <message>
        <source>Several items</source>
        <translation>عدة بنود</translation>
    </message>
    <message>
        <source>Part of the item</source>
        <translation>جزء من البند</translation>
    </message>
    <message>
        <source>Match and write off</source>
        <translation>مطابقة وشطب</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Journal item</source>
        <translation>بند يومية</translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation>فاتورة مفتوحة</translation>
    </message>
    <message>
        <source>Choose the items to match first (Space selects an item).</source>
        <translation>اختر البنود المراد مطابقتها أولًا (المسافة تختار بندًا).</translation>
    </message>
    <message>
        <source>This line is reconciled already.</source>
        <translation>هذا السطر مسوّى بالفعل.</translation>
    </message>
    <message>
        <source>Money in can only be matched to money in, and money out to money out.</source>
        <translation>لا يطابَق المال الوارد إلا بمال وارد، ولا الصادر إلا بصادر.</translation>
    </message>
    <message>
        <source>The line is used up before the last item chosen; choose fewer items.</source>
        <translation>يُستنفد السطر قبل آخر بند مختار؛ اختر بنودًا أقل.</translation>
    </message>
    <message>
        <source>Nothing is left on this line to write off.</source>
        <translation>لم يبق شيء في هذا السطر لشطبه.</translation>
    </message>
    <message>
        <source>What is left on this line is over the write-off limit; match it instead.</source>
        <translation>المتبقي في هذا السطر يتجاوز حد الشطب؛ طابقه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>%1 has no IBAN.</source>
        <translation>ليس لدى %1 آيبان.</translation>
    </message>
    <message>
        <source>%1 has an IBAN with characters other than letters and digits.</source>
        <translation>آيبان %1 فيه رموز غير الحروف والأرقام.</translation>
    </message>
    <message>
        <source>%1 has an IBAN that starts with no country&apos;s code.</source>
        <translation>آيبان %1 لا يبدأ برمز دولة.</translation>
    </message>
    <message>
        <source>%1 has an IBAN of the wrong length for its country.</source>
        <translation>طول آيبان %1 غير صحيح لدولته.</translation>
    </message>
    <message>
        <source>%1 has an IBAN that does not follow its country&apos;s layout.</source>
        <translation>آيبان %1 لا يتبع صيغة دولته.</translation>
    </message>
    <message>
        <source>%1 has an IBAN whose check digits are wrong (likely a typo).</source>
        <translation>أرقام التحقق في آيبان %1 خاطئة (غالبًا خطأ كتابي).</translation>
    </message>
    <message>
        <source>%1 has an IBAN whose bank code belongs to no known bank.</source>
        <translation>رمز البنك في آيبان %1 لا يخص أي بنك معروف.</translation>
    </message>
    <message>
        <source>%1 has an IBAN from another country; this file pays UAE accounts.</source>
        <translation>آيبان %1 من دولة أخرى؛ هذا الملف يدفع لحسابات في الإمارات.</translation>
    </message>
    <message>
        <source>Give the asset a name.</source>
        <translation>أعطِ الأصل اسمًا.</translation>
    </message>
    <message>
        <source>The cost must be more than zero.</source>
        <translation>يجب أن تكون التكلفة أكبر من صفر.</translation>
    </message>
    <message>
        <source>The salvage value must be zero or more, and less than the cost.</source>
        <translation>يجب أن تكون قيمة الخردة صفرًا أو أكثر، وأقل من التكلفة.</translation>
    </message>
    <message>
        <source>The useful life must be from 1 to 600 months.</source>
        <translation>يجب أن يكون العمر الإنتاجي من 1 إلى 600 شهر.</translation>
    </message>
    <message>
        <source>Choose a depreciation method.</source>
        <translation>اختر طريقة الإهلاك.</translation>
    </message>
    <message>
        <source>The acquisition date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الاقتناء في المستقبل.</translation>
    </message>
    <message>
        <source>Choose the account that holds the asset&apos;s cost.</source>
        <translation>اختر الحساب الذي يحمل تكلفة الأصل.</translation>
    </message>
    <message>
        <source>This asset was disposed of; nothing depreciates after that.</source>
        <translation>استُبعد هذا الأصل؛ لا إهلاك بعد ذلك.</translation>
    </message>
    <message>
        <source>The asset was acquired after that month.</source>
        <translation>اقتُني الأصل بعد ذلك الشهر.</translation>
    </message>
    <message>
        <source>That month has not begun; depreciation runs up to this month.</source>
        <translation>ذلك الشهر لم يبدأ؛ يجري الإهلاك حتى هذا الشهر.</translation>
    </message>
    <message>
        <source>Depreciation through that month is posted already; nothing to post.</source>
        <translation>إهلاك ذلك الشهر مرحّل بالفعل؛ لا شيء لترحيله.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Partly matched</source>
        <translation>مطابق جزئيًا</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>مسوّى</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Fully depreciated</source>
        <translation>مستهلك بالكامل</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>مرحّل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Straight line</source>
        <translation>القسط الثابت</translation>
    </message>
    <message>
        <source>Declining balance</source>
        <translation>الرصيد المتناقص</translation>
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
    <name>BillActions</name>
    <message>
        <source>Only draft bills can be posted</source>
        <translation>لا تُرحَّل إلا فواتير الموردين المسودة</translation>
    </message>
    <message>
        <source>new bill</source>
        <translation>فاتورة مورد جديدة</translation>
    </message>
    <message>
        <source>Post bills</source>
        <translation>ترحيل فواتير الموردين</translation>
    </message>
    <message>
        <source>Post %1? Posting books the bill in the ledger and cannot be undone.</source>
        <translation>ترحيل %1؟ الترحيل يقيّد الفاتورة في دفتر الأستاذ ولا يمكن التراجع عنه.</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;ترحيل</translation>
    </message>
    <message>
        <source>Queued for posting: %1</source>
        <translation>في الانتظار للترحيل: %1</translation>
    </message>
    <message>
        <source>%1 is a vendor credit; it is not cancelled</source>
        <translation>%1 إشعار دائن من مورّد؛ لا يُلغى</translation>
    </message>
    <message>
        <source>Only bills are cancelled here</source>
        <translation>لا تُلغى هنا إلا فواتير الموردين</translation>
    </message>
    <message>
        <source>%1 is already cancelled</source>
        <translation>%1 ملغاة بالفعل</translation>
    </message>
    <message>
        <source>%1 is a draft; only posted bills are cancelled</source>
        <translation>%1 مسودة؛ لا تُلغى إلا الفواتير المرحّلة</translation>
    </message>
    <message>
        <source>%1 has payments against it; a paid bill cannot be cancelled</source>
        <translation>على %1 دفعات؛ لا يمكن إلغاء فاتورة مدفوعة</translation>
    </message>
    <message>
        <source>%1 has not reached the server yet</source>
        <translation>لم تصل %1 إلى الخادم بعد</translation>
    </message>
    <message>
        <source>This bill</source>
        <translation>هذه الفاتورة</translation>
    </message>
    <message>
        <source>Vendors are paid against posted, unpaid bills</source>
        <translation>يُدفع للموردين مقابل الفواتير المرحّلة غير المدفوعة</translation>
    </message>
    <message>
        <source>Payments are made in %1; this bill is in %2</source>
        <translation>تتم الدفعات بعملة %1؛ وهذه الفاتورة بعملة %2</translation>
    </message>
    <message>
        <source>Payment to %1 queued, over %2 bills</source>
        <translation>دفعة إلى %1 في الانتظار، موزعة على %2 فواتير</translation>
    </message>
</context>
<context>
    <name>BillAllocationModel</name>
    <message>
        <source>Bill</source>
        <translation>فاتورة مورد</translation>
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
        <source>Pay</source>
        <translation>الدفع</translation>
    </message>
</context>
<context>
    <name>BillCancelDialog</name>
    <message>
        <source>Cancel bill</source>
        <translation>إلغاء فاتورة المورد</translation>
    </message>
    <message>
        <source>Cancel %1 from %2 (%3 %4)?</source>
        <translation>إلغاء %1 من %2 (%3 %4)؟</translation>
    </message>
    <message>
        <source>this bill</source>
        <translation>هذه الفاتورة</translation>
    </message>
    <message>
        <source>The server issues a vendor credit note that reverses the bill in the ledger. This cannot be undone.</source>
        <translation>يُصدر الخادم إشعارًا دائنًا من المورّد يعكس الفاتورة في دفتر الأستاذ. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Cancel &amp;bill</source>
        <translation>إل&amp;غاء الفاتورة</translation>
    </message>
    <message>
        <source>e.g. billed twice, wrong vendor</source>
        <translation>مثلًا: فوترة مكررة، مورّد خاطئ</translation>
    </message>
    <message>
        <source>Say why the bill is cancelled; the reason is kept on the credit note</source>
        <translation>اذكر سبب إلغاء الفاتورة؛ يُحفظ السبب على الإشعار الدائن</translation>
    </message>
</context>
<context>
    <name>BillEditor</name>
    <message>
        <source>new bill</source>
        <translation>فاتورة مورد جديدة</translation>
    </message>
    <message>
        <source>Bill %1 (%2)</source>
        <translation>فاتورة المورد %1 (%2)</translation>
    </message>
    <message>
        <source>Fix rejected bill</source>
        <translation>تصحيح فاتورة مورد مرفوضة</translation>
    </message>
    <message>
        <source>New bill</source>
        <translation>فاتورة مورد جديدة</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>ال&amp;مورّد</translation>
    </message>
    <message>
        <source>Bill &amp;date</source>
        <translation>&amp;تاريخ الفاتورة</translation>
    </message>
    <message>
        <source>Vendor &amp;reference</source>
        <translation>&amp;مرجع المورّد</translation>
    </message>
    <message>
        <source>The number on the vendor&apos;s invoice</source>
        <translation>الرقم المدوّن على فاتورة المورّد</translation>
    </message>
    <message>
        <source>The purchase order of this bill is not in this computer&apos;s copy</source>
        <translation>أمر الشراء الخاص بهذه الفاتورة غير موجود في نسخة هذا الجهاز</translation>
    </message>
    <message>
        <source>From purchase order %1 (%2). Per line: ordered, received, and billed by the order&apos;s other bills; a bill cannot bill more than was received.</source>
        <translation>من أمر الشراء %1 (%2). لكل سطر: المطلوب والمستلم وما فوترته الفواتير الأخرى للأمر؛ لا يمكن أن تفوتر الفاتورة أكثر مما استُلم.</translation>
    </message>
    <message>
        <source>Every received unit of %1 is billed already</source>
        <translation>كل الوحدات المستلمة من %1 مفوترة بالفعل</translation>
    </message>
    <message>
        <source>Choose a vendor</source>
        <translation>اختر المورّد</translation>
    </message>
    <message>
        <source>The due date is before the bill date</source>
        <translation>تاريخ الاستحقاق يسبق تاريخ الفاتورة</translation>
    </message>
</context>
<context>
    <name>BillLinesModel</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>Billed before</source>
        <translation>المفوتر سابقًا</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>More than received: at most %1</source>
        <translation>أكثر من المستلم: %1 على الأكثر</translation>
    </message>
    <message>
        <source>%1 not received yet</source>
        <translation>لم يُستلم %1 بعد</translation>
    </message>
    <message>
        <source>Received goods left to bill later</source>
        <translation>بضاعة مستلمة تبقى للفوترة لاحقًا</translation>
    </message>
    <message>
        <source>Price differs from the order (%1)</source>
        <translation>السعر يختلف عن الأمر (%1)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>(by product)</source>
        <translation>(حسب المنتج)</translation>
    </message>
    <message>
        <source>(purchases)</source>
        <translation>(المشتريات)</translation>
    </message>
    <message>
        <source>Choose an account from the list</source>
        <translation>اختر حسابًا من القائمة</translation>
    </message>
    <message>
        <source>Only %1 received on %2 and not billed yet: a bill cannot bill more than was received</source>
        <translation>استُلم %1 فقط في %2 ولم يُفوتر بعد: لا يمكن أن تفوتر الفاتورة أكثر مما استُلم</translation>
    </message>
</context>
<context>
    <name>BillList</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <source>Vendor reference</source>
        <translation>مرجع المورّد</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>أمر الشراء</translation>
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
        <source>Credit note / cancels</source>
        <translation>إشعار دائن / يلغي</translation>
    </message>
</context>
<context>
    <name>BillsTab</name>
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
        <source>Show bills in this state</source>
        <translation>عرض فواتير الموردين بهذه الحالة</translation>
    </message>
    <message>
        <source>Click to show every vendor again</source>
        <translation>انقر لعرض كل الموردين مجددًا</translation>
    </message>
    <message>
        <source>&amp;New bill</source>
        <translation>فاتورة مورد &amp;جديدة</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Bill from &amp;purchase order…</source>
        <translation>فاتورة من &amp;أمر شراء…</translation>
    </message>
    <message>
        <source>A bill for goods received on a purchase order, matched line by line</source>
        <translation>فاتورة مورد لبضاعة مستلمة على أمر شراء، مطابَقة سطرًا بسطر</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>&amp;ترحيل…</translation>
    </message>
    <message>
        <source>Post the selected draft bills (asks first)</source>
        <translation>ترحيل فواتير الموردين المسودة المحددة (مع السؤال أولًا)</translation>
    </message>
    <message>
        <source>Pay &amp;vendor…</source>
        <translation>الدفع لل&amp;مورّد…</translation>
    </message>
    <message>
        <source>Pay the selected bill&apos;s vendor, allocated over their open bills</source>
        <translation>الدفع لمورّد الفاتورة المحددة، موزعًا على فواتيره المفتوحة</translation>
    </message>
    <message>
        <source>&amp;Cancel with vendor credit…</source>
        <translation>&amp;إلغاء بإشعار دائن من المورّد…</translation>
    </message>
    <message>
        <source>Cancel the selected posted bill; the server issues a vendor credit note</source>
        <translation>إلغاء فاتورة المورد المرحّلة المحددة؛ يُصدر الخادم إشعارًا دائنًا من المورّد</translation>
    </message>
    <message>
        <source>A&amp;ged payables…</source>
        <translation>أ&amp;عمار الذمم الدائنة…</translation>
    </message>
    <message>
        <source>What the company owes each vendor, by how late (Ctrl+Shift+Y)</source>
        <translation>ما تدين به الشركة لكل مورّد، حسب مدة التأخير (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Post…</source>
        <translation>ترحيل…</translation>
    </message>
    <message>
        <source>Pay vendor…</source>
        <translation>الدفع للمورّد…</translation>
    </message>
    <message>
        <source>Cancel with vendor credit…</source>
        <translation>إلغاء بإشعار دائن من المورّد…</translation>
    </message>
    <message>
        <source>Aged payables…</source>
        <translation>أعمار الذمم الدائنة…</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>فواتير الموردين</translation>
    </message>
    <message>
        <source>Vendor: %1 ✕</source>
        <translation>المورّد: %1 ✕</translation>
    </message>
    <message>
        <source>Bills: %1</source>
        <translation>فواتير الموردين: %1</translation>
    </message>
    <message>
        <source>Total %1 %2 · Due %3 %2</source>
        <translation>الإجمالي %1 %2 · المستحق %3 %2</translation>
    </message>
    <message>
        <source>Bill queued; it is sent as soon as the server answers</source>
        <translation>فاتورة المورد في الانتظار؛ تُرسل حالما يستجيب الخادم</translation>
    </message>
    <message>
        <source>This bill is no longer in the local copy</source>
        <translation>لم تعد هذه الفاتورة في النسخة المحلية</translation>
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
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>Payroll run</source>
        <translation>مسير رواتب</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>أمر شراء</translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation>استلام بضائع</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>كشف حساب بنكي</translation>
    </message>
    <message>
        <source>Sales return</source>
        <translation>مرتجع مبيعات</translation>
    </message>
    <message>
        <source>Stock adjustment</source>
        <translation>تسوية مخزون</translation>
    </message>
    <message>
        <source>Cycle count</source>
        <translation>الجرد الدوري</translation>
    </message>
    <message>
        <source>Straight line</source>
        <translation>القسط الثابت</translation>
    </message>
    <message>
        <source>Declining balance</source>
        <translation>الرصيد المتناقص</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Fully depreciated</source>
        <translation>مستهلك بالكامل</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>مسوّى</translation>
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
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>موقوف</translation>
    </message>
</context>
<context>
    <name>ColleaguesLabel</name>
    <message>
        <source>No colleagues online</source>
        <translation>لا زملاء متصلون</translation>
    </message>
    <message>
        <source>No one else of this company is signed in right now</source>
        <translation>لا أحد غيرك من هذه الشركة مسجَّل الدخول الآن</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>1 colleague online:</source>
        <translation>زميل واحد متصل:</translation>
    </message>
    <message>
        <source>%1 colleagues online:</source>
        <translation>الزملاء المتصلون (%1):</translation>
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
    <name>CompanySwitcher</name>
    <message>
        <source>Switch company</source>
        <translation>تبديل الشركة</translation>
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
    <name>ContactDialog</name>
    <message>
        <source>New contact of %1</source>
        <translation>جهة اتصال جديدة لـ %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>ال&amp;منصب</translation>
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
        <source>Enter the contact&apos;s name</source>
        <translation>أدخل اسم جهة الاتصال</translation>
    </message>
    <message>
        <source>This does not look like an email address</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
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
        <source>&amp;Add contact…</source>
        <translation>&amp;إضافة جهة اتصال…</translation>
    </message>
    <message>
        <source>Contacts are added once the partner is saved.</source>
        <translation>تُضاف جهات الاتصال بعد حفظ الشريك.</translation>
    </message>
    <message>
        <source>Not yet confirmed by the server</source>
        <translation>لم يؤكده الخادم بعد</translation>
    </message>
    <message>
        <source>No contact persons yet.</source>
        <translation>لا توجد جهات اتصال بعد.</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Columns of this bank&apos;s CSV file</source>
        <translation>أعمدة ملف CSV لهذا البنك</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Amount (signed)</source>
        <translation>المبلغ (بإشارته)</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>مدين (مال صادر)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>دائن (مال وارد)</translation>
    </message>
    <message>
        <source>Running balance</source>
        <translation>الرصيد الجاري</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Payer or payee</source>
        <translation>الدافع أو المستفيد</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>1,234.56 (point)</source>
        <translation>1,234.56 (نقطة)</translation>
    </message>
    <message>
        <source>1.234,56 (comma)</source>
        <translation>1.234,56 (فاصلة)</translation>
    </message>
    <message>
        <source>Dates are written</source>
        <translation>تُكتب التواريخ</translation>
    </message>
    <message>
        <source>Amounts are written</source>
        <translation>تُكتب المبالغ</translation>
    </message>
    <message>
        <source>Every date in the file reads as %1 and as %2: which is it?</source>
        <translation>كل تاريخ في الملف يُقرأ بصيغة %1 وبصيغة %2: أيهما المقصود؟</translation>
    </message>
    <message>
        <source>No amount in the file shows which mark is the decimal point: which is it?</source>
        <translation>لا يوجد مبلغ في الملف يبيّن أي علامة هي الفاصلة العشرية: أيهما؟</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>الصفوف الأولى من الملف:</translation>
    </message>
    <message>
        <source>Choose the column of dates.</source>
        <translation>اختر عمود التواريخ.</translation>
    </message>
    <message>
        <source>Choose the amount column, or the debit and credit columns.</source>
        <translation>اختر عمود المبلغ، أو عمودي المدين والدائن.</translation>
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
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
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
    <name>DesktopNotice</name>
    <message>
        <source>%1 new notifications</source>
        <translation>إشعارات جديدة: %1</translation>
    </message>
</context>
<context>
    <name>DisposeDialog</name>
    <message>
        <source>Dispose of %1</source>
        <translation>استبعاد %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Sale price (0: scrapped)</source>
        <translation>سعر البيع (0: تخريد)</translation>
    </message>
    <message>
        <source>Book value then %1; gain %2</source>
        <translation>القيمة الدفترية حينها %1؛ ربح %2</translation>
    </message>
    <message>
        <source>Book value then %1; loss %2</source>
        <translation>القيمة الدفترية حينها %1؛ خسارة %2</translation>
    </message>
    <message>
        <source>The asset was not yet acquired on that day.</source>
        <translation>لم يكن الأصل قد اقتُني في ذلك اليوم.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>لا يمكن أن يكون التاريخ في المستقبل.</translation>
    </message>
</context>
<context>
    <name>DocumentOpener</name>
    <message>
        <source>This document is not in this computer&apos;s copy</source>
        <translation>هذا المستند غير موجود في نسخة هذا الحاسوب</translation>
    </message>
    <message>
        <source>The source document is not in this computer&apos;s copy; its entry opens</source>
        <translation>المستند المصدر غير موجود في نسخة هذا الحاسوب؛ يُفتح قيده بدلًا منه</translation>
    </message>
    <message>
        <source>This kind of document cannot be opened here</source>
        <translation>لا يمكن فتح هذا النوع من المستندات هنا</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This server cannot change a draft; cancel it and enter a new one</source>
        <translation>لا يستطيع هذا الخادم تعديل المسودة؛ ألغِها وأدخل مسودة جديدة</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>هذا المستند</translation>
    </message>
    <message>
        <source>%1 is %2: it can no longer be changed; its actions are below</source>
        <translation>%1 حالته %2: لم يعد تعديله ممكنًا؛ إجراءاته أدناه</translation>
    </message>
    <message>
        <source>This entry was made by another document; correct that document instead</source>
        <translation>أنشأ هذا القيدَ مستندٌ آخر؛ صحّح ذلك المستند بدلًا منه</translation>
    </message>
    <message>
        <source>This draft may have reached the server already; open it again once sent</source>
        <translation>ربما وصلت هذه المسودة إلى الخادم؛ افتحها مجددًا بعد إرسالها</translation>
    </message>
    <message>
        <source>Not sent yet: saving replaces the write waiting in the Outbox</source>
        <translation>لم تُرسل بعد: الحفظ يستبدل العملية المنتظرة في صندوق الصادر</translation>
    </message>
    <message>
        <source>A draft: saving sends your changes to the server</source>
        <translation>مسودة: الحفظ يرسل تعديلاتك إلى الخادم</translation>
    </message>
</context>
<context>
    <name>EntriesDialog</name>
    <message>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
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
    <name>ExportMenu</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Save what is shown as PDF, CSV or Excel, or print it</source>
        <translation>احفظ المعروض بصيغة PDF أو CSV أو Excel، أو اطبعه</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation>&amp;Excel…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>تصدير إلى PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
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
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
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
    <message>
        <source>Cannot print: %1</source>
        <translation>تعذّرت الطباعة: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
</context>
<context>
    <name>FinanceReports</name>
    <message>
        <source>VAT return</source>
        <translation>إقرار ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation>الضريبة حسب النسبة</translation>
    </message>
    <message>
        <source>Documents in box %1</source>
        <translation>المستندات في الخانة %1</translation>
    </message>
    <message>
        <source>Cash flow statement</source>
        <translation>قائمة التدفقات النقدية</translation>
    </message>
    <message>
        <source>Revenue by client</source>
        <translation>الإيرادات حسب العميل</translation>
    </message>
    <message>
        <source>Revenue by project</source>
        <translation>الإيرادات حسب المشروع</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <translation>الموازنة مقابل الفعلي</translation>
    </message>
    <message>
        <source>VAT 201 return</source>
        <translation>الإقرار الضريبي VAT 201</translation>
    </message>
    <message>
        <source>As of %1, from the server</source>
        <translation>كما في %1، من الخادم</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>الخانة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>مبلغ الضريبة</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>النسبة (%)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation>ضريبة المخرجات</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>Input VAT</source>
        <translation>ضريبة المدخلات</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>الإشعارات الدائنة</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Cost of sales</source>
        <translation>تكلفة المبيعات</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>مجمل الربح</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>الحصة (%)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الموازنة</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>الانحراف</translation>
    </message>
    <message>
        <source>Variance (%)</source>
        <translation>الانحراف (%)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Net VAT payable</source>
        <translation>صافي الضريبة المستحقة الدفع</translation>
    </message>
    <message>
        <source>VAT on sales and all other outputs</source>
        <translation>ضريبة القيمة المضافة على المبيعات وجميع المخرجات الأخرى</translation>
    </message>
    <message>
        <source>VAT on expenses and all other inputs</source>
        <translation>ضريبة القيمة المضافة على المصروفات وجميع المدخلات الأخرى</translation>
    </message>
    <message>
        <source>Net VAT due</source>
        <translation>صافي الضريبة المستحقة</translation>
    </message>
    <message>
        <source>Operating activities</source>
        <translation>الأنشطة التشغيلية</translation>
    </message>
    <message>
        <source>Investing activities</source>
        <translation>الأنشطة الاستثمارية</translation>
    </message>
    <message>
        <source>Financing activities</source>
        <translation>الأنشطة التمويلية</translation>
    </message>
    <message>
        <source>Net cash from operating activities</source>
        <translation>صافي النقد من الأنشطة التشغيلية</translation>
    </message>
    <message>
        <source>Net cash from investing activities</source>
        <translation>صافي النقد من الأنشطة الاستثمارية</translation>
    </message>
    <message>
        <source>Net cash from financing activities</source>
        <translation>صافي النقد من الأنشطة التمويلية</translation>
    </message>
    <message>
        <source>Net change in cash</source>
        <translation>صافي التغير في النقد</translation>
    </message>
    <message>
        <source>Cash at the beginning of the period</source>
        <translation>النقد في بداية الفترة</translation>
    </message>
    <message>
        <source>Cash at the end of the period</source>
        <translation>النقد في نهاية الفترة</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>صافي الربح</translation>
    </message>
    <message>
        <source>Purchase of fixed assets</source>
        <translation>شراء أصول ثابتة</translation>
    </message>
    <message>
        <source>Proceeds from disposal of fixed assets</source>
        <translation>متحصلات بيع أصول ثابتة</translation>
    </message>
    <message>
        <source>Increase in %1</source>
        <translation>زيادة في %1</translation>
    </message>
    <message>
        <source>Decrease in %1</source>
        <translation>نقص في %1</translation>
    </message>
    <message>
        <source>Non-cash: %1</source>
        <translation>بند غير نقدي: %1</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>بدون مشروع</translation>
    </message>
    <message>
        <source>Other revenue</source>
        <translation>إيرادات أخرى</translation>
    </message>
    <message>
        <source>Total revenue</source>
        <translation>إجمالي الإيرادات</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>إجمالي المصروفات</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>المصروفات</translation>
    </message>
    <message>
        <source>Sales at %1 %</source>
        <translation>المبيعات بنسبة %1٪</translation>
    </message>
    <message>
        <source>Purchases at %1 %</source>
        <translation>المشتريات بنسبة %1٪</translation>
    </message>
    <message>
        <source>Supplies subject to the reverse charge provisions</source>
        <translation>التوريدات الخاضعة لآلية الاحتساب العكسي</translation>
    </message>
    <message>
        <source>Standard rated supplies in Abu Dhabi</source>
        <translation>التوريدات الخاضعة للنسبة الأساسية في أبوظبي</translation>
    </message>
    <message>
        <source>Standard rated supplies in Dubai</source>
        <translation>التوريدات الخاضعة للنسبة الأساسية في دبي</translation>
    </message>
    <message>
        <source>Standard rated supplies in Sharjah</source>
        <translation>التوريدات الخاضعة للنسبة الأساسية في الشارقة</translation>
    </message>
    <message>
        <source>Standard rated supplies in Ajman</source>
        <translation>التوريدات الخاضعة للنسبة الأساسية في عجمان</translation>
    </message>
    <message>
        <source>Standard rated supplies in Umm Al Quwain</source>
        <translation>التوريدات الخاضعة للنسبة الأساسية في أم القيوين</translation>
    </message>
    <message>
        <source>Standard rated supplies in Ras Al Khaimah</source>
        <translation>التوريدات الخاضعة للنسبة الأساسية في رأس الخيمة</translation>
    </message>
    <message>
        <source>Standard rated supplies in Fujairah</source>
        <translation>التوريدات الخاضعة للنسبة الأساسية في الفجيرة</translation>
    </message>
    <message>
        <source>Tax refunds provided to tourists under the tax refunds for tourists scheme</source>
        <translation>المبالغ المستردة للسياح بموجب نظام استرداد الضريبة للسياح</translation>
    </message>
    <message>
        <source>Zero rated supplies</source>
        <translation>التوريدات الخاضعة للنسبة الصفرية</translation>
    </message>
    <message>
        <source>Exempt supplies</source>
        <translation>التوريدات المعفاة</translation>
    </message>
    <message>
        <source>Goods imported into the UAE</source>
        <translation>السلع المستوردة إلى الدولة</translation>
    </message>
    <message>
        <source>Adjustments to goods imported into the UAE</source>
        <translation>التعديلات على السلع المستوردة إلى الدولة</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>المجاميع</translation>
    </message>
    <message>
        <source>Standard rated expenses</source>
        <translation>النفقات الخاضعة للنسبة الأساسية</translation>
    </message>
    <message>
        <source>Total value of due tax for the period</source>
        <translation>إجمالي قيمة الضريبة المستحقة عن الفترة</translation>
    </message>
    <message>
        <source>Total value of recoverable tax for the period</source>
        <translation>إجمالي قيمة الضريبة القابلة للاسترداد عن الفترة</translation>
    </message>
    <message>
        <source>Payable tax for the period</source>
        <translation>الضريبة المستحقة الدفع عن الفترة</translation>
    </message>
</context>
<context>
    <name>FinanceReportsTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Ask the server for the report again (Ctrl+R)</source>
        <translation>اطلب التقرير من الخادم مرة أخرى (Ctrl+R)</translation>
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
        <source>Asking the server for %1 to %2…</source>
        <translation>جارٍ طلب الفترة من %1 إلى %2 من الخادم…</translation>
    </message>
    <message>
        <source>%1 to %2, as of %3, from the server.</source>
        <translation>من %1 إلى %2، كما في %3، من الخادم.</translation>
    </message>
    <message>
        <source>%1: there is no copy of this report on this computer yet; it appears once the server can be reached.</source>
        <translation>%1: لا توجد نسخة من هذا التقرير على هذا الجهاز بعد؛ تظهر حين يمكن الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>%1: showing %2 to %3 as of %4, the last copy on this computer.</source>
        <translation>%1: تُعرض الفترة من %2 إلى %3 كما في %4، وهي آخر نسخة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>There is nothing to export: the report is not shown.</source>
        <translation>لا يوجد ما يُصدَّر: التقرير غير معروض.</translation>
    </message>
</context>
<context>
    <name>GeneralLedgerView</name>
    <message>
        <source>← &amp;Back</source>
        <translation>→ &amp;رجوع</translation>
    </message>
    <message>
        <source>Back to where you came from (Alt+Left)</source>
        <translation>العودة إلى حيث كنت (Alt+Left)</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
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
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Enter or double-click a line: open its source document</source>
        <translation>Enter أو نقر مزدوج على سطر: فتح مستنده المصدر</translation>
    </message>
    <message>
        <source>Balance brought forward</source>
        <translation>رصيد مُرحّل من قبل</translation>
    </message>
    <message>
        <source>Balance carried forward</source>
        <translation>رصيد مُرحّل إلى ما بعد</translation>
    </message>
    <message>
        <source>%1 lines · debits %2 · credits %3 · balance %4 %5</source>
        <translation>%1 سطر · مدين %2 · دائن %3 · الرصيد %4 %5</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bank statement</source>
        <translation>استيراد كشف حساب بنكي</translation>
    </message>
    <message>
        <source>%1 lines from %2 to %3 · in %4 · out %5 · into %6</source>
        <translation>%1 سطرًا من %2 إلى %3 · وارد %4 · صادر %5 · إلى %6</translation>
    </message>
    <message>
        <source>Import anyway: the closing balance becomes the opening balance plus the lines</source>
        <translation>استورد على أي حال: يصبح الرصيد الختامي الرصيد الافتتاحي مضافًا إليه الأسطر</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Statement number</source>
        <translation>رقم الكشف</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>الرصيد الافتتاحي</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>الرصيد الختامي</translation>
    </message>
    <message>
        <source>Write small differences off to</source>
        <translation>شطب الفروق الصغيرة إلى</translation>
    </message>
    <message>
        <source>The lines do not add up: opening balance %1 plus the lines (%2) gives %3, but the file&apos;s closing balance is %4. Lines may be missing from the file.</source>
        <translation>الأسطر لا تتطابق: الرصيد الافتتاحي %1 مضافًا إليه الأسطر (%2) يعطي %3، لكن الرصيد الختامي في الملف %4. قد تكون أسطر ناقصة من الملف.</translation>
    </message>
    <message>
        <source>Give the bank&apos;s statement number.</source>
        <translation>أدخل رقم كشف البنك.</translation>
    </message>
    <message>
        <source>Type the statement&apos;s opening balance.</source>
        <translation>اكتب الرصيد الافتتاحي للكشف.</translation>
    </message>
    <message>
        <source>The statement does not add up; see above.</source>
        <translation>الكشف لا يتطابق؛ انظر أعلاه.</translation>
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
    <name>InvoiceDocument</name>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Cancel with credit note…</source>
        <translation>إ&amp;لغاء بإشعار دائن…</translation>
    </message>
    <message>
        <source>Record pa&amp;yment…</source>
        <translation>تسجيل د&amp;فعة…</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;حفظ التعديلات</translation>
    </message>
    <message>
        <source>(not numbered yet)</source>
        <translation>(بلا رقم بعد)</translation>
    </message>
    <message>
        <source>Credit note %1 — %2</source>
        <translation>إشعار دائن %1 — %2</translation>
    </message>
    <message>
        <source>Bill %1 — %2</source>
        <translation>فاتورة مورّد %1 — %2</translation>
    </message>
    <message>
        <source>Invoice %1 — %2</source>
        <translation>فاتورة %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Cancel this invoice; the server issues a credit note</source>
        <translation>إلغاء هذه الفاتورة؛ يُصدر الخادم إشعارًا دائنًا</translation>
    </message>
    <message>
        <source>Record a customer payment against this invoice</source>
        <translation>تسجيل دفعة من العميل على هذه الفاتورة</translation>
    </message>
    <message>
        <source>This draft was sent meanwhile; close it and open it again to correct it</source>
        <translation>أُرسلت هذه المسودة في الأثناء؛ أغلقها وافتحها مجددًا لتصحيحها</translation>
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
    <message>
        <source>Status on the server: %1</source>
        <translation>الحالة على الخادم: %1</translation>
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
        <source>Post the selected draft invoices (Ctrl+Shift+Enter)</source>
        <translation>ترحيل مسودات الفواتير المحددة (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Queued for posting: %1</source>
        <translation>في قائمة الترحيل: %1</translation>
    </message>
</context>
<context>
    <name>JournalEntryDocument</name>
    <message>
        <source>(not numbered yet)</source>
        <translation>(بلا رقم بعد)</translation>
    </message>
    <message>
        <source>Journal entry %1 — %2</source>
        <translation>قيد يومية %1 — %2</translation>
    </message>
    <message>
        <source>Open &amp;source document</source>
        <translation>فتح المستند ال&amp;مصدر</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;ترحيل</translation>
    </message>
    <message>
        <source>Open the document this entry was made from (Alt+Left comes back)</source>
        <translation>فتح المستند الذي أنشأ هذا القيد (Alt+Left للعودة)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;حفظ التعديلات</translation>
    </message>
    <message>
        <source>Post this draft as it is saved</source>
        <translation>ترحيل هذه المسودة كما هي محفوظة</translation>
    </message>
    <message>
        <source>Source: %1 (this entry is the document)</source>
        <translation>المصدر: %1 (هذا القيد هو المستند)</translation>
    </message>
    <message>
        <source>Source: %1 %2</source>
        <translation>المصدر: %1 %2</translation>
    </message>
    <message>
        <source>Enter or double-click a line: its account&apos;s ledger</source>
        <translation>Enter أو نقر مزدوج على سطر: دفتر أستاذ حسابه</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>This draft was sent meanwhile; close it and open it again to correct it</source>
        <translation>أُرسلت هذه المسودة في الأثناء؛ أغلقها وافتحها مجددًا لتصحيحها</translation>
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
        <source>Post the selected draft entries (Ctrl+Shift+Enter)</source>
        <translation>ترحيل القيود المسودة المحددة (Ctrl+Shift+Enter)</translation>
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
    <message>
        <source>&amp;General ledger</source>
        <translation>دفتر الأستاذ ال&amp;عام</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Listed on %1</source>
        <translation>كما في %1</translation>
    </message>
    <message>
        <source>Listed on %1, filtered by “%2”</source>
        <translation>كما في %1، مُصفّاة بـ «%2»</translation>
    </message>
    <message>
        <source>This list has more than %1 rows, too many for a PDF or a workbook: filter it first, or export it to CSV, which holds any number of rows.</source>
        <translation>في هذه القائمة أكثر من %1 صف، وهذا أكثر مما يتسع له ملف PDF أو مصنف: صفِّها أولًا، أو صدّرها إلى CSV الذي يتسع لأي عدد من الصفوف.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Arkan Desktop</source>
        <translation>أركان لسطح المكتب</translation>
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
        <source>&amp;Notifications</source>
        <translation>&amp;الإشعارات</translation>
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
        <source>%1 are not shown in any tab of this window</source>
        <translation>لا تُعرض %1 في أي تبويب من هذه النافذة</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>توقفت المزامنة: %1</translation>
    </message>
</context>
<context>
    <name>ModuleTab</name>
    <message>
        <source>Select the documents to post first</source>
        <translation>حدِّد المستندات المراد ترحيلها أولًا</translation>
    </message>
    <message>
        <source>Post the selected documents?</source>
        <translation>ترحيل المستندات المحددة؟</translation>
    </message>
    <message>
        <source>Selected: %1. Posting cannot be undone: a posted document can no longer be edited, only cancelled or reversed.</source>
        <translation>المحدد: %1. لا يمكن التراجع عن الترحيل: المستند المرحَّل لا يمكن تعديله بعد ذلك، بل إلغاؤه أو عكسه فقط.</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;ترحيل</translation>
    </message>
    <message>
        <source>%1: the record is not in this list (a filter may hide it)</source>
        <translation>%1: السجل ليس في هذه القائمة (قد يخفيه عامل تصفية)</translation>
    </message>
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
    <name>NotificationBell</name>
    <message>
        <source>Notifications: %1 unread</source>
        <translation>الإشعارات: %1 غير مقروءة</translation>
    </message>
    <message>
        <source>Notifications: none unread</source>
        <translation>الإشعارات: لا شيء غير مقروء</translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <source>unread</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <source>read</source>
        <translation>مقروء</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Notifications — %1</source>
        <translation>الإشعارات — %1</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>لا إشعارات بعد.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Show the document this notification is about (Enter)</source>
        <translation>عرض المستند الذي يخصه هذا الإشعار (Enter)</translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation>تعليمه &amp;مقروءًا</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>تعليم ال&amp;كل مقروءًا</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>تعليمه مقروءًا</translation>
    </message>
</context>
<context>
    <name>OrderPicker</name>
    <message>
        <source>Bill from purchase order</source>
        <translation>فاتورة مورد من أمر شراء</translation>
    </message>
    <message>
        <source>Received purchase orders with goods no bill bills yet:</source>
        <translation>أوامر شراء مستلمة فيها بضاعة لم تُفوتر بعد:</translation>
    </message>
    <message>
        <source>No received purchase order has goods left to bill.</source>
        <translation>لا يوجد أمر شراء مستلم فيه بضاعة متبقية للفوترة.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الأمر</translation>
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
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>&amp;Bill this order</source>
        <translation>&amp;فوترة هذا الأمر</translation>
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
        <source>Change draft {number}</source>
        <translation>تعديل المسودة {number}</translation>
    </message>
    <message>
        <source>Change a draft invoice</source>
        <translation>تعديل مسودة فاتورة</translation>
    </message>
    <message>
        <source>Change draft journal entry {number}</source>
        <translation>تعديل مسودة قيد اليومية {number}</translation>
    </message>
    <message>
        <source>Change a draft journal entry</source>
        <translation>تعديل مسودة قيد يومية</translation>
    </message>
    <message>
        <source>Change draft payment {number}</source>
        <translation>تعديل مسودة الدفعة {number}</translation>
    </message>
    <message>
        <source>Change a draft payment</source>
        <translation>تعديل مسودة دفعة</translation>
    </message>
    <message>
        <source>Allocate {amount} {currency} of {number} to {count} invoice(s)</source>
        <translation>تخصيص {amount} {currency} من {number} على {count} فاتورة</translation>
    </message>
    <message>
        <source>Change a draft purchase order</source>
        <translation>تعديل مسودة أمر شراء</translation>
    </message>
    <message>
        <source>Import statement {reference} ({count} lines) into account {account}</source>
        <translation>استيراد الكشف {reference} ({count} سطرًا) إلى الحساب {account}</translation>
    </message>
    <message>
        <source>Match line {line} of {statement} to {items}, {amount} {currency}</source>
        <translation>مطابقة السطر {line} من {statement} مع {items}، {amount} {currency}</translation>
    </message>
    <message>
        <source>Write off {amount} {currency} on line {line} of {statement} to {account}</source>
        <translation>شطب {amount} {currency} في السطر {line} من {statement} إلى {account}</translation>
    </message>
    <message>
        <source>Unmatch line {line} of {statement}</source>
        <translation>إلغاء مطابقة السطر {line} من {statement}</translation>
    </message>
    <message>
        <source>New fixed asset {name}, {amount} {currency}</source>
        <translation>أصل ثابت جديد {name}، {amount} {currency}</translation>
    </message>
    <message>
        <source>Depreciate {number} through {period}</source>
        <translation>إهلاك {number} حتى {period}</translation>
    </message>
    <message>
        <source>Dispose of {number} on {date} for {amount} {currency}</source>
        <translation>استبعاد {number} في {date} مقابل {amount} {currency}</translation>
    </message>
    <message>
        <source>Bank details of {name}</source>
        <translation>البيانات المصرفية لـ {name}</translation>
    </message>
    <message>
        <source>{format} payment file of {count} payment(s), {amount} {currency}</source>
        <translation>ملف دفعات {format} من {count} دفعة، {amount} {currency}</translation>
    </message>
    <message>
        <source>New vendor {name}</source>
        <translation>مورّد جديد {name}</translation>
    </message>
    <message>
        <source>Change vendor {name}</source>
        <translation>تعديل المورّد {name}</translation>
    </message>
    <message>
        <source>New contact {name} of {partner}</source>
        <translation>جهة اتصال جديدة {name} لـ {partner}</translation>
    </message>
    <message>
        <source>Post bill {number}</source>
        <translation>ترحيل فاتورة المورد {number}</translation>
    </message>
    <message>
        <source>Post new bill</source>
        <translation>ترحيل فاتورة مورد جديدة</translation>
    </message>
    <message>
        <source>Cancel bill {number} with a vendor credit note</source>
        <translation>إلغاء فاتورة المورد {number} بإشعار دائن من المورّد</translation>
    </message>
    <message>
        <source>Cancel new bill with a vendor credit note</source>
        <translation>إلغاء فاتورة مورد جديدة بإشعار دائن من المورّد</translation>
    </message>
    <message>
        <source>Payment {amount} {currency} to {partner}</source>
        <translation>دفعة {amount} {currency} إلى {partner}</translation>
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
    <name>PartnerForm</name>
    <message>
        <source>United Arab Emirates</source>
        <translation>الإمارات العربية المتحدة</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>المملكة العربية السعودية</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>البحرين</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>عُمان</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>الكويت</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>قطر</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>الأردن</translation>
    </message>
    <message>
        <source>India</source>
        <translation>الهند</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>باكستان</translation>
    </message>
    <message>
        <source>China</source>
        <translation>الصين</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>ألمانيا</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <source>TRN: 15 digits starting with 100</source>
        <translation>رقم التسجيل الضريبي: 15 رقمًا تبدأ بـ 100</translation>
    </message>
    <message>
        <source>VAT number: 15 digits starting and ending with 3</source>
        <translation>الرقم الضريبي: 15 رقمًا تبدأ وتنتهي بـ 3</translation>
    </message>
    <message>
        <source>VAT account number: 15 digits starting with 2</source>
        <translation>رقم حساب ضريبة القيمة المضافة: 15 رقمًا تبدأ بـ 2</translation>
    </message>
    <message>
        <source>VATIN: OM followed by 10 digits</source>
        <translation>رقم التعريف الضريبي: OM يليه 10 أرقام</translation>
    </message>
    <message>
        <source>No VAT in Kuwait: any reference, or leave empty</source>
        <translation>لا ضريبة قيمة مضافة في الكويت: أي مرجع، أو اتركه فارغًا</translation>
    </message>
    <message>
        <source>No VAT in Qatar: any reference, or leave empty</source>
        <translation>لا ضريبة قيمة مضافة في قطر: أي مرجع، أو اتركه فارغًا</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>A UAE TRN is 15 digits starting with 100 (e.g. 100 1234 5678 9012)</source>
        <translation>رقم التسجيل الضريبي الإماراتي 15 رقمًا تبدأ بـ 100 (مثل ⁦100 1234 5678 9012⁩)</translation>
    </message>
    <message>
        <source>A Saudi VAT number is 15 digits starting and ending with 3</source>
        <translation>الرقم الضريبي السعودي 15 رقمًا تبدأ وتنتهي بـ 3</translation>
    </message>
    <message>
        <source>A Bahrain VAT account number is 15 digits starting with 2</source>
        <translation>رقم حساب ضريبة القيمة المضافة البحريني 15 رقمًا تبدأ بـ 2</translation>
    </message>
    <message>
        <source>An Oman VATIN is OM followed by 10 digits (e.g. OM1100001389)</source>
        <translation>رقم التعريف الضريبي العُماني هو OM يليه 10 أرقام (مثل OM1100001389)</translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces and dashes</source>
        <translation>استخدم الحروف والأرقام والمسافات والشرطات فقط</translation>
    </message>
    <message>
        <source>At most 25 characters</source>
        <translation>25 حرفًا على الأكثر</translation>
    </message>
    <message>
        <source>A credit limit cannot be negative</source>
        <translation>لا يمكن أن يكون حد الائتمان سالبًا</translation>
    </message>
    <message>
        <source>An amount in %1 has at most %2 decimals</source>
        <translation>المبلغ بعملة %1 له %2 منازل عشرية على الأكثر</translation>
    </message>
    <message>
        <source>An IBAN has only letters and digits</source>
        <translation>رقم الآيبان يتكوّن من حروف وأرقام فقط</translation>
    </message>
    <message>
        <source>An IBAN starts with a country code</source>
        <translation>يبدأ رقم الآيبان برمز الدولة</translation>
    </message>
    <message>
        <source>This IBAN is too short or too long</source>
        <translation>رقم الآيبان هذا أقصر أو أطول من اللازم</translation>
    </message>
    <message>
        <source>This IBAN does not follow its country&apos;s layout</source>
        <translation>رقم الآيبان هذا لا يتبع صيغة دولته</translation>
    </message>
    <message>
        <source>The check digits of this IBAN are wrong (a typo?)</source>
        <translation>أرقام التحقق في رقم الآيبان هذا خاطئة (خطأ مطبعي؟)</translation>
    </message>
    <message>
        <source>No bank has the code in this IBAN</source>
        <translation>لا يوجد بنك بالرمز الوارد في رقم الآيبان هذا</translation>
    </message>
    <message>
        <source>This is not a valid IBAN</source>
        <translation>هذا ليس رقم آيبان صحيحًا</translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation>مورّد جديد</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Vendor %1</source>
        <translation>المورّد %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>العميل %1</translation>
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
        <source>Name in &amp;Arabic</source>
        <translation>الاسم بال&amp;عربية</translation>
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
        <source>C&amp;ountry</source>
        <translation>ال&amp;دولة</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>ال&amp;مدينة</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>الع&amp;نوان</translation>
    </message>
    <message>
        <source>&amp;Tax registration</source>
        <translation>ال&amp;تسجيل الضريبي</translation>
    </message>
    <message>
        <source>Payment ter&amp;ms</source>
        <translation>&amp;شروط السداد</translation>
    </message>
    <message>
        <source>&amp;Credit limit (%1)</source>
        <translation>&amp;حد الائتمان (%1)</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>ال&amp;بنك</translation>
    </message>
    <message>
        <source>I&amp;BAN</source>
        <translation>&amp;الآيبان</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>This does not look like an email address</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>Enter the name</source>
        <translation>أدخل الاسم</translation>
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
    <name>PartnerList</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Tax registration</source>
        <translation>التسجيل الضريبي</translation>
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
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
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
        <source>Open</source>
        <translation>المتبقي</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Show customers or vendors</source>
        <translation>عرض العملاء أو الموردين</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>الموردون</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>A new customer or vendor, as the filter shows (Ctrl+N)</source>
        <translation>عميل أو مورّد جديد، حسب ما يعرضه المرشّح (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Change the selected partner (or double-click it)</source>
        <translation>تعديل الشريك المحدد (أو انقر عليه نقرًا مزدوجًا)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>This partner is no longer in the local copy</source>
        <translation>لم يعد هذا الشريك في النسخة المحلية</translation>
    </message>
    <message>
        <source>Saved; changes go to the server through the outbox</source>
        <translation>تم الحفظ؛ تذهب التغييرات إلى الخادم عبر صندوق الصادر</translation>
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
    <name>PaymentDocument</name>
    <message>
        <source>(not numbered yet)</source>
        <translation>(بلا رقم بعد)</translation>
    </message>
    <message>
        <source>Payment %1 — %2</source>
        <translation>دفعة %1 — %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;التاريخ</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;المبلغ (%1)</translation>
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
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>المخصّص</translation>
    </message>
    <message>
        <source>Enter or double-click: open the invoice</source>
        <translation>Enter أو نقر مزدوج: فتح الفاتورة</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;حفظ التعديلات</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;ترحيل</translation>
    </message>
    <message>
        <source>A&amp;llocate…</source>
        <translation>ت&amp;خصيص…</translation>
    </message>
    <message>
        <source>Allocated to:</source>
        <translation>مخصّصة إلى:</translation>
    </message>
    <message>
        <source>The amount must be greater than zero</source>
        <translation>يجب أن يكون المبلغ أكبر من صفر</translation>
    </message>
    <message>
        <source>%1 invoice(s) · allocated %2 %4 · left %3 %4</source>
        <translation>%1 فاتورة · مخصّص %2 %4 · متبقٍ %3 %4</translation>
    </message>
    <message>
        <source>Post this payment as it is saved</source>
        <translation>ترحيل هذه الدفعة كما هي محفوظة</translation>
    </message>
    <message>
        <source>Allocate what is left to the customer&apos;s open invoices</source>
        <translation>تخصيص المتبقي على فواتير العميل المفتوحة</translation>
    </message>
    <message>
        <source>Only draft and posted payments are allocated</source>
        <translation>لا تُخصَّص إلا الدفعات المسودة والمرحّلة</translation>
    </message>
    <message>
        <source>Only customer payments are allocated here</source>
        <translation>لا تُخصَّص هنا إلا دفعات العملاء</translation>
    </message>
    <message>
        <source>Nothing is left of this payment to allocate</source>
        <translation>لم يتبقَّ من هذه الدفعة شيء للتخصيص</translation>
    </message>
    <message>
        <source>This payment was sent meanwhile; open it again to correct it</source>
        <translation>أُرسلت هذه الدفعة في الأثناء؛ افتحها مجددًا لتصحيحها</translation>
    </message>
    <message>
        <source>Payment queued for posting</source>
        <translation>الدفعة في قائمة الانتظار للترحيل</translation>
    </message>
    <message>
        <source>This customer has no open invoice</source>
        <translation>ليس لهذا العميل فاتورة مفتوحة</translation>
    </message>
    <message>
        <source>Allocation to %1 invoice(s) queued</source>
        <translation>التخصيص على %1 فاتورة في قائمة الانتظار</translation>
    </message>
</context>
<context>
    <name>PaymentFilesView</name>
    <message>
        <source>Vendor payments</source>
        <translation>دفعات الموردين</translation>
    </message>
    <message>
        <source>Salaries (a payroll run)</source>
        <translation>الرواتب (مسير رواتب)</translation>
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
        <source>Payee</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>الآيبان</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>البيانات المصرفية</translation>
    </message>
    <message>
        <source>&amp;Fix bank details…</source>
        <translation>ت&amp;صحيح البيانات المصرفية…</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>Check every payment listed (Space checks one)</source>
        <translation>حدد كل الدفعات المعروضة (المسافة تحدد واحدة)</translation>
    </message>
    <message>
        <source>&amp;Check bank details</source>
        <translation>ال&amp;تحقق من البيانات المصرفية</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Write the checked payments to a bank file</source>
        <translation>اكتب الدفعات المحددة في ملف للبنك</translation>
    </message>
    <message>
        <source>Pay:</source>
        <translation>الدفع:</translation>
    </message>
    <message>
        <source>Payroll run:</source>
        <translation>مسير الرواتب:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Employer ID (MOHRE)</source>
        <translation>رقم صاحب العمل (الموارد البشرية والتوطين)</translation>
    </message>
    <message>
        <source>Employer&apos;s bank routing code</source>
        <translation>رمز توجيه بنك صاحب العمل</translation>
    </message>
    <message>
        <source>Salary month</source>
        <translation>شهر الراتب</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 employees</source>
        <translation>%1 · %2 · %3 موظفين</translation>
    </message>
    <message>
        <source>%1 payments checked, %2 %3</source>
        <translation>%1 دفعات محددة، %2 %3</translation>
    </message>
    <message>
        <source>This payee is not in the copy on this computer</source>
        <translation>هذا المستفيد غير موجود في النسخة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>في قائمة الانتظار: %1</translation>
    </message>
    <message>
        <source>The employer ID is up to 13 digits (MOHRE)</source>
        <translation>رقم صاحب العمل حتى 13 رقمًا (الموارد البشرية والتوطين)</translation>
    </message>
    <message>
        <source>The routing code of the employer&apos;s bank is 9 digits</source>
        <translation>رمز توجيه بنك صاحب العمل 9 أرقام</translation>
    </message>
    <message>
        <source>The salary month is written YYYY-MM</source>
        <translation>يُكتب شهر الراتب بصيغة YYYY-MM</translation>
    </message>
    <message>
        <source>Check the payments to put in the file</source>
        <translation>حدد الدفعات المراد وضعها في الملف</translation>
    </message>
    <message>
        <source>Fix the payees&apos; bank details first</source>
        <translation>صحّح البيانات المصرفية للمستفيدين أولًا</translation>
    </message>
    <message>
        <source>Save the payment file</source>
        <translation>حفظ ملف الدفع</translation>
    </message>
    <message>
        <source>Payment files (*.*)</source>
        <translation>ملفات الدفع (*.*)</translation>
    </message>
    <message>
        <source>Queued: %1. The file is saved to %2 when the server answers.</source>
        <translation>في قائمة الانتظار: %1. يُحفظ الملف في %2 عند رد الخادم.</translation>
    </message>
    <message>
        <source>The payment file could not be saved to %1: %2</source>
        <translation>تعذر حفظ ملف الدفع في %1: %2</translation>
    </message>
    <message>
        <source>Payment file %1 saved: %2 payments, %3 (%4)</source>
        <translation>حُفظ ملف الدفع %1: %2 دفعات، %3 (%4)</translation>
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
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
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
    <message>
        <source>&amp;Post</source>
        <translation>&amp;ترحيل</translation>
    </message>
    <message>
        <source>Post the selected draft payments</source>
        <translation>ترحيل الدفعات المسودة المحددة</translation>
    </message>
    <message>
        <source>A&amp;llocate…</source>
        <translation>ت&amp;خصيص…</translation>
    </message>
    <message>
        <source>Allocate what is left of the selected payment to open invoices</source>
        <translation>تخصيص ما تبقى من الدفعة المحددة على الفواتير المفتوحة</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ترحيل</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>تخصيص…</translation>
    </message>
    <message>
        <source>Only draft payments can be posted</source>
        <translation>لا يمكن ترحيل إلا الدفعات المسودة</translation>
    </message>
    <message>
        <source>Queued for posting: %1</source>
        <translation>في قائمة الانتظار للترحيل: %1</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>هذا الربع</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>الربع الماضي</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>السنة الماضية</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصصة</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
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
    <name>PurchaseOrderDocument</name>
    <message>
        <source>Purchase order %1 — %2</source>
        <translation>أمر شراء %1 — %2</translation>
    </message>
    <message>
        <source>(not numbered yet)</source>
        <translation>(بلا رقم بعد)</translation>
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
        <source>&amp;Save changes</source>
        <translation>&amp;حفظ التعديلات</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>This order was sent meanwhile; open it again to correct it</source>
        <translation>أُرسل هذا الأمر في الأثناء؛ افتحه مجددًا لتصحيحه</translation>
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
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>استلام…</translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message>
        <source>Quit with changes not sent?</source>
        <translation>الخروج مع تغييرات لم تُرسل؟</translation>
    </message>
    <message>
        <source>%1 changes have not reached the server yet.</source>
        <translation>تغييرات لم تصل إلى الخادم بعد: %1.</translation>
    </message>
    <message>
        <source>%1 changes were refused by the server and wait for you in the Outbox.</source>
        <translation>تغييرات رفضها الخادم وتنتظرك في صندوق الصادر: %1.</translation>
    </message>
    <message>
        <source>If you quit, Arkan Desktop tries to send them for a few seconds; what cannot go stays queued on this computer and is sent the next time you open it.</source>
        <translation>إذا خرجت، يحاول أركان لسطح المكتب إرسالها لبضع ثوانٍ؛ وما لا يمكن إرساله يبقى في قائمة الانتظار على هذا الحاسوب ويُرسل في المرة القادمة التي تفتحه فيها.</translation>
    </message>
    <message>
        <source>They stay queued on this computer and are sent the next time you open Arkan Desktop and sign in.</source>
        <translation>تبقى في قائمة الانتظار على هذا الحاسوب وتُرسل في المرة القادمة التي تفتح فيها أركان لسطح المكتب وتسجّل الدخول.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;الخروج على أي حال</translation>
    </message>
    <message>
        <source>Open the &amp;Outbox</source>
        <translation>فتح &amp;صندوق الصادر</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;البقاء</translation>
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
    <name>ReconcileView</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>الاقتراح</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Matched to %1</source>
        <translation>مطابق مع %1</translation>
    </message>
    <message>
        <source>write-off</source>
        <translation>شطب</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Key %1 takes this suggestion</source>
        <translation>المفتاح %1 يأخذ هذا الاقتراح</translation>
    </message>
    <message>
        <source>Choose a statement, or import one (Ctrl+I).</source>
        <translation>اختر كشفًا، أو استورد واحدًا (Ctrl+I).</translation>
    </message>
    <message>
        <source>Reconciled %1 of closing %2 %3 · difference %4 · %5 of %6 lines</source>
        <translation>المسوّى %1 من الختامي %2 %3 · الفرق %4 · %5 من %6 سطرًا</translation>
    </message>
    <message>
        <source>reconciled: the balance agrees with the bank</source>
        <translation>مسوّى: الرصيد يطابق البنك</translation>
    </message>
    <message>
        <source>&amp;Import statement…</source>
        <translation>ا&amp;ستيراد كشف…</translation>
    </message>
    <message>
        <source>Import a CSV, MT940, CAMT.053 or OFX file (Ctrl+I)</source>
        <translation>استيراد ملف CSV أو MT940 أو CAMT.053 أو OFX (Ctrl+I)</translation>
    </message>
    <message>
        <source>Enter: take the best suggestion · 1-5: take that one · Tab: open items (Space selects, Enter matches) · Ctrl+D: write off · Ctrl+U: unmatch</source>
        <translation>Enter: أفضل اقتراح · 1-5: ذلك الاقتراح · Tab: البنود المفتوحة (المسافة تختار، Enter يطابق) · Ctrl+D: شطب · Ctrl+U: إلغاء المطابقة</translation>
    </message>
    <message>
        <source>Filter the open items (Ctrl+F)</source>
        <translation>تصفية البنود المفتوحة (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Take the best suggestion (Enter)</source>
        <translation>خذ أفضل اقتراح (Enter)</translation>
    </message>
    <message>
        <source>&amp;Match selected</source>
        <translation>&amp;مطابقة المحدد</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>&amp;شطب</translation>
    </message>
    <message>
        <source>Write off what is left of the line (Ctrl+D)</source>
        <translation>اشطب المتبقي من السطر (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Unmatch</source>
        <translation>إل&amp;غاء المطابقة</translation>
    </message>
    <message>
        <source>Undo the line&apos;s matches (Ctrl+U)</source>
        <translation>تراجع عن مطابقات السطر (Ctrl+U)</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>الحساب المصرفي:</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>الكشف:</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>البنود المفتوحة</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(لم يُرسل بعد)</translation>
    </message>
    <message>
        <source>reconciled</source>
        <translation>مسوّى</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Suggestions for line %1</source>
        <translation>اقتراحات السطر %1</translation>
    </message>
    <message>
        <source>No suggestion for line %1: Enter writes it off</source>
        <translation>لا اقتراح للسطر %1: Enter يشطبه</translation>
    </message>
    <message>
        <source>No suggestion for line %1: choose its items</source>
        <translation>لا اقتراح للسطر %1: اختر بنوده</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>This statement is still waiting in the outbox; its lines can be matched once the server has it.</source>
        <translation>هذا الكشف ما زال ينتظر في صندوق الصادر؛ يمكن مطابقة أسطره حين يستلمه الخادم.</translation>
    </message>
    <message>
        <source>No suggestion for line %1; choose its items (Tab) or skip it.</source>
        <translation>لا اقتراح للسطر %1؛ اختر بنوده (Tab) أو تخطَّه.</translation>
    </message>
    <message>
        <source>This line is not matched to anything.</source>
        <translation>هذا السطر غير مطابق مع أي شيء.</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>في قائمة الانتظار: %1</translation>
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
        <source>Rows: counting…</source>
        <translation>الصفوف: جارٍ العدّ…</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>الصفوف: %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open the record (Enter or double-click)</source>
        <translation>فتح السجل (Enter أو نقر مزدوج)</translation>
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
    <name>RegisterAssetDialog</name>
    <message>
        <source>Register a fixed asset</source>
        <translation>تسجيل أصل ثابت</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
    <message>
        <source>(not booked: bought before)</source>
        <translation>(غير مقيد: اشتُري سابقًا)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>تاريخ الاقتناء</translation>
    </message>
    <message>
        <source>Useful life</source>
        <translation>العمر الإنتاجي</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Salvage value</source>
        <translation>قيمة الخردة</translation>
    </message>
    <message>
        <source>Asset account (cost)</source>
        <translation>حساب الأصل (التكلفة)</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>مدفوع من</translation>
    </message>
    <message>
        <source>%1 monthly charges from %2 to %3: the first %4, the last %5; book value at the end %6</source>
        <translation>%1 قسطًا شهريًا من %2 إلى %3: الأول %4، والأخير %5؛ القيمة الدفترية في النهاية %6</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>This server does not offer the report “%1”, so it is not shown here. The other reports are not affected.</source>
        <translation>لا يقدّم هذا الخادم تقرير «%1»، لذا لا يظهر هنا. التقارير الأخرى لا تتأثر.</translation>
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
    <message>
        <source>Aging: %1</source>
        <translation>أعمار الذمم: %1</translation>
    </message>
    <message>
        <source>Not available: the server failed (%1)</source>
        <translation>غير متاح: أخفق الخادم (%1)</translation>
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
    <message>
        <source>Enter or double-click a line: its account&apos;s ledger</source>
        <translation>Enter أو نقر مزدوج على سطر: دفتر أستاذ حسابه</translation>
    </message>
    <message>
        <source>Profit &amp; loss %1 to %2 and balance sheet as of %3, computed from this computer&apos;s copy of the posted entries.</source>
        <translation>الأرباح والخسائر من %1 إلى %2 والميزانية العمومية في %3، محسوبة من نسخة هذا الحاسوب من القيود المرحّلة.</translation>
    </message>
    <message>
        <source>The server&apos;s reports could not be loaded (%1). %2</source>
        <translation>تعذّر تحميل تقارير الخادم (%1). %2</translation>
    </message>
    <message>
        <source>Offline. %1</source>
        <translation>غير متصل. %1</translation>
    </message>
    <message>
        <source>Current period earnings</source>
        <translation>أرباح الفترة الحالية</translation>
    </message>
    <message>
        <source>There is nothing to export: the report is not shown.</source>
        <translation>لا يوجد ما يُصدَّر: التقرير غير معروض.</translation>
    </message>
    <message>
        <source>Trial balance</source>
        <translation>ميزان المراجعة</translation>
    </message>
    <message>
        <source>Profit and loss</source>
        <translation>الأرباح والخسائر</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>الميزانية العمومية</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>كما في %1</translation>
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
    <name>StatementImport</name>
    <message>
        <source>Bank statements (%1);;All files (*)</source>
        <translation>كشوف الحساب (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import bank statement</source>
        <translation>استيراد كشف حساب بنكي</translation>
    </message>
    <message>
        <source>The file cannot be imported, and nothing of it was: %1</source>
        <translation>لا يمكن استيراد الملف، ولم يُستورد منه شيء: %1</translation>
    </message>
    <message>
        <source>the statement is in %1; this company keeps its books in %2</source>
        <translation>الكشف بعملة %1؛ وهذه الشركة تمسك دفاترها بعملة %2</translation>
    </message>
    <message>
        <source>statement %1 of this account is imported already</source>
        <translation>الكشف %1 لهذا الحساب مستورد بالفعل</translation>
    </message>
    <message>
        <source>Statement %1 queued for import: %2 lines</source>
        <translation>الكشف %1 في قائمة انتظار الاستيراد: %2 سطرًا</translation>
    </message>
</context>
<context>
    <name>StatementList</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>الكشف</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
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
        <source>Opening</source>
        <translation>الافتتاحي</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>الختامي</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>مسوّى</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
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
        <source>A quantity cannot be negative</source>
        <translation>لا يمكن أن تكون الكمية سالبة</translation>
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
        <source>Cycle count</source>
        <translation>الجرد الدوري</translation>
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
        <source>Scan everything at {code}</source>
        <translation>امسح كل ما في {code}</translation>
    </message>
    <message>
        <source>Scan more, or press Confirm to review</source>
        <translation>امسح المزيد، أو اضغط «تأكيد» للمراجعة</translation>
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
        <source>Scan the PURCHASE ORDER</source>
        <translation>امسح أمر الشراء</translation>
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
        <source>No open purchase order {code} (unknown, or not confirmed)</source>
        <translation>لا يوجد أمر شراء مفتوح {code} (غير معروف أو غير مؤكَّد)</translation>
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
        <source>Asking the server where {sku} is…</source>
        <translation>جارٍ سؤال الخادم عن مكان {sku}…</translation>
    </message>
    <message>
        <source>The server could not say where {sku} is</source>
        <translation>لم يتمكن الخادم من تحديد مكان {sku}</translation>
    </message>
    <message>
        <source>Unknown location label: {code}</source>
        <translation>ملصق موقع غير معروف: {code}</translation>
    </message>
    <message>
        <source>{code} was not learnt</source>
        <translation>لم يُحفظ {code}</translation>
    </message>
    <message>
        <source>{label} is now the label of {code}</source>
        <translation>أصبح {label} ملصق الموقع {code}</translation>
    </message>
    <message>
        <source>No labels printed</source>
        <translation>لم تُطبع أي ملصقات</translation>
    </message>
    <message>
        <source>Not a location (Esc)</source>
        <translation>ليس موقعاً (Esc)</translation>
    </message>
    <message>
        <source>The label was not printed: {why}</source>
        <translation>لم يُطبع الملصق: {why}</translation>
    </message>
    <message>
        <source>Label printed ({printer})</source>
        <translation>طُبع الملصق ({printer})</translation>
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
        <source>Quantity of {sku}</source>
        <translation>كمية {sku}</translation>
    </message>
    <message>
        <source>Quantity: scan a product first</source>
        <translation>الكمية: امسح صنفاً أولاً</translation>
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
        <source>Scan a location that holds it</source>
        <translation>امسح موقعاً يحتويه</translation>
    </message>
    <message>
        <source>Scan each one at {code}, then the next location</source>
        <translation>امسح كل واحد في {code}، ثم الموقع التالي</translation>
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
        <source>Scan the bin to put it in instead</source>
        <translation>امسح الرف الذي تضعه فيه بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Put {n} × {sku} into {code}: scan the bin</source>
        <translation>ضع {n} × {sku} في {code}: امسح الرف</translation>
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
        <source>Label saved as {path} (not printed)</source>
        <translation>حُفظ الملصق في {path} (لم يُطبع)</translation>
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
    <message>
        <source>This server lists no locations and no stock: a product&apos;s stock is asked when it is scanned, and locations are learnt from it and from labels</source>
        <translation>هذا الخادم لا يعرض قائمة بالمواقع ولا بالمخزون: يُسأل عن مخزون الصنف عند مسحه، وتُعرف المواقع منه ومن الملصقات</translation>
    </message>
    <message>
        <source>This server lists no locations: locations are learnt from product stock and from labels</source>
        <translation>هذا الخادم لا يعرض قائمة بالمواقع: تُعرف المواقع من مخزون الأصناف ومن الملصقات</translation>
    </message>
    <message>
        <source>This server lists no stock: a product&apos;s stock is asked when it is scanned</source>
        <translation>هذا الخادم لا يعرض قائمة بالمخزون: يُسأل عن مخزون الصنف عند مسحه</translation>
    </message>
    <message>
        <source>This server lists no warehouses: the station works in all of them</source>
        <translation>هذا الخادم لا يعرض قائمة بالمستودعات: تعمل المحطة فيها جميعاً</translation>
    </message>
    <message>
        <source>The server has no stock of {sku}</source>
        <translation>لا يوجد لدى الخادم مخزون من {sku}</translation>
    </message>
    <message>
        <source>{sku} is at {places}</source>
        <translation>{sku} موجود في {places}</translation>
    </message>
    <message>
        <source>Which location is {code}? Choose it and the station will know its label</source>
        <translation>أي موقع هو {code}؟ اختره وستتعرّف المحطة على ملصقه</translation>
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
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Number pad display</source>
        <translation>شاشة لوحة الأرقام</translation>
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
        <source>Waiting for the server&apos;s rate limit, %1 s</source>
        <translation>بانتظار حدّ الطلبات لدى الخادم، %1 ث</translation>
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
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Discard your changes?</source>
        <translation>تجاهل تغييراتك؟</translation>
    </message>
    <message>
        <source>What you entered in this form has not been saved.</source>
        <translation>ما أدخلته في هذا النموذج لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;تجاهل التغييرات</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;متابعة التحرير</translation>
    </message>
</context>
<context>
    <name>VatPage</name>
    <message>
        <source>Select a box to list the documents in it; Enter opens a document.</source>
        <translation>اختر خانة لعرض المستندات فيها؛ يفتح Enter المستند.</translation>
    </message>
    <message>
        <source>%1 is not registered for VAT, so it files no VAT return and its invoices carry no VAT.</source>
        <translation>%1 غير مسجلة في ضريبة القيمة المضافة، لذا لا تقدّم إقرارًا ضريبيًا ولا تحمل فواتيرها ضريبة.</translation>
    </message>
    <message>
        <source>Box %1, %2: %3 documents. Enter or a double-click opens one.</source>
        <translation>الخانة %1، %2: %3 مستندًا. يفتح Enter أو النقر المزدوج أحدها.</translation>
    </message>
    <message>
        <source>Select a box first: its documents are what is exported.</source>
        <translation>اختر خانة أولًا: مستنداتها هي ما يُصدَّر.</translation>
    </message>
</context>
<context>
    <name>VendorPaymentDialog</name>
    <message>
        <source>Pay vendor</source>
        <translation>الدفع للمورّد</translation>
    </message>
    <message>
        <source>%1: %2 open bills, %3 %4 to pay</source>
        <translation>%1: %2 فواتير مفتوحة، %3 %4 للدفع</translation>
    </message>
    <message>
        <source>Allocate to open bills:</source>
        <translation>التوزيع على الفواتير المفتوحة:</translation>
    </message>
    <message>
        <source>Transfer reference or cheque number</source>
        <translation>مرجع التحويل أو رقم الشيك</translation>
    </message>
    <message>
        <source> (an advance to the vendor)</source>
        <translation> (دفعة مقدمة للمورّد)</translation>
    </message>
</context>
<context>
    <name>WriteRefusals</name>
    <message>
        <source>This server keeps no tax on invoices</source>
        <translation>لا يحفظ هذا الخادم الضريبة على الفواتير</translation>
    </message>
    <message>
        <source>Unit prices on this server have at most %1 decimals</source>
        <translation>أسعار الوحدات على هذا الخادم لا تتجاوز %1 منازل عشرية</translation>
    </message>
    <message>
        <source>Quantities on this server have at most %1 decimals</source>
        <translation>الكميات على هذا الخادم لا تتجاوز %1 منازل عشرية</translation>
    </message>
    <message>
        <source>This customer is %1 on the server</source>
        <translation>هذا العميل %1 على الخادم</translation>
    </message>
    <message>
        <source>This server does not store tax on invoices, so this invoice would be kept without its tax: remove the tax rates, or record it where tax is kept</source>
        <translation>لا يخزّن هذا الخادم الضريبة على الفواتير، فستُحفظ هذه الفاتورة بلا ضريبتها: احذف نسب الضريبة، أو سجّلها حيث تُحفظ الضريبة</translation>
    </message>
</context>
</TS>
