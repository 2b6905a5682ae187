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
            "TryHackMe", "HackTheBox", "Linux", "Zero Trust", "bit.ly", "SMS", "رسائل احتيالية", "رابط", "روابط", "تحديث بياناتك", "SIEM", "تنبيه أمني", "تسجيل دخول", "صلاحيات", "امتياز", "privilege", "admin", "اختبار اختراق", "الشبكة الداخلية", "سيرفر", "خادم", "تحديثات", "تحديث النظام", "الأمن", "أمني", "أمنية", "مهاجم", "ضحية", "احتيال", "نصاب", "اختراقات", "بصمة", "DNS", "SSL", "TLS", "certificate", "keylogger", "EDR", "XDR", "antivirus", "مضاد فيروسات", "IoT", "CISO", "NCA", "الهيئة الوطنية للأمن السيبراني", "سياسة كلمات المرور", "مدير كلمات المرور", "password manager", "WAF", "honeypot", "threat intel", "IOC", "log", "logs", "SOC analyst", "tabletop", "phish", "smishing", "vishing", "deepfake",
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
            "GA4", "Google Analytics", "events", "رحلة العميل", "customer journey", "الكاروسيل", "carousel", "بوست", "بوستات", "ستوري", "هاشتاق", "ترند", "تريند", "البايو", "bio", "كابشن", "caption", "محتوى مرئي", "خطة محتوى", "تقويم المحتوى", "content calendar", "benchmark", "CAC", "الحملات الإعلانية", "التسويق بالمؤثرين", "الإعلانات", "استهداف", "targeting", "audience", "lookalike", "pixel", "البكسل", "UTM", "open rate", "معدل الفتح", "ولاء العملاء", "تجربة العميل", "USP", "positioning", "تموضع", "المنافسين", "buyer persona", "storytelling", "القصة", "viral", "انتشار", "LinkedIn", "لينكدإن", "YouTube", "يوتيوب", "X", "إكس",
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
            "font-display", "swap", "font", "الخط", "التحميل", "lazy loading", "Core Web Vitals", "LCP", "CLS", "INP", "render", "re-render", "memo", "useMemo", "useCallback", "context", "Zustand", "signals", "JSX", "TSX", "Jest", "Vitest", "Playwright", "Cypress", "Storybook", "design system", "CSS variables", "media query", "breakpoint", "dark mode", "ESLint", "Prettier", "monorepo", "PWA", "service worker", "WebSocket", "localStorage", "cookies", "CORS", "Docker", "CI", "pipeline", "staging", "production", "السيرفر", "الفرونت", "الباك", "الفرونت إند", "الكومبوننت", "الكود", "المتصفحات", "الصفحة الرئيسية", "الأداء", "تحسين الأداء", "منطق", "ديزاين", "إصدار", "نسخة",
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
            "LLMs", "hallucination", "الهلوسة", "تتنبأ", "الكلمة التالية", "نموذج لغوي", "النماذج اللغوية", "ChatGPT", "Claude", "Gemini", "tokens", "token", "fine-tune", "vector", "vector database", "agent", "agents", "data leakage", "تسرب البيانات", "cross-validation", "train", "test set", "validation", "baseline", "outliers", "القيم الشاذة", "missing values", "القيم المفقودة", "correlation", "ارتباط", "causation", "سببية", "A/B", "experiment", "hypothesis", "distribution", "توزيع", "المتوسط", "الانحراف المعياري", "عينة", "sample", "bias", "انحياز", "GPU", "CUDA", "XGBoost", "random forest", "decision tree", "SHAP", "MLOps", "deployment", "matplotlib", "seaborn", "plotly", "R", "dbt", "Airflow", "warehouse", "data lake", "Snowflake", "Databricks", "اللغة العربية الطبيعية", "Arabic NLP",
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
            "pitch", "ديموداي", "demo day", "الجولة", "المستثمرين الملائكيين", "angel", "تقييم الشركة", "الحصة", "سهم", "أسهم", "cap", "dilution", "تخفيف", "شريك", "الشركاء", "نموذج إيرادات", "اشتراكات", "subscription", "freemium", "pricing", "التسعير", "هامش الربح", "margin", "gross margin", "الربحية", "break-even", "نقطة التعادل", "الفكرة", "التنفيذ", "pivot", "بيفوت", "فشل", "fail fast", "lean", "lean startup", "customer discovery", "مقابلات العملاء", "GTM", "go-to-market", "partnerships", "unicorn", "يونيكورن", "Y Combinator", "YC", "Techstars", "Flat6Labs", "STV", "صندوق", "صناديق", "رأس المال الجريء", "ريادي", "رياديين", "ستارتب", "ستارت أب", "شركتي", "المنتج", "المستخدمين", "retention", "الاحتفاظ", "growth hacking",
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
            "اللوغو", "لوغو", "SVG", "PDF", "JPG", "PNG", "monochrome", "باليت", "براند", "white space", "هوية", "الهوية", "نقشة", "تطريز", "زخرفة", "زخارف", "موتيف", "pattern", "العميل", "كبر اللوغو", "تعديلات", "revisions", "فونت", "خطوط عربية", "الخط الكوفي", "النسخ", "الثلث", "رقعة", "تصميم شعار", "بوستر", "غلاف", "packaging", "تغليف", "كرتون", "هوية بصرية", "grid system", "golden ratio", "النسبة الذهبية", "الألوان", "درجات", "hex", "gradient", "shadow", "3D", "Blender", "render", "mockups", "Adobe", "أدوبي", "Affinity", "Midjourney", "بورتفوليو", "portfolio",
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
            "ضغط", "إسعاف", "الإسعاف", "الشقيقة", "صداع", "ميلان الوجه", "جلطة دماغية", "سكتة", "نوبات", "نوبة", "كافيين", "محفزات", "طبيبك", "راجع الطبيب", "الطبيب", "الفحص", "فحص", "الكشف المبكر", "سرطان الثدي", "ماموغرام", "الربو", "الحساسية", "المضادات", "الكحة", "الزكام", "الإنفلونزا", "حرارة", "حمى", "الجفاف", "السوائل", "التغذية", "سمنة", "السمنة", "مؤشر كتلة الجسم", "BMI", "كوليسترول", "الدهون الثلاثية", "فيتامين د", "الحديد", "أنيميا", "فقر الدم", "الغسيل الكلوي", "القولون", "المعدة", "الجلوكوز", "Metformin", "ميتفورمين", "باراسيتامول", "ibuprofen", "صيدلية", "وصفة", "روشتة", "مستوصف", "الرعاية الأولية", "طب الأسرة", "الصحة العامة", "الوقاية", "وباء", "فيروس", "كورونا", "COVID",
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
            "الفروق الفردية", "ورقة العمل", "أوراق عمل", "جدول الضرب", "أولياء الأمور", "ولي الأمر", "الأناشيد", "التلاميذ", "الحصة", "السبورة", "المعلم", "التعليم", "تعليمي", "تعليمية", "المدرسة", "الطلاب", "التقييم", "التغذية الراجعة", "التعلم التعاوني", "مجموعات", "نشاط", "أنشطة", "تفكير ناقد", "حل المشكلات", "الكسور", "المعادلات", "الجبر", "الهندسة", "الاحتمالات", "مسألة", "مسائل", "تمارين", "حل", "الرياضيات", "رياضيات", "الفهم", "الحفظ", "التلقين", "الاستيعاب", "مهارات", "الدافعية", "إدارة الصف", "الانضباط", "نتائج الاختبار", "الاختبارات النهائية", "مراجعة", "ملخص", "كراسة", "كتاب الطالب", "الإشراف التربوي", "مشرف", "مدير المدرسة", "الرخصة المهنية",
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
            "علامة تجارية", "علامتك التجارية", "التشهير", "جريمة معلوماتية", "مكافأة نهاية الخدمة", "الراتب الأساسي", "التوقيع الإلكتروني", "حجية", "صاحب العمل", "مستحقات", "مستحقاتك", "يحق", "يحق لك", "حقك", "الحقوق", "قانوني", "قانونية", "المحامي", "المحكمة", "محكمة العمل", "الشكوى", "بلاغ", "النيابة", "النيابة العامة", "الادعاء", "المدعي", "المدعى عليه", "الإيجار", "عقد الإيجار", "إيجار", "المالك", "المستأجر", "إخلاء", "الطلاق", "النفقة", "الحضانة", "الميراث", "الإرث", "الوصية", "الشركات", "نظام الشركات", "السجل التجاري", "الترخيص", "مخالفة مرورية", "الاعتراض", "التظلم", "الأدلة", "شهود", "توثيق", "موثق", "كاتب العدل", "إقرار", "الكفالة", "فصل تعسفي", "الفصل التعسفي", "نظام",
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
            "sensor", "sensor cleaning", "الحساس", "الفتحة", "تنقية", "ND filter", "فلتر ND", "polarizer", "long exposure", "التعريض الطويل", "bracketing", "HDR", "histogram", "الهستوغرام", "white balance", "توازن الأبيض", "color grading", "تدرج الألوان", "الفوكس", "focus", "autofocus", "manual", "prime", "zoom", "telephoto", "wide", "العدسة الواسعة", "ماكرو", "macro", "ستوديو", "studio", "softbox", "reflector", "عاكس", "الإضاءة", "ظل", "الظلال", "الكادر", "كادر", "فريم", "frame", "crop", "الخلفية", "blur", "noise", "نويز", "جلسة تصوير", "photoshoot", "session", "preset", "Capture One", "GoPro", "gimbal", "جيمبال", "فيديو", "4K", "fps", "الصورة", "صور", "صورتها", "صورت", "كاميرتي",
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
    "برد", "البرد", "مطر", "أمطار", "غبار", "الجو", "جوها", "طقس", "ويكند", "إجازتي",
    "عطلة", "الخميس", "مسافر", "traffic", "weekend", "vacation", "weather",
    # Health, sport and outings of one's own
    "رياضة", "المشي", "مشيت", "أمشي", "نادي", "سباحة", "الكرش", "وزني", "ريجيمي", "فخور",
    "فخورة", "بنفسي", "حياتي", "أسعد", "البحر", "مزرعة", "الحوش", "شبينا", "شاهي", "الجمر",
    "النار", "صيفنا", "مصيف", "الطائف", "أجواء", "رطوبة", "الحرارة", "درجة", "سريري", "فراشي",
    "نعست", "ننعس", "عييت", "تعبانه", "العكز", "الدار", "منمتش", "صحي", "صحيت", "رحنا",
    "طلعنا", "رجعت", "سافرت", "وصلت", "التايكوندو", "الحزام", "حبيبي", "حبيبتي", "الواد",
    "ولد", "ولادي", "عيالي", "بابا", "ماما", "خالي", "خالتي", "عمي", "عمتي", "خويا", "خوي",
    "ربعي", "أصحابي", "صاحبي", "صديقتي", "زواج", "عرس", "هامور", "سمك", "كنافة", "شوكولاتة",
    "آيس كريم", "زعلان", "زعلانة", "🥹", "🥵", "😴", "🥱", "😩", "🤒",
    # Greetings and occasions
    "صباح الخير", "صباح", "صباحكم", "مساء الخير", "مساء", "مساكم", "تصبحون على خير",
    "جمعة مباركة", "جمعة", "عيد", "عيدكم", "مبارك", "كل عام وأنتم بخير", "رمضان كريم",
    "رمضان", "مبروك", "عقبال", "good morning", "good night",
)

#: What public matters are made of: sport, news, religion and wisdom, jokes. A post that
#: speaks of them and of someone's day is about them, not a diary («ما نمت من الفرحة» after a
#: match).
PUBLIC: tuple[str, ...] = (
    "مباراة", "المباراة", "الدوري", "دوري", "هدف", "أهداف", "منتخب", "المنتخب", "مدرب", "لاعب",
    "لاعبين", "الهلال", "النصر", "الاتحاد", "الأهلي", "الزمالك", "الشباب", "كأس", "بطولة",
    "الملعب", "فوز", "خسارة", "تعادل", "الحكم", "ركلة", "⚽", "🏆", "قرار", "وزارة", "الحكومة",
    "أعلنت", "إعلان", "رسمي", "رسميا", "موجة", "دولة", "دول", "العالم", "أوروبا", "أمريكا",
    "الانتخابات", "الأسعار", "التضخم", "الاقتصاد", "أخبار", "خبر", "عاجل", "المدارس", "الجامعات",
    "سبحان", "الحمد لله", "صدقة", "حديث", "آية", "قال رسول", "حكمة", "جحا", "نكتة",
    "الناس", "الجيل", "المجتمع", "ظاهرة", "رأيكم", "توقعاتكم", "برأيي", "شنو رأيكم", "تطبيق جديد",
    "محامي", "طبيب", "مهندس", "football", "match", "news", "election",
)
# fmt: on
