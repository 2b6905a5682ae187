"""What the coach knows about common specialties, and about diary chatter.

Posts on a specialty rarely repeat its name: a security engineer writes about phishing and
CVEs, a marketer about SEO and CTR. Each field below lists what its people write about, in
Arabic and in the English terms they mix in; `names` are how a profile may name the field.
A phrase of several words counts only with its words in order (هندسة اجتماعية). Every word
goes through the Arabic engine's `terms`, so spellings, clitics and plurals meet.
"""

# Word lists, kept dense: one field a screenful.
# fmt: off
FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "security": {
        "names": (
            "الأمن السيبراني", "أمن المعلومات", "أمن الشبكات", "الأمن الرقمي", "الحماية الرقمية",
            "cybersecurity", "cyber security", "information security", "infosec", "security",
            "pentester", "penetration testing", "ethical hacking", "SOC analyst",
        ),
        "words": (
            "اختراق", "مخترق", "هكر", "هاكر", "ثغرة", "ثغرات", "تصيد", "احتيال إلكتروني",
            "برمجيات خبيثة", "فيروس", "فدية", "تشفير", "مشفر", "جدار ناري", "هندسة اجتماعية",
            "كلمة مرور", "كلمات المرور", "التحقق بخطوتين", "المصادقة الثنائية", "تسريب",
            "تسريبات", "بيانات مسربة", "هجوم", "هجمات", "حماية البيانات", "الخصوصية", "سيبراني",
            "حساب مخترق", "رابط مشبوه", "روابط مشبوهة", "انتحال", "تجسس", "برامج تجسس",
            "phishing", "malware", "ransomware", "firewall", "vulnerability", "exploit",
            "CVE", "zero-day", "pentest", "OSINT", "SIEM", "SOC", "IDS", "VPN", "2FA", "MFA",
            "encryption", "OWASP", "XSS", "SQL injection", "DDoS", "botnet", "patch", "CTF",
            "threat", "breach", "Kali", "Wireshark", "nmap", "Burp", "Metasploit", "CISSP",
            "OSCP", "CEH", "Security+", "hashing", "backdoor", "trojan", "spyware", "spoofing",
            "red team", "blue team", "bug bounty", "incident response", "forensics",
        ),
    },
    "marketing": {
        "names": (
            "التسويق الرقمي", "التسويق الإلكتروني", "التسويق", "تسويق", "إدارة حسابات التواصل",
            "صناعة المحتوى", "digital marketing", "marketing", "growth marketing",
            "social media", "content marketing", "SEO specialist", "brand",
        ),
        "words": (
            "تسويق", "مسوق", "حملة إعلانية", "حملات", "إعلان", "إعلانات ممولة", "جمهور",
            "الجمهور المستهدف", "علامة تجارية", "براند", "هوية بصرية", "محتوى", "صناعة المحتوى",
            "تفاعل", "معدل التفاعل", "وصول", "متابعين", "مؤثرين", "مشاهير", "سناب", "تيك توك",
            "انستقرام", "محركات البحث", "كلمات مفتاحية", "تحويل", "عملاء محتملين", "مبيعات",
            "قمع المبيعات", "نشرة بريدية", "إيميل ماركتنق", "ماركتنق", "سوشال ميديا", "ريلز",
            "SEO", "SEM", "CTR", "CPC", "CPM", "ROI", "ROAS", "KPI", "funnel", "leads", "conversion",
            "engagement", "reach", "impressions", "campaign", "ads", "Google Ads", "Meta Ads",
            "analytics", "A/B testing", "landing page", "copywriting", "newsletter", "hashtag",
            "influencer", "UGC", "retargeting", "persona", "branding", "backlinks", "keywords",
            "TikTok", "Instagram", "reels", "Snapchat", "organic", "CRM", "HubSpot", "growth",
        ),
    },
    "frontend": {
        "names": (
            "تطوير الواجهات الأمامية", "تطوير الواجهات", "الواجهات الأمامية", "مطور واجهات",
            "تطوير الويب", "مطور ويب", "البرمجة", "مبرمج", "هندسة البرمجيات", "Frontend Developer",
            "front-end", "frontend", "web developer", "web development", "software engineer",
            "React developer", "full stack", "fullstack",
        ),
        "words": (
            "برمجة", "مبرمج", "كود", "أكواد", "مكتبة", "إطار عمل", "واجهة", "واجهات", "متصفح",
            "تصميم متجاوب", "صفحة", "موقع", "تطبيق ويب", "خطأ برمجي", "ديبق", "ريأكت", "جافاسكربت",
            "React", "Vue", "Angular", "Svelte", "Next.js", "Nuxt", "JavaScript", "TypeScript",
            "CSS", "HTML", "Tailwind", "Sass", "flexbox", "grid", "DOM", "useEffect", "useState",
            "hooks", "component", "components", "props", "state", "Redux", "webpack", "Vite",
            "npm", "node", "API", "REST", "GraphQL", "fetch", "async", "await", "promise", "bug",
            "debug", "console", "responsive", "accessibility", "a11y", "RTL", "browser", "Chrome",
            "Safari", "performance", "Lighthouse", "bundle", "deploy", "Git", "GitHub", "commit",
            "pull request", "code review", "refactor", "frontend", "backend", "framework",
            "Figma", "UI", "UX", "web", "SPA", "SSR", "hydration", "VS Code", "stack overflow",
        ),
    },
    "data": {
        "names": (
            "علم البيانات", "الذكاء الاصطناعي", "تحليل البيانات", "تعلم الآلة", "محلل بيانات",
            "عالم بيانات", "data science", "data scientist", "machine learning", "AI",
            "artificial intelligence", "data analyst", "data analytics", "ML engineer", "deep learning",
        ),
        "words": (
            "بيانات", "تحليل", "نموذج", "نماذج", "تعلم الآلة", "التعلم العميق", "ذكاء اصطناعي",
            "شبكات عصبية", "خوارزمية", "خوارزميات", "تدريب النموذج", "دقة", "تصنيف", "تنبؤ",
            "إحصاء", "احصائيات", "لوحة بيانات", "داشبورد", "مجموعة بيانات", "معالجة اللغة",
            "Python", "pandas", "NumPy", "SQL", "Jupyter", "notebook", "scikit-learn", "sklearn",
            "TensorFlow", "PyTorch", "Keras", "model", "training", "dataset", "accuracy",
            "precision", "recall", "F1", "overfitting", "regression", "classification",
            "clustering", "neural network", "deep learning", "LLM", "GPT", "transformer",
            "embedding", "embeddings", "NLP", "computer vision", "Kaggle", "feature engineering",
            "ETL", "pipeline", "Power BI", "Tableau", "Excel", "visualization", "statistics",
            "p-value", "hyperparameters", "gradient", "fine-tuning", "prompt", "RAG", "BigQuery",
            "Spark", "data", "AI", "ML", "chatbot", "inference", "benchmark", "Hugging Face",
        ),
    },
    "startups": {
        "names": (
            "ريادة الأعمال", "رائد أعمال", "رائدة أعمال", "الاستثمار", "مستثمر", "الشركات الناشئة",
            "entrepreneurship", "entrepreneur", "startup founder", "founder", "venture capital",
            "investor", "angel investor", "startups", "business",
        ),
        "words": (
            "ريادة", "رائد أعمال", "شركة ناشئة", "شركات ناشئة", "مؤسس", "شريك مؤسس", "مستثمر",
            "مستثمرين", "استثمار", "جولة تمويل", "تمويل", "جولة بذرية", "تقييم", "حصة", "حصص",
            "نموذج العمل", "خطة عمل", "إيرادات", "أرباح", "خسائر", "تدفق نقدي", "سيولة", "عملاء",
            "منتج", "السوق", "حاضنة", "مسرعة أعمال", "مسرعات", "عرض تقديمي", "تخارج", "استحواذ",
            "نمو", "توسع", "فريق العمل", "توظيف", "منافسين", "مشروع", "مشروعي", "بيزنس",
            "startup", "founder", "co-founder", "pitch", "pitch deck", "seed", "pre-seed",
            "Series A", "VC", "valuation", "equity", "burn rate", "runway", "MVP", "product-market fit",
            "PMF", "traction", "MRR", "ARR", "churn", "CAC", "LTV", "unit economics", "SaaS",
            "B2B", "B2C", "scale", "scaling", "exit", "acquisition", "accelerator", "incubator",
            "bootstrapping", "cap table", "term sheet", "KPI", "OKR", "investors", "revenue",
            "profit", "cash flow", "business model", "market", "customers", "Monsha'at", "منشآت",
        ),
    },
    "design": {
        "names": (
            "التصميم الجرافيكي", "التصميم", "مصمم جرافيك", "مصممة جرافيك", "مصمم", "تصميم الهوية",
            "graphic design", "graphic designer", "designer", "UI/UX designer", "visual design",
            "illustrator", "brand designer",
        ),
        "words": (
            "تصميم", "مصمم", "شعار", "شعارات", "لوقو", "هوية بصرية", "خط عربي", "الخطوط", "خط",
            "ألوان", "لوحة ألوان", "تدرج", "تباين", "مساحة بيضاء", "طباعة", "بوستر", "ملصق",
            "انفوجرافيك", "رسم", "رسمة", "اسكتش", "فكتور", "موشن جرافيك", "تايبوغرافي",
            "ماكيت", "موك اب", "كاليغرافي", "مونتاج",
            "logo", "branding", "typography", "font", "kerning", "palette", "color", "contrast",
            "Photoshop", "Illustrator", "InDesign", "Figma", "Canva", "Procreate", "After Effects",
            "vector", "mockup", "layout", "grid", "poster", "illustration", "sketch", "Behance",
            "Dribbble", "moodboard", "UI", "UX", "wireframe", "prototype", "icon", "icons",
            "CMYK", "RGB", "Pantone", "serif", "sans-serif", "whitespace", "brief", "client",
        ),
    },
    "medicine": {
        "names": (
            "الطب", "طبيب", "طبيبة", "الصحة", "التمريض", "ممرض", "ممرضة", "صيدلي", "صيدلانية",
            "طب الأسرة", "medicine", "doctor", "physician", "nurse", "pharmacist", "healthcare",
            "public health", "MD",
        ),
        "words": (
            "مريض", "مرضى", "مستشفى", "عيادة", "طوارئ", "تشخيص", "علاج", "دواء", "أدوية", "جرعة",
            "مضاد حيوي", "مضادات حيوية", "تطعيم", "لقاح", "ضغط الدم", "سكري", "السكر التراكمي",
            "كوليسترول", "قلب", "جلطة", "سرطان", "ورم", "أشعة", "تحاليل", "تحليل دم", "عملية",
            "جراحة", "تخدير", "مناوبة", "الإسعافات الأولية", "أعراض", "التهاب", "عدوى", "مناعة",
            "فيتامين", "نقص", "الكبد", "الكلى", "الغدة", "حمل", "ولادة", "أطفال حديثي",
            "CT", "MRI", "ECG", "ICU", "ER", "scan", "diagnosis", "patient", "patients",
            "antibiotics", "vaccine", "dose", "clinical", "symptoms", "BP", "HbA1c", "insulin",
            "surgery", "anesthesia", "residency", "shift", "ward", "prescription", "CPR",
            "infection", "pediatrics", "cardiology", "oncology", "radiology", "nursing",
        ),
    },
    "education": {
        "names": (
            "التعليم", "التدريس", "معلم", "معلمة", "مدرس", "مدرسة", "أستاذ", "تربوي", "مدرب",
            "التدريب", "education", "teacher", "teaching", "educator", "trainer", "tutor",
            "instructional design",
        ),
        "words": (
            "طلاب", "طالبات", "طالب", "الطلبة", "فصل", "الفصل الدراسي", "حصة", "حصص", "درس",
            "دروس", "منهج", "مناهج", "واجب", "واجبات", "اختبار", "اختبارات", "تقويم", "درجات",
            "تعلم", "التعلم النشط", "استراتيجيات التدريس", "خطة درس", "وسائل تعليمية", "مدرسة",
            "مدارس", "صف", "معلمين", "تحضير", "تربية", "تربوي", "قراءة", "محو الأمية", "تحفيز",
            "التعلم عن بعد", "منصة مدرستي", "قدرات", "تحصيلي", "ورشة", "دورة تدريبية",
            "classroom", "students", "lesson", "curriculum", "assessment", "quiz", "homework",
            "rubric", "pedagogy", "e-learning", "LMS", "Moodle", "Blackboard", "Kahoot",
            "Google Classroom", "flipped classroom", "learning outcomes", "feedback", "grading",
        ),
    },
    "law": {
        "names": (
            "القانون", "محامي", "محامية", "مستشار قانوني", "المحاماة", "الاستشارات القانونية",
            "law", "lawyer", "attorney", "legal counsel", "legal advisor", "legal",
        ),
        "words": (
            "قانون", "نظام", "أنظمة", "لائحة", "لائحة تنفيذية", "محكمة", "محاكم", "قاضي", "قضية",
            "قضايا", "دعوى", "حكم", "استئناف", "محامي", "موكل", "عقد", "عقود", "بند", "شرط جزائي",
            "تعويض", "مخالفة", "غرامة", "حقوق", "التزامات", "وكالة", "صك", "تنفيذ", "إثبات",
            "ناجز", "نظام العمل", "نظام الأحوال الشخصية", "فسخ", "نزاع", "تحكيم", "ملكية فكرية",
            "براءة اختراع", "علامة تجارية مسجلة", "تشريع", "مادة", "الجرائم المعلوماتية",
            "contract", "clause", "court", "lawsuit", "litigation", "arbitration", "compliance",
            "GDPR", "NDA", "liability", "IP", "trademark", "copyright", "verdict", "appeal",
            "legal", "regulation", "statute", "jurisdiction", "due diligence",
        ),
    },
    "photography": {
        "names": (
            "التصوير الفوتوغرافي", "التصوير", "مصور", "مصورة", "مصور فوتوغرافي", "photography",
            "photographer", "portrait photographer", "filmmaker", "videographer",
        ),
        "words": (
            "تصوير", "مصور", "صورة", "لقطة", "لقطات", "عدسة", "عدسات", "كاميرا", "فتحة العدسة",
            "سرعة الغالق", "غالق", "أيزو", "إضاءة", "الإضاءة الطبيعية", "الساعة الذهبية",
            "تعريض", "تكوين", "قاعدة الأثلاث", "بورتريه", "تصوير المنتجات", "تصوير الشارع",
            "تعديل الصور", "فلتر", "بوكيه", "حامل ثلاثي", "درون", "فلاش", "خلفية",
            "lens", "camera", "aperture", "shutter", "shutter speed", "ISO", "exposure", "RAW",
            "Lightroom", "Photoshop", "bokeh", "portrait", "golden hour", "composition",
            "Canon", "Nikon", "Sony", "Fujifilm", "mirrorless", "DSLR", "35mm", "50mm", "85mm",
            "f/1.8", "tripod", "drone", "flash", "editing", "presets", "landscape", "street",
        ),
    },
}

#: What diary chatter is made of: meals, sleep, mood, family, traffic, weather, greetings.
PERSONAL: tuple[str, ...] = (
    # Meals and drinks
    "فطور", "فطوري", "غداء", "غدا", "عشاء", "عشا", "سحور", "قهوة", "قهوتي", "شاي", "كرك",
    "كبسة", "مندي", "شاورما", "بيتزا", "برجر", "حلا", "حلويات", "كيك", "جوعان", "جعان",
    "شبعان", "ريجيم", "دايت", "مطعم", "كافيه", "وجبة", "طبخ", "طبخت", "أكلت", "اكلة",
    "coffee", "breakfast", "lunch", "dinner", "pizza", "latte", "tea",
    # Sleep and tiredness
    "نوم", "نمت", "أنام", "نايم", "صحيت", "أصحى", "سهر", "سهران", "سهرت", "أرق", "نعسان",
    "تعبان", "تعبانة", "تعبت", "مرهق", "إرهاق", "كسل", "sleep", "tired", "nap",
    # Mood
    "مزاج", "مزاجي", "زهقان", "طفشان", "طفش", "ملل", "مليت", "مبسوط", "مبسوطة", "فرحان",
    "فرحانة", "سعيد", "حزين", "حزينة", "متضايق", "ضيقة", "قلقان", "متوتر", "اشتقت", "وحشتني",
    "الحمدلله على كل حال", "bored", "happy", "sad", "mood",
    # Family and home
    "أمي", "امي", "أبوي", "ابوي", "والدتي", "والدي", "أخوي", "اخوي", "أختي", "اختي",
    "زوجتي", "زوجي", "ولدي", "بنتي", "عيالي", "أطفالي", "عائلتي", "أهلي", "جدتي", "جدي",
    "البيت", "بيتنا", "مشوار", "طلعة", "زيارة", "الاستراحة", "عزيمة", "mom", "dad", "kids",
    "family",
    # Traffic, weather, weekend, travel
    "زحمة", "زحمه", "الطريق", "إشارة", "المرور", "تأخرت", "الدوام", "دوام", "الشغل", "حر",
    "الحر", "برد", "البرد", "مطر", "أمطار", "غبار", "الجو", "طقس", "ويكند", "إجازة",
    "عطلة", "الخميس", "سفر", "مسافر", "رحلة", "traffic", "weekend", "vacation", "weather",
    # Greetings and occasions
    "صباح الخير", "صباح", "صباحكم", "مساء الخير", "مساء", "مساكم", "تصبحون على خير",
    "جمعة مباركة", "جمعة", "عيد", "عيدكم", "مبارك", "كل عام وأنتم بخير", "رمضان كريم",
    "رمضان", "مبروك", "عقبال", "good morning", "good night",
)
# fmt: on
