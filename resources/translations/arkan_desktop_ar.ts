<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountTreeModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArkanDesktopApp</name>
    <message>
        <source>Signing in again as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(starting the demo server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server… (the first start prepares the demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no companies on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no copy of a company on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the request the server refused, then resend it. It goes with a new idempotency key, as a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Choose a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account works for several companies. Open:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Fix rejected invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is before the invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceEditorForm</name>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s order number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines (Enter on the last line adds one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product or describe the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted, not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show invoices in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the selected draft invoices (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record pa&amp;yment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment for the selected invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 %2 · Due %3 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice queued; it is sent as soon as the server answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only draft invoices can be posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for posting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments are recorded against posted, unpaid invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment queued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalList</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>Chart of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Arkan Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Arkan Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline with the copy of %1 on this computer. Changes you make are queued and sent after you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleTab</name>
    <message>
        <source>This module is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Outbox — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes wait here until the server accepts them. A change the server refused stays until you correct and resend it, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty: everything has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will not be sent, and what it changed here is undone. This cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: %3 %4 due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank reference or cheque number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount as a number with at most the currency&apos;s decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is more than the %1 due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseOrderList</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchasingTab</name>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every row of this list as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>(not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change to this record: see the Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed by the server (waiting in the outbox)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in to Arkan Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s server, and your account on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://erp.example.com/api/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the copy of your last company kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Arkan Desktop — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkan ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can work offline with the copy of your last company on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Opening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Open the outbox: writes waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (cached data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 need attention</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock Moves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
