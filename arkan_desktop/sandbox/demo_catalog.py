"""Fixed demo master data: the companies, the chart of accounts, names to build partners
and products from. Plain data, no logic."""

from __future__ import annotations

DEMO_TENANT_ID = "0b3f8a52-6d1e-4c1a-9a55-2f7f0c1d0001"
OTHER_TENANT_ID = "0b3f8a52-6d1e-4c1a-9a55-2f7f0c1d0002"

COMPANIES = [
    {
        "id": "5d0e6f3a-1a2b-4c3d-8e9f-000000000001",
        "tenantId": DEMO_TENANT_ID,
        "name": "Arkan Demo Trading LLC",
        "nameAr": "أركان للتجارة ذ.م.م",
        "currency": "AED",
        "country": "AE",
        "taxId": "100234567800003",
        "address": {"line1": "Office 1204, Al Moosa Tower 2", "line2": "Sheikh Zayed Road",
                    "city": "Dubai", "country": "AE"},
        "phone": "+971 4 555 0100",
        "email": "accounts@arkan-demo.ae",
        "bank": {"name": "Emirates NBD", "iban": "AE070331234567890123456", "swift": "EBILAEAD"},
        "defaultTaxRate": "5",
    },
    {
        "id": "5d0e6f3a-1a2b-4c3d-8e9f-000000000002",
        "tenantId": DEMO_TENANT_ID,
        "name": "Arkan Demo Kuwait W.L.L.",
        "nameAr": "أركان الكويت ذ.م.م",
        "currency": "KWD",
        "country": "KW",
        "taxId": "KW300123456",
        "address": {"line1": "Block 3, Street 14, Building 22", "line2": "Shuwaikh Industrial",
                    "city": "Kuwait City", "country": "KW"},
        "phone": "+965 2 555 0200",
        "email": "accounts@arkan-demo.com.kw",
        "bank": {"name": "National Bank of Kuwait", "iban": "KW81CBKU0000000000001234560101",
                 "swift": "NBOKKWKW"},
        "defaultTaxRate": "0",
    },
    {
        "id": "5d0e6f3a-1a2b-4c3d-8e9f-0000000000ff",
        "tenantId": OTHER_TENANT_ID,
        "name": "Other Tenant Holdings",
        "nameAr": "",
        "currency": "AED",
        "country": "AE",
        "taxId": "100999999900003",
        "address": {"line1": "Building 7", "line2": "", "city": "Abu Dhabi", "country": "AE"},
        "phone": "+971 2 555 0900",
        "email": "finance@other.example",
        "bank": {"name": "First Abu Dhabi Bank", "iban": "AE460351234567890123456", "swift": "NBADAEAA"},
        "defaultTaxRate": "5",
    },
]

# (email, full name, role) — memberships: admin in every demo company, accountant in
# both, storekeeper in the first only; other@ in the other tenant's company.
DEMO_USERS = [
    ("admin@demo.local", "Demo Administrator", "admin"),
    ("accountant@demo.local", "Demo Accountant", "accountant"),
    ("storekeeper@demo.local", "Demo Storekeeper", "storekeeper"),
]
OTHER_USER = ("other@demo.local", "Other Tenant Admin", "admin")
DEMO_PASSWORD = "demo"

# code, name, Arabic name, type, subtype
CHART_OF_ACCOUNTS = [
    ("1000", "Cash on Hand", "النقد في الصندوق", "asset", "cash"),
    ("1010", "Bank - Current Account", "البنك - الحساب الجاري", "asset", "bank"),
    ("1020", "Bank - Savings Account", "البنك - حساب التوفير", "asset", "bank"),
    ("1200", "Accounts Receivable", "الذمم المدينة", "asset", "receivable"),
    ("1210", "Allowance for Doubtful Debts", "مخصص الديون المشكوك فيها", "asset", "receivable"),
    ("1300", "Inventory", "المخزون", "asset", "inventory"),
    ("1400", "Prepaid Expenses", "المصروفات المدفوعة مقدماً", "asset", "current"),
    ("1410", "VAT Receivable (Input)", "ضريبة القيمة المضافة المستردة", "asset", "tax"),
    ("1500", "Furniture and Fixtures", "الأثاث والتجهيزات", "asset", "fixed"),
    ("1510", "Vehicles", "المركبات", "asset", "fixed"),
    ("1520", "Computer Equipment", "أجهزة الحاسوب", "asset", "fixed"),
    ("1590", "Accumulated Depreciation", "مجمع الإهلاك", "asset", "fixed"),
    ("2000", "Accounts Payable", "الذمم الدائنة", "liability", "payable"),
    ("2050", "Goods Received Not Invoiced", "بضائع مستلمة غير مفوترة", "liability", "current"),
    ("2100", "Accrued Expenses", "المصروفات المستحقة", "liability", "current"),
    ("2200", "VAT Payable (Output)", "ضريبة القيمة المضافة المستحقة", "liability", "tax"),
    ("2300", "Customer Advances", "دفعات مقدمة من العملاء", "liability", "current"),
    ("2400", "End of Service Benefits", "مكافأة نهاية الخدمة", "liability", "non_current"),
    ("2500", "Bank Loan", "قرض بنكي", "liability", "non_current"),
    ("3000", "Share Capital", "رأس المال", "equity", "capital"),
    ("3100", "Statutory Reserve", "الاحتياطي القانوني", "equity", "reserve"),
    ("3200", "Retained Earnings", "الأرباح المحتجزة", "equity", "retained"),
    ("4000", "Sales Revenue", "إيرادات المبيعات", "revenue", "operating"),
    ("4100", "Service Revenue", "إيرادات الخدمات", "revenue", "operating"),
    ("4200", "Sales Returns and Allowances", "مردودات ومسموحات المبيعات", "revenue", "contra"),
    ("4900", "Other Income", "إيرادات أخرى", "revenue", "other"),
    ("5000", "Cost of Goods Sold", "تكلفة البضاعة المباعة", "expense", "cogs"),
    ("5100", "Purchases", "المشتريات", "expense", "cogs"),
    ("5900", "Inventory Adjustments", "تسويات المخزون", "expense", "cogs"),
    ("5910", "Scrap and Write-offs", "التالف والشطب", "expense", "cogs"),
    ("6000", "Salaries and Wages", "الرواتب والأجور", "expense", "operating"),
    ("6100", "Rent", "الإيجار", "expense", "operating"),
    ("6200", "Utilities", "المرافق", "expense", "operating"),
    ("6300", "Telephone and Internet", "الهاتف والإنترنت", "expense", "operating"),
    ("6400", "Office Supplies", "اللوازم المكتبية", "expense", "operating"),
    ("6500", "Marketing and Advertising", "التسويق والإعلان", "expense", "operating"),
    ("6600", "Travel", "السفر", "expense", "operating"),
    ("6700", "Depreciation Expense", "مصروف الإهلاك", "expense", "operating"),
    ("6800", "Bank Charges", "الرسوم البنكية", "expense", "financial"),
    ("6900", "Professional Fees", "الأتعاب المهنية", "expense", "operating"),
]

PARTNER_FIRST = [
    "Al Noor", "Gulf Horizon", "Desert Rose", "Falcon", "Emirates Star", "Oasis", "Pearl Coast",
    "Al Wasl", "Marina", "Crescent", "Dune", "Al Safa", "Blue Lagoon", "Sandstone", "Palm",
    "Al Fajr", "Silver Sands", "Jumeirah", "Creek Side", "Al Barsha", "Sahara", "Zayed",
    "Al Reem", "Corniche", "Golden Gate", "Al Khaleej", "Bin Saeed", "Al Mansoori", "Nakheel",
    "Sharq",
]
PARTNER_SECOND = [
    "Trading", "Contracting", "General Trading", "Facilities Management", "Engineering",
    "Hospitality", "Logistics", "Electromechanical", "Interiors", "Retail",
]
PARTNER_SUFFIX = ["LLC", "L.L.C.", "FZE", "FZCO", "Est.", "W.L.L."]
PARTNER_FIRST_AR = {
    "Al Noor": "النور", "Gulf Horizon": "أفق الخليج", "Desert Rose": "وردة الصحراء", "Falcon": "الصقر",
    "Oasis": "الواحة", "Crescent": "الهلال", "Palm": "النخلة", "Al Fajr": "الفجر",
    "Sahara": "الصحراء", "Al Khaleej": "الخليج",
}
VENDOR_FIRST = [
    "Jebel Ali", "Hamriyah", "Sharjah Industrial", "Ajman Metal", "Ras Al Khor", "Mussafah",
    "Techno", "Prime", "Allied", "National", "United", "Arabian", "Eastern", "Western",
    "Universal", "Royal", "Summit", "Apex", "Delta", "Global",
]
VENDOR_SECOND = ["Supplies", "Industries", "Wholesale", "Distribution", "Manufacturing", "Imports"]
CITIES = {"AE": ["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Ras Al Khaimah", "Al Ain"],
          "KW": ["Kuwait City", "Hawalli", "Salmiya", "Farwaniya", "Jahra"]}

# category, SKU prefix, item nouns, unit cost range
PRODUCT_CATEGORIES = [
    ("Office Supplies", "OF", ["A4 Copy Paper Ream", "Ballpoint Pen Box", "Stapler", "Box File",
                               "Whiteboard Marker Set", "Desk Organizer", "Printer Toner", "Sticky Notes Pack"], (2, 60)),
    ("Electrical", "EL", ["LED Panel 60x60", "Circuit Breaker 32A", "Cable Roll 2.5mm", "Socket Outlet",
                          "Extension Lead 5m", "Floodlight 100W", "Junction Box", "Cable Tray 3m"], (5, 400)),
    ("Plumbing", "PL", ["PPR Pipe 25mm", "Ball Valve 1in", "Water Heater 50L", "Basin Mixer",
                        "Pipe Elbow 90", "Floor Drain", "Pressure Pump", "Sealant Tape"], (1, 900)),
    ("Safety", "SF", ["Safety Helmet", "Hi-Vis Vest", "Safety Boots", "Work Gloves Pair",
                      "Fire Extinguisher 6kg", "First Aid Kit", "Ear Defenders", "Safety Goggles"], (3, 250)),
    ("Tools", "TL", ["Cordless Drill", "Socket Set", "Measuring Tape 8m", "Spirit Level",
                     "Angle Grinder", "Ladder 6 Step", "Hammer", "Screwdriver Set"], (8, 700)),
    ("Packaging", "PK", ["Carton Box Medium", "Stretch Film Roll", "Packing Tape", "Bubble Wrap Roll",
                         "Pallet Wood", "Strapping Band", "Label Roll", "Void Fill Bag"], (1, 80)),
    ("Cleaning", "CL", ["Floor Cleaner 5L", "Hand Soap 500ml", "Mop Set", "Trash Bags Roll",
                        "Glass Cleaner", "Microfiber Cloth Pack", "Disinfectant 1L", "Tissue Box Carton"], (2, 90)),
]
PRODUCT_VARIANTS = ["", "Pro", "Heavy Duty", "Compact", "Premium", "Standard", "XL", "Eco"]
