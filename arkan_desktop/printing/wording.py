"""The printed labels of invoices and receipts in English and Arabic, and how to pick them.

Imports no Qt.
"""

from __future__ import annotations

from arkan_desktop.printing.branding import Language
from arkan_desktop.printing.document import DocumentKind

TITLES: dict[DocumentKind, tuple[str, str]] = {
    DocumentKind.INVOICE: ("Invoice", "فاتورة"),
    DocumentKind.TAX_INVOICE: ("Tax Invoice", "فاتورة ضريبية"),
    DocumentKind.SIMPLIFIED_TAX_INVOICE: ("Simplified Tax Invoice", "فاتورة ضريبية مبسطة"),
    DocumentKind.CREDIT_NOTE: ("Tax Credit Note", "إشعار دائن ضريبي"),
    DocumentKind.PAYMENT_RECEIPT: ("Payment Receipt", "سند قبض"),
    DocumentKind.PAYMENT_VOUCHER: ("Payment Voucher", "سند صرف"),
}
# A seller outside VAT (see tax_registration.py) issues no *tax* documents.
CREDIT_NOTE_OUTSIDE_VAT = ("Credit Note", "إشعار دائن")

WORDS: dict[str, tuple[str, str]] = {
    "number": ("Invoice No.", "رقم الفاتورة"),
    "credit_number": ("Credit Note No.", "رقم الإشعار"),
    "receipt_number": ("Receipt No.", "رقم السند"),
    "date": ("Invoice Date", "تاريخ الفاتورة"),
    "issue_date": ("Date", "التاريخ"),
    "due_date": ("Due Date", "تاريخ الاستحقاق"),
    "currency": ("Currency", "العملة"),
    "incoterm": ("Incoterm", "شروط التسليم"),
    "reference": ("Customer Ref.", "مرجع العميل"),
    "original": ("Original Invoice", "الفاتورة الأصلية"),
    "seller": ("Seller", "البائع"),
    "buyer": ("Bill To", "العميل"),
    "received_from": ("Received From", "استلمنا من"),
    "paid_to": ("Paid To", "صرفنا إلى"),
    "trn": ("TRN", "الرقم الضريبي"),
    "position": ("#", "م"),
    "description": ("Description", "الوصف"),
    "quantity": ("Qty", "الكمية"),
    "unit_price": ("Unit Price", "سعر الوحدة"),
    "discount": ("Disc. %", "الخصم ٪"),
    "net": ("Taxable Amount", "المبلغ الخاضع"),
    "tax_rate": ("VAT %", "الضريبة ٪"),
    "tax": ("VAT", "الضريبة"),
    "amount": ("Amount", "المبلغ"),
    "subtotal": ("Subtotal (excl. VAT)", "الإجمالي قبل الضريبة"),
    "vat_at": ("VAT {rate}% on {base}", "ضريبة القيمة المضافة {rate}٪"),
    "total": ("Total (incl. VAT)", "الإجمالي شامل الضريبة"),
    "credit_total": ("Total Credit (incl. VAT)", "إجمالي الإشعار شامل الضريبة"),
    "total_no_vat": ("Total", "الإجمالي"),
    "credit_total_no_vat": ("Total Credit", "إجمالي الإشعار"),
    "paid": ("Paid", "المدفوع"),
    "due": ("Amount Due", "المبلغ المستحق"),
    "in_words": ("Amount in words", "المبلغ كتابةً"),
    "payment": ("Payment Instructions", "تعليمات الدفع"),
    "bank": ("Bank", "البنك"),
    "account_name": ("Account Name", "اسم الحساب"),
    "iban": ("IBAN", "رقم الآيبان"),
    "swift": ("SWIFT", "سويفت"),
    "quote": ("Please quote {number} with your payment.", "يرجى ذكر الرقم {number} عند الدفع."),
    "notes": ("Notes", "ملاحظات"),
    "amount_received": ("Amount Received", "المبلغ المستلم"),
    "amount_paid": ("Amount Paid", "المبلغ المدفوع"),
    "method": ("Payment Method", "طريقة الدفع"),
    "payment_ref": ("Payment Ref.", "مرجع الدفع"),
    "memo": ("Memo", "البيان"),
    "applied_to": ("Applied to Invoice", "مخصص للفاتورة"),
    "unallocated": ("On Account (unallocated)", "رصيد غير مخصص"),
    "page": ("Page {page} of {pages}", "صفحة {page} من {pages}"),
    "draft": ("DRAFT — NOT A TAX INVOICE", "مسودة — ليست فاتورة ضريبية"),
    "draft_no_vat": ("DRAFT", "مسودة"),
    "cancelled": ("CANCELLED", "ملغاة"),
    "mismatch": ("TOTALS DIFFER FROM SERVER", "الإجماليات تختلف عن الخادم"),
    "signature": ("Received by", "توقيع المستلم"),
    "no_rows": ("Nothing to show for this selection.", "لا شيء لعرضه لهذا الاختيار."),
}

METHODS: dict[str, tuple[str, str]] = {
    "bank": ("Bank transfer", "تحويل بنكي"),
    "cash": ("Cash", "نقداً"),
    "cheque": ("Cheque", "شيك"),
    "card": ("Card", "بطاقة"),
}


def document_title(kind: DocumentKind, vat_registered: bool = True) -> tuple[str, str]:
    """The title a document prints under; a seller outside VAT never prints "Tax ..."."""
    if kind is DocumentKind.CREDIT_NOTE and not vat_registered:
        return CREDIT_NOTE_OUTSIDE_VAT
    return TITLES[kind]


def both(key: str, **values: object) -> tuple[str, str]:
    english, arabic = WORDS[key]
    return english.format(**values), arabic.format(**values)


def pick(pair: tuple[str, str], language: Language) -> list[str]:
    """The label texts to print for a language setting: [en], [ar] or [en, ar]."""
    if language == "en":
        return [pair[0]]
    if language == "ar":
        return [pair[1]]
    return list(pair)


def joined(pair: tuple[str, str], language: Language, separator: str = "  |  ") -> str:
    return separator.join(pick(pair, language))
