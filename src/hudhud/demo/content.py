"""The demo: the GITEX 2012 awareness session of the seed meeting, and its audience.

The real people of the seed (the ministry, the moderator, the four speakers
and the minister's adviser) carry only what the seed reports about them, and
say only what the seed reports them saying: the ministry announces, lists the
agenda, summarises the seed's own facts and thanks; each speaker posts at
most their talk's exact title or an exact quote. Everything else is said by
fictional attendees.
"""

from typing import Final, TypedDict


class DemoAccount(TypedDict):
    username: str
    display_name: str
    bio: str
    specialty: str
    kind: str  # "person" | "business" | "startup" | "organisation"
    real: bool  # True for the real people of the seed


class DemoPost(TypedDict, total=False):
    key: str  # unique short id, used by replies/boosts/quotes
    author: str  # username
    minute: int  # minutes from the session's start (negative = before)
    text: str
    reply_to: str  # key of the post answered
    quote_of: str  # key of the quoted post
    spoiler: str  # optional content warning (rare)


#: Fictional attendees who are open to job offers, so that the talent directory has people.
OPEN_TO_OFFERS: Final = (
    "nouf_alharbi",
    "abdulrahman_dev",
    "reem_ux",
    "hessa_data",
    "omar_alrashed",
    "ziyad_seo",
    "sara_alghamdi",
)

#: The session's hashtag; spelling variants of it and of the topic tags are
#: used on purpose in some posts (a shadda, ى for ي, a missing hamza,
#: Arabic-Indic digits) to show that search folds them into one tag.
SESSION_HASHTAG: Final = "جيتكس_2012"

ACCOUNTS: Final[list[DemoAccount]] = [
    # The real people of the seed: profiles carry only what the seed reports.
    {
        "username": "mcit_sa",
        "display_name": "وزارة الاتصالات وتقنية المعلومات",
        "bio": (
            "تحرص على نشر الوعي المعرفي وتوعية المجتمع بكل جديد في عالم تقنية"
            " المعلومات، والوصول إلى فئات الشباب والتوعية للاستخدام الإيجابي"
            " للتقنية. من مبادراتها: مبادرة نشر الثقافة والمعرفة الرقمية."
        ),
        "specialty": "الاتصالات وتقنية المعلومات",
        "kind": "organisation",
        "real": True,
    },
    {
        "username": "saad_alhamoudi",
        "display_name": "سعد الحمودي",
        "bio": "إعلامي. أدار لقاء الشباب المغردين ضمن فعاليات معرض جيتكس 2012.",
        "specialty": "الإعلام",
        "kind": "person",
        "real": True,
    },
    {
        "username": "yazeed_altaweel",
        "display_name": "يزيد الطويل",
        "bio": "مدون وكاتب تقني. مشاركته في لقاء جيتكس 2012: (تكوين الهوية في تويتر)",
        "specialty": "الكتابة التقنية",
        "kind": "person",
        "real": True,
    },
    {
        "username": "mazen_aldarrab",
        "display_name": "مازن الضراب",
        "bio": (
            "متخصص في التسويق الإلكتروني والتجارة الإلكترونية. مشاركته في لقاء"
            " جيتكس 2012: (كيف تسوق لمشروعك في تويتر بدون أن تزعج الآخرين؟)"
        ),
        "specialty": "التسويق الإلكتروني",
        "kind": "person",
        "real": True,
    },
    {
        "username": "sami_alhusain",
        "display_name": "سامي الحصين",
        "bio": (
            "المهندس، مدير عام تقنية المعلومات بالمؤسسة العامة للتدريب التقني"
            " والمهني. مشاركته في لقاء جيتكس 2012: (الشبكات الاجتماعية... أعقلها وتوكّل)"
        ),
        "specialty": "تقنية المعلومات",
        "kind": "person",
        "real": True,
    },
    {
        "username": "bassem_alsalloum",
        "display_name": "باسم السلوم",
        "bio": (
            "مدير التسويق الإلكتروني بموبايلي. مشاركته في لقاء جيتكس 2012:"
            " (شركات الإنترنت الناشئة من تويتر)"
        ),
        "specialty": "التسويق الإلكتروني",
        "kind": "person",
        "real": True,
    },
    {
        "username": "mohammed_alqasim",
        "display_name": "د. محمد بن عبدالله القاسم",
        "bio": "مستشار الوزير والمشرف العام على الخطة الوطنية للاتصالات وتقنية المعلومات.",
        "specialty": "الاتصالات وتقنية المعلومات",
        "kind": "person",
        "real": True,
    },
    # The audience: fictional people, two businesses and three startups.
    {
        "username": "nouf_alharbi",
        "display_name": "نوف الحربي",
        "bio": "محللة أمن معلومات 🔐 أكتب عن الخصوصية وحماية الحسابات. الرياض.",
        "specialty": "الأمن السيبراني",
        "kind": "person",
        "real": False,
    },
    {
        "username": "abdulrahman_dev",
        "display_name": "عبدالرحمن القحطاني",
        "bio": "مطوّر ويب (PHP و JavaScript). أحب الكود النظيف والقهوة المختصة.",
        "specialty": "تطوير الويب",
        "kind": "person",
        "real": False,
    },
    {
        "username": "reem_ux",
        "display_name": "ريم العتيبي",
        "bio": "مصممة تجربة مستخدم UX. التصميم حلٌّ للمشكلة قبل أن يكون ألواناً.",
        "specialty": "التصميم",
        "kind": "person",
        "real": False,
    },
    {
        "username": "faisal_mkt",
        "display_name": "فيصل الشهري",
        "bio": "مسوّق رقمي: حملات، محتوى، وأرقام. جدة.",
        "specialty": "التسويق الرقمي",
        "kind": "person",
        "real": False,
    },
    {
        "username": "hessa_data",
        "display_name": "حصة الدوسري",
        "bio": "أحب الأرقام أكثر من الكلام 📊 تحليل بيانات وإحصاء.",
        "specialty": "علم البيانات",
        "kind": "person",
        "real": False,
    },
    {
        "username": "turki_techpress",
        "display_name": "تركي المطيري",
        "bio": "صحفي تقني. أغطي المعارض والفعاليات التقنية مباشرة من الحدث.",
        "specialty": "الصحافة التقنية",
        "kind": "person",
        "real": False,
    },
    {
        "username": "lama_volunteer",
        "display_name": "لمى الزهراني",
        "bio": "متطوعة ومنسقة فرق تطوعية 🤍 الخير يبدأ بتغريدة.",
        "specialty": "العمل التطوعي",
        "kind": "person",
        "real": False,
    },
    {
        "username": "khalid_startups",
        "display_name": "خالد العنزي",
        "bio": "رائد أعمال في أول الطريق 🚀 أكتب عن تجاربي مع الشركات الناشئة.",
        "specialty": "ريادة الأعمال",
        "kind": "person",
        "real": False,
    },
    {
        "username": "sara_alghamdi",
        "display_name": "سارة الغامدي",
        "bio": "مطوّرة تطبيقات iOS و Android. الدمام.",
        "specialty": "تطوير تطبيقات الجوال",
        "kind": "person",
        "real": False,
    },
    {
        "username": "omar_alrashed",
        "display_name": "عمر الراشد",
        "bio": "مختص أمن شبكات. لا تضغط الرابط قبل ما تقرأه مرتين 😉",
        "specialty": "الأمن السيبراني",
        "kind": "person",
        "real": False,
    },
    {
        "username": "maha_writes",
        "display_name": "مها السبيعي",
        "bio": "كاتبة محتوى ومدوّنة. الكلمة الواضحة تختصر الطريق.",
        "specialty": "صناعة المحتوى",
        "kind": "person",
        "real": False,
    },
    {
        "username": "badr_photo",
        "display_name": "بدر الشمري",
        "bio": "مصوّر فوتوغرافي 📷 طبيعة وعمارة. حائل.",
        "specialty": "التصوير",
        "kind": "person",
        "real": False,
    },
    {
        "username": "ahmad_kw",
        "display_name": "أحمد الكندري",
        "bio": "Web developer from Kuwait 🇰🇼 مطوّر ويب ومهتم بالمصادر المفتوحة.",
        "specialty": "تطوير الويب",
        "kind": "person",
        "real": False,
    },
    {
        "username": "mariam_ae",
        "display_name": "مريم الكعبي",
        "bio": "تسويق رقمي وإدارة حسابات التواصل الاجتماعي. أبوظبي 🇦🇪",
        "specialty": "التسويق الرقمي",
        "kind": "person",
        "real": False,
    },
    {
        "username": "yousef_bh",
        "display_name": "يوسف البوعينين",
        "bio": "محلل بيانات من البحرين 🇧🇭 أحب الرسوم البيانية الواضحة.",
        "specialty": "علم البيانات",
        "kind": "person",
        "real": False,
    },
    {
        "username": "huda_ed",
        "display_name": "هدى العمري",
        "bio": "معلمة حاسب آلي. أبحث عن طرق جديدة لتعليم التقنية.",
        "specialty": "تقنيات التعليم",
        "kind": "person",
        "real": False,
    },
    {
        "username": "nasser_ops",
        "display_name": "ناصر السهلي",
        "bio": "مهندس شبكات: الشبكات التقنية نهاراً والاجتماعية مساءً 😄",
        "specialty": "إدارة الشبكات",
        "kind": "person",
        "real": False,
    },
    {
        "username": "ghada_eg",
        "display_name": "غادة منصور",
        "bio": "صحفية تقنية مصرية مقيمة في الرياض. أكتب عن الإنترنت والمجتمع.",
        "specialty": "الصحافة التقنية",
        "kind": "person",
        "real": False,
    },
    {
        "username": "majed_blood",
        "display_name": "ماجد البقمي",
        "bio": "منسق حملات تبرع بالدم ❤️ تبرعك قد ينقذ حياة. الطائف.",
        "specialty": "العمل التطوعي",
        "kind": "person",
        "real": False,
    },
    {
        "username": "joud_design",
        "display_name": "جود الفيفي",
        "bio": "مصممة جرافيك وهويات بصرية 🎨 الشعار أول انطباع.",
        "specialty": "التصميم",
        "kind": "person",
        "real": False,
    },
    {
        "username": "sultan_ecom",
        "display_name": "سلطان الحمدان",
        "bio": "صاحب متجر إلكتروني صغير. أتعلم التجارة الإلكترونية بالتجربة.",
        "specialty": "التجارة الإلكترونية",
        "kind": "person",
        "real": False,
    },
    {
        "username": "dana_jo",
        "display_name": "دانة الخطيب",
        "bio": "Data scientist from Amman 🇯🇴 تعلّم الآلة والمعالجة الآلية للعربية.",
        "specialty": "علم البيانات",
        "kind": "person",
        "real": False,
    },
    {
        "username": "mohannad_sec",
        "display_name": "مهند الجهني",
        "bio": "باحث أمن معلومات. المدينة المنورة.",
        "specialty": "الأمن السيبراني",
        "kind": "person",
        "real": False,
    },
    {
        "username": "abeer_hr",
        "display_name": "عبير القرني",
        "bio": "أخصائية توظيف في قطاع التقنية. أبحث عن المواهب في تويتر 😉",
        "specialty": "الموارد البشرية",
        "kind": "person",
        "real": False,
    },
    {
        "username": "rakan_games",
        "display_name": "راكان الحازمي",
        "bio": "مطوّر ألعاب مستقل 🎮 أحلم بلعبة سعودية يلعبها العالم.",
        "specialty": "تطوير الألعاب",
        "kind": "person",
        "real": False,
    },
    {
        "username": "shahad_student",
        "display_name": "شهد المالكي",
        "bio": "طالبة علوم حاسب، سنة ثانية 👩‍💻 أتعلم كل يوم شي جديد.",
        "specialty": "علوم الحاسب",
        "kind": "person",
        "real": False,
    },
    {
        "username": "hamad_qa",
        "display_name": "حمد المري",
        "bio": "رائد أعمال من قطر 🇶🇦 مهتم بالشركات الناشئة والتقنية المالية.",
        "specialty": "ريادة الأعمال",
        "kind": "person",
        "real": False,
    },
    {
        "username": "nora_pr",
        "display_name": "نورة الشمراني",
        "bio": "علاقات عامة وإدارة سمعة. الكلمة الطيبة تسويق.",
        "specialty": "العلاقات العامة",
        "kind": "person",
        "real": False,
    },
    {
        "username": "ziyad_seo",
        "display_name": "زياد البلوي",
        "bio": "مختص تحسين محركات البحث SEO وتحليل المواقع. تبوك.",
        "specialty": "التسويق الرقمي",
        "kind": "person",
        "real": False,
    },
    {
        "username": "asma_om",
        "display_name": "أسماء البلوشية",
        "bio": "إعلام اجتماعي ومحتوى رقمي من مسقط 🇴🇲",
        "specialty": "الإعلام الاجتماعي",
        "kind": "person",
        "real": False,
    },
    {
        "username": "ibrahim_teacher",
        "display_name": "إبراهيم الفهيد",
        "bio": "معلم ومهتم بالتقنية في التعليم. أبو ثلاثة مغردين صغار 😄",
        "specialty": "التعليم",
        "kind": "person",
        "real": False,
    },
    {
        "username": "sunbula_bakery",
        "display_name": "مخبز سنبلة",
        "bio": "مخبز عائلي 🥐 معجنات طازجة كل صباح، وطلبات المناسبات بالحجز.",
        "specialty": "المخبوزات",
        "kind": "business",
        "real": False,
    },
    {
        "username": "hibr_print",
        "display_name": "مطبعة حِبر",
        "bio": "بطاقات عمل ومطبوعات تجارية بجودة عالية وتسليم سريع 🖨",
        "specialty": "الطباعة",
        "kind": "business",
        "real": False,
    },
    {
        "username": "awna_app",
        "display_name": "عونة",
        "bio": "منصة ناشئة تجمع طلبات المساعدة بالمتطوعين 🤝 العونة عادة أهلنا.",
        "specialty": "العمل التطوعي",
        "kind": "startup",
        "real": False,
    },
    {
        "username": "dukkanah_sa",
        "display_name": "دكّانة",
        "bio": "متجر إلكتروني ناشئ يساعد الأسر المنتجة تبيع أونلاين 🛍",
        "specialty": "التجارة الإلكترونية",
        "kind": "startup",
        "real": False,
    },
    {
        "username": "sadeem_labs",
        "display_name": "سديم",
        "bio": "شركة ناشئة لتحليل بيانات الشبكات الاجتماعية 📈 بدأنا بتغريدة.",
        "specialty": "علم البيانات",
        "kind": "startup",
        "real": False,
    },
]

# The session (minute 0) ran about two hours: the moderator's introduction,
# the four talks in the seed's order, the audience's questions, and the
# adviser's closing. Speakers' posts are only their title or an exact quote.
POSTS: Final[list[DemoPost]] = [
    # --- The day before and the hours before -------------------------------
    {
        "key": "m_announce",
        "author": "mcit_sa",
        "minute": -1440,
        "text": (
            "ضمن فعاليات معرض جيتكس 2012، ترعى وزارة الاتصالات وتقنية المعلومات"
            " لقاءً تشارك فيه نخبة من الشباب المغردين في تويتر، يديره الإعلامي"
            " @saad_alhamoudi. اللقاء ضمن مبادرة نشر الثقافة والمعرفة الرقمية."
            " #جيتكس_2012 #تويتر"
        ),
    },
    {
        "key": "pre_khalid",
        "author": "khalid_startups",
        "minute": -1400,
        "quote_of": "m_announce",
        "text": "حاضر إن شاء الله 🙋‍♂️ لقاء مع مغردين شباب؟ هذا مكاني. #جيتكس_2012",
    },
    {
        "key": "pre_ziyad",
        "author": "ziyad_seo",
        "minute": -1200,
        "text": (
            "نصيحة SEO قبل لقاء بكرة: اكتب تخصصك في البايو بالكلمات اللي يبحث"
            " عنها الناس، مو بعبارات شاعرية 😄 #تويتر"
        ),
    },
    {
        "key": "m_agenda",
        "author": "mcit_sa",
        "minute": -720,
        "text": (
            "برنامج لقاء الشباب المغردين الليلة #جيتكس_2012\n"
            "يدير اللقاء: الإعلامي @saad_alhamoudi\n"
            "١. (تكوين الهوية في تويتر) @yazeed_altaweel\n"
            "٢. (كيف تسوق لمشروعك في تويتر بدون أن تزعج الآخرين؟) @mazen_aldarrab\n"
            "٣. (الشبكات الاجتماعية... أعقلها وتوكّل) م. @sami_alhusain\n"
            "٤. (شركات الإنترنت الناشئة من تويتر) @bassem_alsalloum\n"
            "ثم أسئلة الحضور، والختام مع د. محمد بن عبدالله القاسم @mohammed_alqasim"
        ),
    },
    {
        "key": "pre_reem",
        "author": "reem_ux",
        "minute": -700,
        "reply_to": "m_agenda",
        "text": (
            "(تكوين الهوية في تويتر) عنوان يخصني شخصياً 😅 أنا أكثر وحدة تشتت"
            " متابعينها بين التصميم والقهوة والسفر. #جيتكس_2012"
        ),
    },
    {
        "key": "pre_lama",
        "author": "lama_volunteer",
        "minute": -690,
        "text": (
            "أخيراً لقاء فيه حديث عن العمل التطوعي من خلال تويتر 🤍 متحمسة"
            " لمشاركة @sami_alhusain الليلة. #العمل_التطوعي #جيتكس_2012"
        ),
    },
    {
        "key": "pre_lama_r1",
        "author": "majed_blood",
        "minute": -680,
        "reply_to": "pre_lama",
        "text": "نشوفك هناك يا لمى، وجايب معي بطاقات حملة التبرع بالدم 😄❤️",
    },
    {
        "key": "pre_lama_r2",
        "author": "lama_volunteer",
        "minute": -675,
        "reply_to": "pre_lama_r1",
        "text": "ممتاز! نوزعها بعد اللقاء على الحضور إن شاء الله 🙏",
    },
    {
        "key": "pre_faisal",
        "author": "faisal_mkt",
        "minute": -400,
        "text": (
            "سؤال للمسوقين: كم مرة طلبتوا ريتويت من حساب مشهور وما رد عليكم؟ 😂"
            " عندي إحساس إن مشاركة @mazen_aldarrab الليلة بتكون عني شخصياً"
            " #التسويق_الإلكتروني #جيتكس_2012"
        ),
    },
    {
        "key": "pre_sunbula",
        "author": "sunbula_bakery",
        "minute": -300,
        "text": (
            "فريق مخبز سنبلة بيكون بين الحضور الليلة 🥐 جايين نتعلم كيف نسوّق"
            " لكم بدون ما نزعجكم 😄 #جيتكس_2012"
        ),
    },
    {
        "key": "pre_turki",
        "author": "turki_techpress",
        "minute": -240,
        "text": (
            "سأغطي الليلة لقاء الشباب المغردين ضمن #جيتكس_2012 مباشرة من القاعة."
            " تابعوا التغطية على هذا الحساب 🎙"
        ),
    },
    {
        "key": "pre_shahad",
        "author": "shahad_student",
        "minute": -120,
        "text": "أول مرة أحضر جيتكس 🙈 أحد يعرف كم مدة اللقاء تقريباً؟ #جيتكس_2012",
    },
    {
        "key": "pre_shahad_r1",
        "author": "ghada_eg",
        "minute": -110,
        "reply_to": "pre_shahad",
        "text": (
            "أربع مشاركات وبعدها أسئلة، فاحسبيها ساعتين تقريباً 😊 تعالي بدري،"
            " وإذا ما لقيتي مقعد تابعي الهاشتاق"
        ),
    },
    {
        "key": "pre_ibrahim",
        "author": "ibrahim_teacher",
        "minute": -90,
        "text": (
            "جايين أنا وولدي الكبير للقاء الليلة 😄 نبي نفهم تويتر صح قبل ما"
            " يفتح حسابه. #جيتكس_2012"
        ),
    },
    {
        "key": "pre_hessa",
        "author": "hessa_data",
        "minute": -60,
        "text": (
            "Data person here 📊 بحاول أرصد تفاعل الهاشتاق خلال اللقاء وأشارككم"
            " النتيجة بعده. #جيتكس_2012"
        ),
    },
    {
        "key": "pre_nouf",
        "author": "nouf_alharbi",
        "minute": -45,
        "text": (
            "في الطريق لجيتكس 🚗 أحد من أهل الأمن السيبراني حاضر اللقاء؟ خلونا نتعرف #جيتكس_2012"
        ),
    },
    {
        "key": "pre_nouf_r1",
        "author": "omar_alrashed",
        "minute": -40,
        "reply_to": "pre_nouf",
        "text": "حاضر 🙋‍♂️ الصف الثالث على اليمين",
    },
    {
        "key": "pre_nouf_r2",
        "author": "mohannad_sec",
        "minute": -35,
        "reply_to": "pre_nouf_r1",
        "text": "وأنا بعد، بجيكم. عطوني مكان 😄",
    },
    {
        "key": "pre_rakan",
        "author": "rakan_games",
        "minute": -30,
        "text": "اللي بيحضر اللقاء ويشوف واحد بكاب أسود في الخلف، هذا أنا 🧢 نتعارف! #جيتكس_2012",
    },
    {
        "key": "pre_ahmad",
        "author": "ahmad_kw",
        "minute": -20,
        "text": (
            "Heading to the young Twitter users' session at #جيتكس_2012 —"
            " curious to hear how they talk about personal branding."
        ),
    },
    {
        "key": "pre_awna",
        "author": "awna_app",
        "minute": -15,
        "text": (
            "في عونة نؤمن إن تويتر يقدر يوصل المحتاج بالمتطوع في دقائق."
            " متحمسين لمشاركة @sami_alhusain الليلة 🤝 #العمل_التطوعي #جيتكس_2012"
        ),
    },
    # --- The moderator's introduction ---------------------------------------
    {
        "key": "m_now",
        "author": "mcit_sa",
        "minute": 0,
        "text": (
            "بدأ الآن لقاء الوزارة مع نخبة من الشباب المغردين ضمن فعاليات"
            " #جيتكس_2012، ويقدّم الإعلامي @saad_alhamoudi نبذة عن المشاركين وعن"
            " أهداف اللقاء."
        ),
    },
    {
        "key": "intro_turki",
        "author": "turki_techpress",
        "minute": 2,
        "text": (
            "بدأ اللقاء 🎙 @saad_alhamoudi يعرّف بالمشاركين وبأهداف اللقاء،"
            " وأغلب الحضور من الشباب. #جيتكس_2012"
        ),
    },
    {
        "key": "intro_shahad",
        "author": "shahad_student",
        "minute": 3,
        "reply_to": "pre_shahad_r1",
        "text": "وصلت ولقيت مقعد 🥳 شكراً غادة!",
    },
    {
        "key": "intro_hessa",
        "author": "hessa_data",
        "minute": 5,
        "text": "الهاشتاق بدأ يتحرك من أول خمس دقائق 🔥 #جيتكس_2012",
    },
    # --- Yazeed Al-Taweel: تكوين الهوية في تويتر ---------------------------
    {
        "key": "y_title",
        "author": "yazeed_altaweel",
        "minute": 8,
        "text": "تكوين الهوية في تويتر",
    },
    {
        "key": "y_turki",
        "author": "turki_techpress",
        "minute": 9,
        "text": (
            "أولى المشاركات: @yazeed_altaweel المدون والكاتب التقني، بعنوان"
            " (تكوين الهوية في تويتر). #جيتكس_2012 #تويتر"
        ),
    },
    {
        "key": "y_abeer",
        "author": "abeer_hr",
        "minute": 10,
        "quote_of": "y_title",
        "text": "الموضوع اللي يحتاجه كل باحث عن عمل 👌 #جيتكس_2012",
    },
    {
        "key": "y_reem",
        "author": "reem_ux",
        "minute": 11,
        "text": (
            "الفكرة باختصار: ارسم هوية واضحة لتغريداتك، ولا تشتت متابعك بتفاصيل"
            " يومياتك. طيب وين أودي صور القهوة؟ ☕😂 #جيتكس_2012"
        ),
    },
    {
        "key": "y_reem_r1",
        "author": "ziyad_seo",
        "minute": 12,
        "reply_to": "y_reem",
        "text": "حسابين: واحد للشغل وواحد للقهوة 😄",
    },
    {
        "key": "y_reem_r2",
        "author": "reem_ux",
        "minute": 13,
        "reply_to": "y_reem_r1",
        "text": "فكرة! بس أخاف أنسى أنا داخلة بأي حساب 🙈",
    },
    {
        "key": "y_abeer2",
        "author": "abeer_hr",
        "minute": 14,
        "text": (
            "من واقع شغلي في التوظيف: أحياناً نفتح حساب المرشح في تويتر قبل"
            " سيرته الذاتية. الهوية الواضحة تفرق كثير. #جيتكس_2012"
        ),
    },
    {
        "key": "y_omar",
        "author": "omar_alrashed",
        "minute": 15,
        "text": (
            "مقتنع 100%. لو تابعت حساب أمن معلومات أبي تنبيهات وثغرات، مو وش"
            " تغدّى اليوم 😅 #جيتكس_2012 #تويتر"
        ),
    },
    {
        "key": "y_omar_r1",
        "author": "mohannad_sec",
        "minute": 16,
        "reply_to": "y_omar",
        "text": "وإذا تغدّى، لا ينشر صورة الفاتورة وفيها أرقام البطاقة 😂🔐",
    },
    {
        "key": "y_sara",
        "author": "sara_alghamdi",
        "minute": 17,
        "text": (
            "أكثر نقطة لمستني: إن تركيز @yazeed_altaweel على تخصصه أعطاه فرصة"
            " عروض وظيفية من شركات متخصصة في مجاله. يعني حسابك ممكن يكون سيرتك"
            " الذاتية الحية 👌 #جيتكس_2012"
        ),
    },
    {
        "key": "y_dana",
        "author": "dana_jo",
        "minute": 19,
        "text": "Personal branding = consistency. Pick a lane and stay in it. #جيتكس_2012",
    },
    {
        "key": "y_maha",
        "author": "maha_writes",
        "minute": 20,
        "text": (
            "خلونا نكون منصفين: شوية من الشخصية تخلي الحساب إنساني. المشكلة لما"
            " تطغى اليوميات على التخصص. وش رأيكم؟ #تويتر"
        ),
    },
    {
        "key": "y_maha_r1",
        "author": "ibrahim_teacher",
        "minute": 21,
        "reply_to": "y_maha",
        "text": "أتفق، السر في النسبة. لو أغلب تغريداتك في تخصصك والباقي شخصي ما فيها شي 👍",
    },
    {
        "key": "y_maha_r2",
        "author": "hessa_data",
        "minute": 22,
        "reply_to": "y_maha_r1",
        "text": "ودي أحسبها لحسابي فعلاً… كم نسبة تغريداتي عن البيانات؟ أتوقع أقل من ٣٠٪ 😬",
    },
    {
        "key": "y_maha_r3",
        "author": "maha_writes",
        "minute": 24,
        "reply_to": "y_maha_r2",
        "text": "هذي فكرة تطبيق يا حصة: يحسب لك نسبة تخصصك ويرسمها لك كل أسبوع 😉",
    },
    {
        "key": "y_huda",
        "author": "huda_ed",
        "minute": 25,
        "text": (
            "بطبّق الفكرة مع طالباتي: كل وحدة تختار مجال وتكتب عنه أسبوع كامل،"
            " ونشوف مين بنت هوية أوضح 📚 #جيتكس_2012 #تويتر"
        ),
    },
    {
        "key": "y_abdulrahman",
        "author": "abdulrahman_dev",
        "minute": 26,
        "text": "سؤال للمطورين: حساب واحد ثنائي اللغة ولا حسابين، عربي وإنجليزي؟ 🤔",
    },
    {
        "key": "y_abdulrahman_r1",
        "author": "ahmad_kw",
        "minute": 27,
        "reply_to": "y_abdulrahman",
        "text": "حساب واحد وأكتب بالاثنين، والمتابعين يتعودون 🙂",
    },
    {
        "key": "y_abdulrahman_r2",
        "author": "dana_jo",
        "minute": 28,
        "reply_to": "y_abdulrahman",
        "text": "I do both in one account. The topic matters more than the language.",
    },
    {
        "key": "y_khalid",
        "author": "khalid_startups",
        "minute": 28,
        "text": ("فكرة إنك تقدر تسوّق نفسك من خلال تويتر لحالها تستاهل الحضور 💡 #جيتكس_2012"),
    },
    {
        "key": "y_badr",
        "author": "badr_photo",
        "minute": 29,
        "text": "كمصوّر: بطّلت أنزّل صور أكلي 😂 من اليوم الحساب للتصوير وبس. #جيتكس_2012",
    },
    {
        "key": "y_yousef",
        "author": "yousef_bh",
        "minute": 30,
        "text": (
            "من البحرين نتابع الهاشتاق 👋 موضوع الهوية الواضحة ينطبق على المدونات"
            " بعد، مو بس تويتر. #جيتكس_٢٠١٢"
        ),
    },
    # --- Mazen Al-Darrab: كيف تسوق لمشروعك في تويتر بدون أن تزعج الآخرين؟ --
    {
        "key": "z_title",
        "author": "mazen_aldarrab",
        "minute": 31,
        "text": "كيف تسوق لمشروعك في تويتر بدون أن تزعج الآخرين؟",
    },
    {
        "key": "z_turki",
        "author": "turki_techpress",
        "minute": 32,
        "text": (
            "المشاركة الثانية: @mazen_aldarrab المتخصص في التسويق الإلكتروني"
            " والتجارة الإلكترونية، بعنوان (كيف تسوق لمشروعك في تويتر بدون أن"
            " تزعج الآخرين؟) #جيتكس_2012 #التسويق_الإلكتروني"
        ),
    },
    {
        "key": "z_faisal",
        "author": "faisal_mkt",
        "minute": 34,
        "text": (
            "العنوان لحاله درس 👌 «بدون أن تزعج الآخرين»… كم حساب تجاري لازم يسمع"
            " هالكلام. #التسويق_الالكتروني"
        ),
    },
    {
        "key": "z_mariam",
        "author": "mariam_ae",
        "minute": 36,
        "text": (
            "نقطة الصورة الرمزية: هي أكبر دلالة على منتجك أو خدمتك، فاحرص على"
            " اختيارها 🎯 أول شي يشوفه الناس قبل أي تغريدة. #جيتكس_2012"
            " #التسويق_الإلكتروني"
        ),
    },
    {
        "key": "z_joud",
        "author": "joud_design",
        "minute": 37,
        "quote_of": "z_mariam",
        "text": "كمصممة أبصم بالعشرة 🎨 الصورة الرمزية هي واجهة المحل.",
    },
    {
        "key": "z_hibr",
        "author": "hibr_print",
        "minute": 38,
        "text": (
            "وصلت الرسالة 👂 صورتنا الرمزية حالياً صورة مكينة الطباعة 😅 بنغيرها"
            " لشعار واضح. #جيتكس_2012"
        ),
    },
    {
        "key": "z_hibr_r1",
        "author": "joud_design",
        "minute": 39,
        "reply_to": "z_hibr",
        "text": "إذا تبون مساعدة في الشعار أنا موجودة 😉",
    },
    {
        "key": "z_hibr_r2",
        "author": "hibr_print",
        "minute": 40,
        "reply_to": "z_hibr_r1",
        "text": "تم 🤝 نراسلك بعد اللقاء.",
    },
    {
        "key": "z_sunbula",
        "author": "sunbula_bakery",
        "minute": 41,
        "text": (
            "الجوائز والمزايا للمتابعين؟ نطبّق على طول 😄 مسابقة 🥐: تابع"
            " @sunbula_bakery ورد على هذي التغريدة بمعجناتك المفضلة، ونسحب على 10"
            " فائزين بصندوق معجنات. آخر موعد: بكرة العصر. #جيتكس_2012"
        ),
    },
    {
        "key": "z_sunbula_r1",
        "author": "nasser_ops",
        "minute": 42,
        "reply_to": "z_sunbula",
        "text": "تسويق فوري 😂👏 فطيرة الزعتر، ولا شي يعلى عليها",
    },
    {
        "key": "z_sunbula_r2",
        "author": "sultan_ecom",
        "minute": 43,
        "reply_to": "z_sunbula",
        "text": "هذا اللي نسميه تطبيق مباشر 👌 الكرواسون بالجبن لو سمحتوا",
    },
    {
        "key": "z_ziyad",
        "author": "ziyad_seo",
        "minute": 44,
        "text": (
            "المزعج مو التسويق، المزعج التسويق الغلط. SEO ومحتوى نافع يجيبون لك"
            " ناس يدورونك، مو ناس غصب عنهم 🙂 #التسويق_الإلكتروني"
        ),
    },
    {
        "key": "z_nora",
        "author": "nora_pr",
        "minute": 45,
        "text": (
            "طلب الرتويت من المشاهير كأمر غير مقبول، لكن بطريقة مهذبة مثل:"
            " «للاطلاع وفي حالة إعجابك به فيمكنك عمل ريتويت» — الصيغة اللي"
            " ذكرها @mazen_aldarrab. احفظوها 📝 #جيتكس_2012"
        ),
    },
    {
        "key": "z_faisal2",
        "author": "faisal_mkt",
        "minute": 46,
        "quote_of": "z_nora",
        "text": (
            "أعترف إني مرة أرسلت «رتويت لو سمحت» لعشرين حساب مشهور دفعة وحدة 🙈"
            " من اليوم الصيغة المهذبة وبس."
        ),
    },
    {
        "key": "z_sultan",
        "author": "sultan_ecom",
        "minute": 47,
        "text": (
            "كصاحب متجر إلكتروني: المتابع اللي جاك لأنه يحب منتجك أغلى من ألف"
            " متابع جاك عشان مسابقة. بس المسابقة تفتح الباب 🙂 #التجارة_الإلكترونية"
        ),
    },
    {
        "key": "z_dukkanah",
        "author": "dukkanah_sa",
        "minute": 48,
        "text": (
            "في دكّانة نساعد الأسر المنتجة تبيع أونلاين، وأكثر سؤال يجينا: كيف"
            " أسوّق في تويتر؟ الحين عندنا جواب أوضح 😄 #التسويق_الإلكتروني"
            " #جيتكس_2012"
        ),
    },
    {
        "key": "z_badr",
        "author": "badr_photo",
        "minute": 49,
        "text": (
            "صوّرت لمحلات كثيرة، وأغلبهم يختار صورة رمزية مشوشة أو مقصوصة 😅"
            " الصورة الواضحة تبيع قبل الكلام."
        ),
    },
    {
        "key": "z_ghada",
        "author": "ghada_eg",
        "minute": 50,
        "text": (
            "ملاحظة صحفية: قدّم @mazen_aldarrab أمثلة لشركات سوّقت لنفسها من"
            " خلال تويتر، والحالات العملية دائماً أقوى من النظريات. #جيتكس_2012"
        ),
    },
    {
        "key": "z_rakan",
        "author": "rakan_games",
        "minute": 52,
        "text": "Note to self: stop DMing big accounts «RT plz». Ask politely, or don't ask 😅",
    },
    {
        "key": "z_asma",
        "author": "asma_om",
        "minute": 53,
        "text": (
            "من مسقط نتابع 🇴🇲 التسويق بدون إزعاج مهم جداً للمشاريع الصغيرة"
            " عندنا، أغلبها بدأت من حسابات تواصل. #التسويق_الإلكتروني"
        ),
    },
    # --- Sami Al-Husain: الشبكات الاجتماعية... أعقلها وتوكّل ---------------
    {
        "key": "s_turki",
        "author": "turki_techpress",
        "minute": 56,
        "text": (
            "المشاركة الثالثة: المهندس @sami_alhusain مدير عام تقنية المعلومات"
            " بالمؤسسة العامة للتدريب التقني والمهني، بعنوان (الشبكات"
            " الاجتماعية... أعقلها وتوكّل) عن العمل التطوعي من خلال تويتر."
            " #جيتكس_2012 #العمل_التطوعي"
        ),
    },
    {
        "key": "s_nasser",
        "author": "nasser_ops",
        "minute": 57,
        "text": (
            "كمهندس شبكات، أول مرة أحضر لقاء عن الشبكات الاجتماعية مو التقنية 😄"
            " وطلع ممتع أكثر من المتوقع. #جيتكس_2012"
        ),
    },
    {
        "key": "s_lama",
        "author": "lama_volunteer",
        "minute": 58,
        "text": (
            "«أعقلها وتوكّل» 🤍 عنوان في محله: الحماس للخير حلو، والتنظيم يخليه يوصل. #العمل_التطوّعي"
        ),
    },
    {
        "key": "s_majed",
        "author": "majed_blood",
        "minute": 60,
        "text": (
            "قال @sami_alhusain: «إننا نغرد لأننا نؤمن بأن الدال على الخير"
            " كفاعله» 💚 وهذا اللي يخلينا نكمّل في حملات التبرع بالدم."
            " #العمل_التطوعي"
        ),
    },
    {
        "key": "s_awna",
        "author": "awna_app",
        "minute": 62,
        "text": (
            "التفاعل بين المتابعين في تقديم المساعدة للغير هو بالضبط سبب وجود"
            " عونة 🙏 #العمل_التطوعى #جيتكس_2012"
        ),
    },
    {
        "key": "s_blood",
        "author": "majed_blood",
        "minute": 63,
        "spoiler": "طلب تبرع بالدم لحالة مرضية",
        "text": (
            "مطلوب متبرعين بالدم فصيلة O- لمريضة في أحد مستشفيات الرياض ❤️ اللي"
            " يقدر يتبرع يراسلني على الخاص، واللي ما يقدر ينشر، فالدال على الخير"
            " كفاعله. #العمل_التطوعي #التبرع_بالدم"
        ),
    },
    {
        "key": "s_blood_r1",
        "author": "nouf_alharbi",
        "minute": 64,
        "reply_to": "s_blood",
        "text": "فصيلتي O- 🙋‍♀️ راسلتك الحين.",
    },
    {
        "key": "s_blood_r2",
        "author": "majed_blood",
        "minute": 66,
        "reply_to": "s_blood_r1",
        "text": "جزاك الله خير يا نوف 🤍 باقي نحتاج اثنين.",
    },
    {
        "key": "s_blood_r3",
        "author": "sara_alghamdi",
        "minute": 68,
        "reply_to": "s_blood_r2",
        "text": "نشرتها في قروب الدفعة، وفيه وحدة فصيلتها O- بتتواصل معك 👍",
    },
    {
        "key": "s_ibrahim",
        "author": "ibrahim_teacher",
        "minute": 67,
        "text": (
            "كمعلم: أعلّم طلابي إن نشر طلب مساعدة صادق عمل خير، بس تأكد من"
            " المصدر قبل تنشر. وهذا معنى أعقلها وتوكّل 👌 #العمل_التطوعي"
        ),
    },
    {
        "key": "s_hamad",
        "author": "hamad_qa",
        "minute": 69,
        "text": (
            "من قطر 🇶🇦 شفت حملات تطوعية كاملة انطلقت من هاشتاق واحد. الشبكات"
            " الاجتماعية قوة خير إذا أحسنّا استخدامها. #العمل_التطوعي"
        ),
    },
    {
        "key": "s_omar",
        "author": "omar_alrashed",
        "minute": 72,
        "text": (
            "إضافة من ناحية أمنية 🔐 انتبهوا للحسابات اللي تجمع تبرعات باسم"
            " حالات إنسانية. تحقق قبل ما تحوّل ريال. #العمل_التطوعي"
            " #الأمن_السيبراني"
        ),
    },
    {
        "key": "s_omar_r1",
        "author": "lama_volunteer",
        "minute": 73,
        "reply_to": "s_omar",
        "text": "نقطة مهمة جداً 👍 التوثيق جزء من التطوع، مو عائق له.",
    },
    {
        "key": "s_asma",
        "author": "asma_om",
        "minute": 75,
        "text": "Volunteering + Twitter = الخير يوصل أسرع 🤍 #العمل_التطوعي",
    },
    {
        "key": "s_sami_quote",
        "author": "sami_alhusain",
        "minute": 78,
        "text": ("انشروا الخير على صفحات الشبكات الاجتماعية.. كي لا يقال ضاع حق في بلاد المسلمين"),
    },
    {
        "key": "s_lama2",
        "author": "lama_volunteer",
        "minute": 79,
        "quote_of": "s_sami_quote",
        "text": "ختام يقشعر له البدن 🤍 #العمل_التطوعي #جيتكس_2012",
    },
    {
        "key": "s_turki2",
        "author": "turki_techpress",
        "minute": 79,
        "text": (
            "اختتم @sami_alhusain مشاركته بقوله: «انشروا الخير على صفحات"
            " الشبكات الاجتماعية.. كي لا يقال ضاع حق في بلاد المسلمين»"
            " #جيتكس_2012"
        ),
    },
    # --- Bassem Al-Salloum: شركات الإنترنت الناشئة من تويتر ----------------
    {
        "key": "b_title",
        "author": "bassem_alsalloum",
        "minute": 81,
        "text": "شركات الإنترنت الناشئة من تويتر",
    },
    {
        "key": "b_turki",
        "author": "turki_techpress",
        "minute": 82,
        "text": (
            "وختام المشاركات مع @bassem_alsalloum مدير التسويق الإلكتروني"
            " بموبايلي، بعنوان (شركات الإنترنت الناشئة من تويتر). #جيتكس_2012"
            " #ريادة_الأعمال"
        ),
    },
    {
        "key": "b_khalid",
        "author": "khalid_startups",
        "minute": 84,
        "text": (
            "هذي اللي جيت عشانها 🚀 أمثلة لشركات بدأت نشاطها من تويتر وحققت"
            " نجاحات مبهرة. اللي طلعت فيه أنا: ما تحتاج مكتب ولا ميزانية عشان"
            " تبدأ، تحتاج فكرة وناس يصدقونك. #ريادة_الأعمال #startup"
        ),
    },
    {
        "key": "b_sadeem",
        "author": "sadeem_labs",
        "minute": 86,
        "text": (
            "سديم نفسها بدأت بتغريدة 😄 أول عميل جانا من رد على هاشتاق. تويتر"
            " حاضنة أعمال مجانية لمن يعرف يستخدمه. #ريادة_الاعمال"
        ),
    },
    {
        "key": "b_hamad",
        "author": "hamad_qa",
        "minute": 87,
        "text": (
            "Twitter is the cheapest MVP test you'll ever run. غرّد بالفكرة وشوف"
            " التفاعل قبل ما تكتب سطر كود. #ريادة_الأعمال #startup"
        ),
    },
    {
        "key": "b_hamad_r1",
        "author": "abdulrahman_dev",
        "minute": 88,
        "reply_to": "b_hamad",
        "text": "صح، بس لا يخدعك عدد الريتويتات، التفاعل مو دايم يعني ناس بتدفع 😅",
    },
    {
        "key": "b_hamad_r2",
        "author": "hamad_qa",
        "minute": 89,
        "reply_to": "b_hamad_r1",
        "text": "أكيد، الـ validation الحقيقي لما أحد يدفع 💸",
    },
    {
        "key": "b_hamad_r3",
        "author": "khalid_startups",
        "minute": 90,
        "reply_to": "b_hamad_r2",
        "text": "هذا نقاش يستاهل لقاء لحاله 😂 نكمله بعد الأسئلة؟",
    },
    {
        "key": "b_dana",
        "author": "dana_jo",
        "minute": 91,
        "text": (
            "لو كل شركة ناشئة بدأت من تويتر تنشر منحنى نمو متابعيها وتفاعلها"
            " شهر بشهر، كان تعلمنا منها أكثر 📈 #ريادة_الأعمال"
        ),
    },
    {
        "key": "b_rakan",
        "author": "rakan_games",
        "minute": 93,
        "text": "لعبتنا الجاية بتنطلق من تويتر 🎮 ومتابعينها هم أول المختبرين. #ريادة_الأعمال",
    },
    {
        "key": "b_mariam",
        "author": "mariam_ae",
        "minute": 94,
        "text": (
            "الجميل إن المشاركات الأربع تكمل بعض: هوية ← تسويق ← تطوع ← شركات ناشئة 👌 #جيتكس_2012"
        ),
    },
    # --- Questions from the audience -----------------------------------------
    {
        "key": "m_qa",
        "author": "mcit_sa",
        "minute": 96,
        "text": "فُتح المجال الآن للحضور لطرح أسئلتهم واستفساراتهم على المشاركين. #جيتكس_2012",
    },
    {
        "key": "q_shahad",
        "author": "shahad_student",
        "minute": 97,
        "text": (
            "سؤالي لـ @yazeed_altaweel: أنا طالبة وما عندي تخصص واضح لسه، كيف"
            " أبني هوية في تويتر؟ #جيتكس_2012"
        ),
    },
    {
        "key": "q_sultan",
        "author": "sultan_ecom",
        "minute": 98,
        "text": (
            "سؤال لـ @mazen_aldarrab: المسابقات تجيب متابعين، بس كيف نضمن إن"
            " السحب عادل وما أحد يشكك فيه؟ #جيتكس_2012 #التسويق_الإلكتروني"
        ),
    },
    {
        "key": "q_shahad_r1",
        "author": "huda_ed",
        "minute": 99,
        "reply_to": "q_shahad",
        "text": "يا شهد ابدئي بالشي اللي تحبين تقرين عنه وتشاركينه، الهوية تتكوّن مع الوقت 🌱",
    },
    {
        "key": "q_shahad_r2",
        "author": "shahad_student",
        "minute": 100,
        "reply_to": "q_shahad_r1",
        "text": "شكراً أستاذة هدى 🤍",
    },
    {
        "key": "q_sultan_r1",
        "author": "hessa_data",
        "minute": 101,
        "reply_to": "q_sultan",
        "text": (
            "اقتراح: انشر قائمة المشاركين قبل السحب، وطريقة السحب نفسها، بحيث"
            " أي أحد يقدر يعيد الحساب ويتحقق 🎲"
        ),
    },
    {
        "key": "q_lama",
        "author": "lama_volunteer",
        "minute": 102,
        "text": (
            "سؤال لـ @sami_alhusain: كيف نتأكد إن طلب المساعدة لسه قائم؟ كثير"
            " تنتشر تغريدات قديمة بعد ما تنحل الحالة. #العمل_التطوعي"
        ),
    },
    {
        "key": "q_lama_r1",
        "author": "awna_app",
        "minute": 104,
        "reply_to": "q_lama",
        "text": (
            "هذا بالضبط اللي نشتغل عليه: كل طلب له حالة واضحة (مفتوح ← قيد"
            " المساعدة ← تم) وتتحدّث أول بأول 🙌"
        ),
    },
    {
        "key": "q_abdulrahman",
        "author": "abdulrahman_dev",
        "minute": 105,
        "text": (
            "سؤال لـ @bassem_alsalloum: متى تعرف إن مشروعك اللي بدأ من تويتر صار"
            " جاهز يطلع لبرّا تويتر؟ #ريادة_الأعمال"
        ),
    },
    {
        "key": "q_nouf",
        "author": "nouf_alharbi",
        "minute": 106,
        "text": (
            "سؤال للجميع: كيف تحمي حسابك إذا صار مصدر رزقك؟ 🔐 كلمة مرور قوية"
            " ومختلفة، ولا تضغط أي رابط يجيك في الخاص. #الأمن_السيبراني"
        ),
    },
    {
        "key": "q_badr",
        "author": "badr_photo",
        "minute": 108,
        "text": "أحد سأل عن حقوق الصور؟ تصويري ينسرق كل يوم بدون ذكر المصدر 😤",
    },
    {
        "key": "q_badr_r1",
        "author": "mariam_ae",
        "minute": 109,
        "reply_to": "q_badr",
        "text": "سؤالك مهم يا بدر، اكتبه في الهاشتاق عشان يوصل. وحط اسمك على الصور 📷",
    },
    {
        "key": "q_yousef",
        "author": "yousef_bh",
        "minute": 110,
        "text": (
            "سؤال من البحرين عبر الهاشتاق: ودنا بلقاءات مشابهة لطلاب الجامعات،"
            " مين يتبنى الفكرة؟ #جيتكس_2012"
        ),
    },
    {
        "key": "q_ghada",
        "author": "ghada_eg",
        "minute": 111,
        "text": (
            "من الأسئلة اللي سمعتها حولي: أغلبها عن التسويق والعمل التطوعي."
            " مؤشر على اهتمامات الشباب في تويتر. #جيتكس_2012"
        ),
    },
    {
        "key": "q_ahmad",
        "author": "ahmad_kw",
        "minute": 113,
        "text": "Great Q&A. Arabic Twitter is way ahead in using the platform for good. #جيتكس_2012",
    },
    {
        "key": "q_joud",
        "author": "joud_design",
        "minute": 115,
        "text": "سؤال ما لحقت أسأله: هل هوية الحساب الشخصي تختلف عن هوية الحساب التجاري؟ 🤔",
    },
    {
        "key": "q_joud_r1",
        "author": "reem_ux",
        "minute": 116,
        "reply_to": "q_joud",
        "text": "التجاري هويته المنتج، والشخصي هويته أنت وتخصصك. والاثنين يبون وضوح 👌",
    },
    {
        "key": "q_joud_r2",
        "author": "faisal_mkt",
        "minute": 117,
        "reply_to": "q_joud_r1",
        "text": "وأضيف: التجاري يبدأ بالصورة الرمزية، لأنها أكبر دلالة على منتجك 😉",
    },
    # --- The closing ------------------------------------------------------------
    {
        "key": "c_turki",
        "author": "turki_techpress",
        "minute": 119,
        "text": (
            "في ختام اللقاء شكر د. محمد بن عبدالله القاسم @mohammed_alqasim،"
            " مستشار الوزير والمشرف العام على الخطة الوطنية للاتصالات وتقنية"
            " المعلومات، المشاركين على ما قدموه من طرح مميز نابع من خلاصة"
            " تجربتهم في تويتر. #جيتكس_2012"
        ),
    },
    {
        "key": "c_ghada",
        "author": "ghada_eg",
        "minute": 121,
        "text": (
            "وأوضح د. القاسم أن هذه المحاضرات تندرج ضمن مبادرة نشر الثقافة"
            " والمعرفة الرقمية، وهي إحدى مبادرات الوزارة. #جيتكس_2012"
        ),
    },
    {
        "key": "m_thanks",
        "author": "mcit_sa",
        "minute": 123,
        "text": (
            "شكراً للمشاركين @yazeed_altaweel ، @mazen_aldarrab ،"
            " @sami_alhusain ، @bassem_alsalloum على طرحهم المميز، ولمدير اللقاء"
            " @saad_alhamoudi، ولكل من حضر وتابع. تحرص الوزارة على إقامة مثل هذه"
            " اللقاءات للوصول إلى فئات الشباب والتوعية للاستخدام الإيجابي"
            " للتقنية. #جيتكس_2012"
        ),
    },
    # --- After the session --------------------------------------------------------
    {
        "key": "a_khalid",
        "author": "khalid_startups",
        "minute": 126,
        "text": "أفضل ساعتين في #جيتكس_2012 إلى الآن 🙌 شكراً @mcit_sa على اللقاء.",
    },
    {
        "key": "a_nora",
        "author": "nora_pr",
        "minute": 127,
        "reply_to": "m_thanks",
        "text": "شكراً لكم على لقاء راقٍ، ونتمنى تتكرر هذي اللقاءات 🙏",
    },
    {
        "key": "a_reem",
        "author": "reem_ux",
        "minute": 130,
        "reply_to": "y_reem_r2",
        "text": ("قررت: من اليوم حسابي للتصميم وتجربة المستخدم UX وبس. القهوة لها الله ☕ #تـويتر"),
    },
    {
        "key": "a_hessa",
        "author": "hessa_data",
        "minute": 135,
        "reply_to": "pre_hessa",
        "text": (
            "النتيجة 📊 حسب رصدي البسيط، أعلى تفاعل في التايملاين عندي كان وقت"
            " مشاركة العمل التطوعي، وبعدها التسويق. التفاصيل والرسم البياني في"
            " التدوينة: https://example.com/blog/gitex-2012-hashtag"
        ),
    },
    {
        "key": "a_turki",
        "author": "turki_techpress",
        "minute": 140,
        "text": (
            "التغطية الكاملة للقاء الشباب المغردين في #جيتكس_2012 منشورة الآن:"
            " https://example.com/news/gitex-2012-twitter-session"
        ),
    },
    {
        "key": "a_sadeem",
        "author": "sadeem_labs",
        "minute": 145,
        "text": (
            "طريفة من تحليل الليلة 😄 ناس كتبوا #جيتكس_٢٠١٢ وناس #جيتكس_2012،"
            " ونفس الشي مع #العمل_التطوعي و #العمل_التطوّعي. محرك البحث لازم"
            " يفهم إنها وسم واحد."
        ),
    },
    {
        "key": "a_faisal",
        "author": "faisal_mkt",
        "minute": 150,
        "text": "ملخصي للقاء في ثلاث كلمات: هوية، تهذيب، خير 🤍 #جيتكس_2012",
    },
    {
        "key": "m_summary1",
        "author": "mcit_sa",
        "minute": 160,
        "text": (
            "ملخص لقاء الوزارة مع الشباب المغردين في #جيتكس_2012 (١/٣): أدار"
            " اللقاء الإعلامي @saad_alhamoudi. في (تكوين الهوية في تويتر) أوضح"
            " @yazeed_altaweel أهمية رسم هوية واضحة للتغريدات وعدم تشتيت المتابع"
            " بالأمور الشخصية وتفاصيل اليوميات، وأن تركيزه على تخصصه أعطاه"
            " الفرصة للحصول على عروض وظيفية من شركات متخصصة في مجاله."
        ),
    },
    {
        "key": "m_summary2",
        "author": "mcit_sa",
        "minute": 161,
        "reply_to": "m_summary1",
        "text": (
            "(٢/٣) في (كيف تسوق لمشروعك في تويتر بدون أن تزعج الآخرين؟) قدّم"
            " @mazen_aldarrab أمثلة لشركات سوّقت لنفسها من خلال تويتر: الصورة"
            " الرمزية أكبر دلالة على المنتج أو الخدمة، والجوائز والمزايا تزيد"
            " المتابعين، وطلب الرتويت من المشاهير يكون بطريقة مهذبة لا كأمر. وفي"
            " (الشبكات الاجتماعية... أعقلها وتوكّل) ضرب م. @sami_alhusain أمثلة"
            " لتجارب العمل التطوعي من خلال تويتر. #العمل_التطوعي"
        ),
    },
    {
        "key": "m_summary3",
        "author": "mcit_sa",
        "minute": 162,
        "reply_to": "m_summary2",
        "text": (
            "(٣/٣) وفي (شركات الإنترنت الناشئة من تويتر) استشهد @bassem_alsalloum"
            " بأمثلة لشركات بدأت نشاطها من خلال تويتر وحققت نجاحات مبهرة. ثم فُتح"
            " المجال لأسئلة الحضور، وختم د. محمد بن عبدالله القاسم بشكر"
            " المشاركين. اللقاء ضمن مبادرة نشر الثقافة والمعرفة الرقمية."
            " #ريادة_الأعمال"
        ),
    },
    {
        "key": "a_sultan",
        "author": "sultan_ecom",
        "minute": 170,
        "quote_of": "m_summary1",
        "text": "ملخص مرتب يستاهل الحفظ 👌 للي فاته اللقاء.",
    },
    {
        "key": "a_abeer",
        "author": "abeer_hr",
        "minute": 180,
        "text": (
            "بعد لقاء الليلة: إذا تدور وظيفة، خل تخصصك واضح في البايو. إحنا في"
            " التوظيف نبحث بهالكلمات حرفياً 🔎 #تويتر"
        ),
    },
    {
        "key": "a_sara",
        "author": "sara_alghamdi",
        "minute": 190,
        "text": (
            "راجعت آخر 50 تغريدة لي: 18 بس عن تطوير التطبيقات، والباقي يوميات 😅"
            " هدفي الشهر الجاي: النص على الأقل عن تخصصي. #تويتر"
        ),
    },
    {
        "key": "a_sara_r1",
        "author": "hessa_data",
        "minute": 192,
        "reply_to": "a_sara",
        "text": "سوّي لها رسم بياني أسبوعي وشوفي التحسن بعينك 📈",
    },
    {
        "key": "a_sara_r2",
        "author": "sara_alghamdi",
        "minute": 195,
        "reply_to": "a_sara_r1",
        "text": "اتفقنا، وأول رسم بيكون لك 😄",
    },
    {
        "key": "a_majed",
        "author": "majed_blood",
        "minute": 210,
        "reply_to": "s_blood",
        "text": (
            "تحديث: اكتمل العدد ولله الحمد 🤍 شكراً لكل من تبرع ولكل من نشر،"
            " كلكم شركاء في الأجر. #العمل_التطوعي"
        ),
    },
    {
        "key": "a_maha",
        "author": "maha_writes",
        "minute": 220,
        "text": "رجعت البيت وعدّلت البايو: تخصص واضح ورابط لأعمالي ✍️ شكراً للقاء الليلة. #جيتكس_2012",
    },
    {
        "key": "a_awna",
        "author": "awna_app",
        "minute": 240,
        "text": (
            "شكراً لكل اللي سجلوا معنا كمتطوعين الليلة 🤍 إذا عندك ساعة فاضية"
            " بالأسبوع، مكانك عندنا: https://example.com/awna/volunteer"
            " #العمل_التطوعي"
        ),
    },
    {
        "key": "a_yousef",
        "author": "yousef_bh",
        "minute": 260,
        "reply_to": "a_turki",
        "text": "فاتني الحضور بس تابعت كل شي من الهاشتاق ومن تغطيتك 👏 شكراً تركي.",
    },
    {
        "key": "a_omar",
        "author": "omar_alrashed",
        "minute": 300,
        "text": (
            "For my non-Arabic followers: tonight's #جيتكس_2012 session covered"
            " identity on Twitter, marketing without annoying people,"
            " volunteering, and startups born on Twitter."
        ),
    },
    {
        "key": "a_mohannad",
        "author": "mohannad_sec",
        "minute": 330,
        "text": (
            "بعد لقاء الليلة ألغيت متابعة ثلاث حسابات ما تسوي شي غير طلب رتويت"
            " 😂 #التسويق_الإلكتروني"
        ),
    },
    {
        "key": "a_dana",
        "author": "dana_jo",
        "minute": 400,
        "text": "Followed everyone I met tonight 🙌 الشبكات الاجتماعية صارت فعلاً مكان نبني فيه علاقات مهنية.",
    },
    {
        "key": "a_sunbula",
        "author": "sunbula_bakery",
        "minute": 900,
        "reply_to": "z_sunbula",
        "text": (
            "تحديث المسابقة 🥐: قائمة كل المشاركين وطريقة السحب منشورة قبل السحب،"
            " وأي أحد يقدر يتحقق من النتيجة: https://example.com/sunbula/draw"
        ),
    },
    {
        "key": "a_ghada",
        "author": "ghada_eg",
        "minute": 1000,
        "text": (
            "تقريري عن لقاء الشباب المغردين في جيتكس منشور الآن، وفيه ملخص"
            " المشاركات الأربع: https://example.com/tech/gitex-2012-youth-twitter"
            " #جيتكس_2012"
        ),
    },
    {
        "key": "a_dukkanah",
        "author": "dukkanah_sa",
        "minute": 1100,
        "text": (
            "طبّقنا نصائح أمس: صورة رمزية أوضح، ومسابقة صغيرة لمتابعينا 🎁"
            " التفاصيل: https://example.com/dukkanah/giveaway #التسويق_الإلكتروني"
        ),
    },
    {
        "key": "a_khalid2",
        "author": "khalid_startups",
        "minute": 1200,
        "text": (
            "بعد لقاء أمس بدأت أغرد عن فكرة مشروعي 🚀 وبطلب منكم بالطريقة"
            " المهذبة: «للاطلاع وفي حالة إعجابك به فيمكنك عمل ريتويت» 😉"
            " #ريادة_الأعمال"
        ),
    },
    {
        "key": "a_shahad",
        "author": "shahad_student",
        "minute": 1300,
        "text": (
            "قررت هويتي في تويتر: طالبة تتعلم البرمجة وتشارك اللي تتعلمه يوم"
            " بيوم 👩‍💻 شكراً @yazeed_altaweel على الإلهام. #تويتر"
        ),
    },
    {
        "key": "a_hibr",
        "author": "hibr_print",
        "minute": 1400,
        "quote_of": "z_hibr",
        "text": "وعدنا ووفينا 🎨 صورتنا الرمزية الجديدة جاهزة، شكراً @joud_design — أول درس طبقناه من #جيتكس_2012",
    },
]

BOOSTS: Final[list[tuple[str, str]]] = [
    ("turki_techpress", "m_announce"),
    ("lama_volunteer", "m_announce"),
    ("khalid_startups", "m_agenda"),
    ("ghada_eg", "m_agenda"),
    ("faisal_mkt", "m_agenda"),
    ("hessa_data", "m_agenda"),
    ("asma_om", "m_agenda"),
    ("shahad_student", "m_now"),
    ("yousef_bh", "m_now"),
    ("abeer_hr", "y_title"),
    ("reem_ux", "y_title"),
    ("maha_writes", "y_title"),
    ("huda_ed", "y_turki"),
    ("abeer_hr", "y_sara"),
    ("khalid_startups", "y_sara"),
    ("shahad_student", "y_sara"),
    ("mariam_ae", "y_maha"),
    ("faisal_mkt", "z_title"),
    ("mariam_ae", "z_title"),
    ("sultan_ecom", "z_title"),
    ("dukkanah_sa", "z_title"),
    ("sunbula_bakery", "z_mariam"),
    ("hibr_print", "z_mariam"),
    ("nasser_ops", "z_sunbula"),
    ("badr_photo", "z_sunbula"),
    ("faisal_mkt", "z_nora"),
    ("mariam_ae", "z_nora"),
    ("ziyad_seo", "z_nora"),
    ("dukkanah_sa", "z_nora"),
    ("sunbula_bakery", "z_nora"),
    ("asma_om", "z_ziyad"),
    ("lama_volunteer", "s_turki"),
    ("awna_app", "s_majed"),
    ("lama_volunteer", "s_majed"),
    ("nouf_alharbi", "s_blood"),
    ("lama_volunteer", "s_blood"),
    ("sara_alghamdi", "s_blood"),
    ("awna_app", "s_blood"),
    ("ibrahim_teacher", "s_blood"),
    ("hamad_qa", "s_blood"),
    ("huda_ed", "s_blood"),
    ("mohannad_sec", "s_omar"),
    ("nouf_alharbi", "s_omar"),
    ("lama_volunteer", "s_sami_quote"),
    ("majed_blood", "s_sami_quote"),
    ("awna_app", "s_sami_quote"),
    ("ibrahim_teacher", "s_sami_quote"),
    ("hamad_qa", "s_sami_quote"),
    ("asma_om", "s_sami_quote"),
    ("ghada_eg", "s_sami_quote"),
    ("nora_pr", "s_sami_quote"),
    ("khalid_startups", "b_title"),
    ("hamad_qa", "b_title"),
    ("sadeem_labs", "b_title"),
    ("rakan_games", "b_khalid"),
    ("dana_jo", "b_hamad"),
    ("khalid_startups", "b_hamad"),
    ("turki_techpress", "m_qa"),
    ("awna_app", "q_lama"),
    ("majed_blood", "q_lama"),
    ("omar_alrashed", "q_nouf"),
    ("mohannad_sec", "q_nouf"),
    ("turki_techpress", "m_thanks"),
    ("khalid_startups", "m_thanks"),
    ("yousef_bh", "a_turki"),
    ("ghada_eg", "a_turki"),
    ("dana_jo", "a_hessa"),
    ("yousef_bh", "a_hessa"),
    ("turki_techpress", "m_summary1"),
    ("ghada_eg", "m_summary1"),
    ("huda_ed", "m_summary1"),
    ("lama_volunteer", "a_majed"),
    ("sara_alghamdi", "a_majed"),
    ("nouf_alharbi", "a_majed"),
    ("lama_volunteer", "a_awna"),
    ("majed_blood", "a_awna"),
    ("sunbula_bakery", "a_dukkanah"),
    ("hamad_qa", "a_khalid2"),
    ("sadeem_labs", "a_khalid2"),
    ("joud_design", "a_hibr"),
]

# Who liked each post (attendees only; the real people like nothing).
# fmt: off
LIKES_BY_POST: Final[dict[str, list[str]]] = {
    "m_announce": ["nouf_alharbi", "faisal_mkt", "turki_techpress", "khalid_startups", "sara_alghamdi", "omar_alrashed", "badr_photo", "dana_jo", "ibrahim_teacher", "sunbula_bakery", "hibr_print", "awna_app", "sadeem_labs"],
    "pre_khalid": ["majed_blood", "abeer_hr"],
    "pre_ziyad": ["joud_design", "sultan_ecom", "sunbula_bakery", "hibr_print"],
    "m_agenda": ["nouf_alharbi", "reem_ux", "hessa_data", "lama_volunteer", "khalid_startups", "omar_alrashed", "yousef_bh", "nasser_ops", "ghada_eg", "dana_jo", "abeer_hr", "nora_pr", "sunbula_bakery", "sadeem_labs"],
    "pre_reem": ["badr_photo", "huda_ed"],
    "pre_lama": ["ibrahim_teacher", "awna_app"],
    "pre_lama_r1": ["hamad_qa"],
    "pre_lama_r2": ["ibrahim_teacher"],
    "pre_faisal": ["badr_photo", "nora_pr", "ziyad_seo"],
    "pre_sunbula": ["faisal_mkt", "turki_techpress"],
    "pre_turki": ["hessa_data", "lama_volunteer", "ghada_eg"],
    "pre_shahad": ["nouf_alharbi", "abdulrahman_dev", "sunbula_bakery"],
    "pre_ibrahim": ["abeer_hr", "rakan_games", "sunbula_bakery", "awna_app"],
    "pre_hessa": ["turki_techpress", "joud_design", "hibr_print"],
    "pre_nouf": ["omar_alrashed"],
    "pre_nouf_r1": ["mohannad_sec"],
    "pre_nouf_r2": ["mariam_ae"],
    "pre_rakan": ["sara_alghamdi", "maha_writes"],
    "pre_ahmad": ["nouf_alharbi", "shahad_student"],
    "pre_awna": ["nouf_alharbi", "abeer_hr", "hamad_qa"],
    "m_now": ["faisal_mkt", "yousef_bh", "mohannad_sec", "rakan_games", "ziyad_seo", "hibr_print", "awna_app"],
    "intro_turki": ["faisal_mkt", "rakan_games", "nora_pr"],
    "intro_shahad": ["sara_alghamdi"],
    "intro_hessa": ["dana_jo"],
    "y_title": ["reem_ux", "hessa_data", "sara_alghamdi", "maha_writes", "badr_photo", "yousef_bh", "huda_ed", "nasser_ops", "joud_design", "abeer_hr", "shahad_student", "nora_pr"],
    "y_turki": ["hessa_data", "badr_photo"],
    "y_abeer": ["hessa_data", "maha_writes", "huda_ed", "nasser_ops"],
    "y_reem": ["sara_alghamdi", "maha_writes", "badr_photo", "huda_ed", "ghada_eg", "majed_blood", "sunbula_bakery"],
    "y_reem_r1": ["awna_app"],
    "y_reem_r2": ["huda_ed", "ziyad_seo"],
    "y_abeer2": ["reem_ux", "huda_ed"],
    "y_omar": ["hessa_data", "mohannad_sec", "sadeem_labs"],
    "y_sara": ["nouf_alharbi", "hessa_data", "turki_techpress", "lama_volunteer", "joud_design", "abeer_hr", "rakan_games", "sunbula_bakery", "awna_app"],
    "y_dana": ["abdulrahman_dev", "huda_ed"],
    "y_maha": ["faisal_mkt"],
    "y_maha_r1": ["hessa_data", "hibr_print"],
    "y_maha_r2": ["nouf_alharbi"],
    "y_huda": ["joud_design"],
    "y_abdulrahman": ["reem_ux", "maha_writes"],
    "y_abdulrahman_r1": ["abeer_hr"],
    "y_abdulrahman_r2": ["rakan_games"],
    "y_khalid": ["abeer_hr", "hamad_qa", "sunbula_bakery"],
    "y_badr": ["mariam_ae", "shahad_student"],
    "y_yousef": ["sara_alghamdi", "dana_jo", "hamad_qa"],
    "z_title": ["abdulrahman_dev", "faisal_mkt", "hessa_data", "badr_photo", "mariam_ae", "ghada_eg", "dana_jo", "mohannad_sec", "shahad_student", "ziyad_seo", "sunbula_bakery", "hibr_print"],
    "z_turki": ["faisal_mkt", "mariam_ae", "dana_jo"],
    "z_faisal": ["ghada_eg", "abeer_hr", "dukkanah_sa"],
    "z_mariam": ["reem_ux", "joud_design", "sultan_ecom", "nora_pr", "ziyad_seo", "asma_om", "hibr_print", "awna_app"],
    "z_joud": ["reem_ux", "ziyad_seo", "asma_om"],
    "z_hibr": ["reem_ux", "sultan_ecom", "nora_pr", "dukkanah_sa"],
    "z_hibr_r2": ["asma_om"],
    "z_sunbula": ["faisal_mkt", "maha_writes", "badr_photo", "nasser_ops", "joud_design", "hamad_qa", "nora_pr", "ziyad_seo", "hibr_print"],
    "z_ziyad": ["ahmad_kw", "hibr_print"],
    "z_nora": ["reem_ux", "faisal_mkt", "turki_techpress", "omar_alrashed", "mariam_ae", "ghada_eg", "joud_design", "mohannad_sec", "ziyad_seo", "asma_om", "hibr_print", "dukkanah_sa"],
    "z_faisal2": ["mariam_ae", "joud_design", "rakan_games", "nora_pr"],
    "z_sultan": ["abdulrahman_dev", "badr_photo", "nora_pr"],
    "z_dukkanah": ["turki_techpress", "yousef_bh", "sultan_ecom"],
    "z_badr": ["hessa_data", "abeer_hr", "hibr_print"],
    "z_ghada": ["omar_alrashed", "badr_photo", "rakan_games"],
    "z_rakan": ["nouf_alharbi", "khalid_startups", "huda_ed", "sultan_ecom"],
    "z_asma": ["hibr_print"],
    "s_turki": ["ahmad_kw", "awna_app"],
    "s_nasser": ["dana_jo", "mohannad_sec"],
    "s_lama": ["huda_ed"],
    "s_majed": ["abdulrahman_dev", "hessa_data", "lama_volunteer", "sara_alghamdi", "mariam_ae", "huda_ed", "hamad_qa", "awna_app", "sadeem_labs"],
    "s_awna": ["reem_ux", "lama_volunteer"],
    "s_blood": ["nouf_alharbi", "hessa_data", "khalid_startups", "mariam_ae", "huda_ed", "joud_design", "mohannad_sec", "abeer_hr", "ibrahim_teacher", "hibr_print", "awna_app"],
    "s_blood_r2": ["sara_alghamdi"],
    "s_blood_r3": ["ibrahim_teacher"],
    "s_ibrahim": ["abdulrahman_dev", "lama_volunteer", "majed_blood", "hamad_qa"],
    "s_hamad": ["nouf_alharbi", "nasser_ops", "ibrahim_teacher"],
    "s_omar": ["sara_alghamdi", "maha_writes", "yousef_bh", "huda_ed", "majed_blood", "mohannad_sec", "awna_app"],
    "s_asma": ["badr_photo", "sultan_ecom"],
    "s_sami_quote": ["nouf_alharbi", "abdulrahman_dev", "hessa_data", "lama_volunteer", "khalid_startups", "sara_alghamdi", "omar_alrashed", "badr_photo", "mariam_ae", "yousef_bh", "huda_ed", "majed_blood", "sultan_ecom", "shahad_student", "hamad_qa", "ziyad_seo", "asma_om", "ibrahim_teacher", "sunbula_bakery"],
    "s_lama2": ["majed_blood", "shahad_student"],
    "s_turki2": ["ibrahim_teacher"],
    "b_title": ["abdulrahman_dev", "turki_techpress", "lama_volunteer", "khalid_startups", "ghada_eg", "sultan_ecom", "dana_jo", "hamad_qa", "ibrahim_teacher", "dukkanah_sa", "sadeem_labs"],
    "b_turki": ["nouf_alharbi", "abdulrahman_dev", "hessa_data", "asma_om"],
    "b_khalid": ["abdulrahman_dev", "turki_techpress", "joud_design", "sultan_ecom", "rakan_games", "hamad_qa", "ibrahim_teacher"],
    "b_sadeem": ["lama_volunteer", "ahmad_kw", "huda_ed", "sultan_ecom"],
    "b_hamad": ["nouf_alharbi", "omar_alrashed", "yousef_bh", "abeer_hr", "rakan_games", "nora_pr", "sadeem_labs"],
    "b_dana": ["khalid_startups", "sultan_ecom", "hamad_qa"],
    "b_rakan": ["reem_ux", "hessa_data", "nora_pr"],
    "b_mariam": ["dana_jo", "sunbula_bakery", "dukkanah_sa"],
    "m_qa": ["khalid_startups", "nasser_ops", "joud_design", "abeer_hr", "dukkanah_sa"],
    "q_shahad": ["abdulrahman_dev", "joud_design", "dana_jo", "abeer_hr"],
    "q_sultan": ["sadeem_labs"],
    "q_shahad_r2": ["asma_om", "dukkanah_sa"],
    "q_sultan_r1": ["maha_writes", "yousef_bh", "huda_ed", "mohannad_sec", "hibr_print"],
    "q_lama": ["reem_ux", "hamad_qa", "awna_app", "sadeem_labs"],
    "q_lama_r1": ["lama_volunteer", "huda_ed", "shahad_student", "hamad_qa", "sadeem_labs"],
    "q_abdulrahman": ["nasser_ops", "rakan_games", "shahad_student"],
    "q_nouf": ["nasser_ops", "majed_blood", "nora_pr", "ibrahim_teacher"],
    "q_badr": ["nouf_alharbi"],
    "q_badr_r1": ["joud_design"],
    "q_yousef": ["hessa_data", "sultan_ecom", "ziyad_seo", "awna_app"],
    "q_ghada": ["joud_design", "abeer_hr", "asma_om"],
    "q_ahmad": ["mariam_ae"],
    "q_joud": ["abdulrahman_dev", "maha_writes"],
    "q_joud_r1": ["joud_design"],
    "q_joud_r2": ["omar_alrashed"],
    "c_turki": ["asma_om", "ibrahim_teacher"],
    "c_ghada": ["nouf_alharbi", "mariam_ae", "dana_jo", "hamad_qa"],
    "m_thanks": ["reem_ux", "turki_techpress", "maha_writes", "ahmad_kw", "mariam_ae", "yousef_bh", "nasser_ops", "ghada_eg", "joud_design", "mohannad_sec", "abeer_hr", "nora_pr", "asma_om", "ibrahim_teacher", "awna_app"],
    "a_khalid": ["hessa_data", "mohannad_sec"],
    "a_reem": ["abdulrahman_dev", "lama_volunteer", "badr_photo", "huda_ed", "shahad_student", "ziyad_seo"],
    "a_hessa": ["nouf_alharbi", "reem_ux", "maha_writes", "badr_photo", "nasser_ops", "mohannad_sec", "ziyad_seo", "asma_om"],
    "a_turki": ["abdulrahman_dev", "sara_alghamdi", "omar_alrashed", "maha_writes", "ahmad_kw", "sultan_ecom", "dana_jo"],
    "a_sadeem": ["abdulrahman_dev", "reem_ux", "hessa_data", "majed_blood", "sultan_ecom", "dana_jo"],
    "a_faisal": ["joud_design", "sultan_ecom", "nora_pr"],
    "m_summary1": ["abdulrahman_dev", "lama_volunteer", "omar_alrashed", "badr_photo", "ahmad_kw", "majed_blood", "sultan_ecom", "mohannad_sec", "abeer_hr", "hamad_qa", "sunbula_bakery", "hibr_print"],
    "m_summary2": ["reem_ux", "hessa_data", "khalid_startups", "joud_design", "hibr_print", "dukkanah_sa"],
    "m_summary3": ["omar_alrashed", "maha_writes", "badr_photo", "huda_ed", "ghada_eg", "mohannad_sec"],
    "a_sultan": ["ghada_eg"],
    "a_abeer": ["yousef_bh", "majed_blood"],
    "a_sara": ["abdulrahman_dev", "hessa_data", "ziyad_seo", "asma_om"],
    "a_majed": ["abdulrahman_dev", "lama_volunteer", "sara_alghamdi", "mariam_ae", "huda_ed", "nasser_ops", "joud_design", "sultan_ecom", "mohannad_sec", "hamad_qa", "hibr_print", "awna_app", "dukkanah_sa"],
    "a_maha": ["nora_pr"],
    "a_awna": ["turki_techpress", "lama_volunteer", "ahmad_kw", "shahad_student", "hamad_qa", "ziyad_seo", "dukkanah_sa"],
    "a_omar": ["nouf_alharbi", "ghada_eg", "shahad_student", "ibrahim_teacher"],
    "a_mohannad": ["abdulrahman_dev", "nora_pr", "ziyad_seo"],
    "a_dana": ["khalid_startups", "hamad_qa", "hibr_print"],
    "a_sunbula": ["abdulrahman_dev", "yousef_bh", "sultan_ecom", "rakan_games", "hibr_print"],
    "a_ghada": ["reem_ux", "joud_design", "mohannad_sec"],
    "a_dukkanah": ["sara_alghamdi", "mohannad_sec", "ibrahim_teacher"],
    "a_khalid2": ["abdulrahman_dev", "reem_ux", "sara_alghamdi", "maha_writes", "sultan_ecom", "abeer_hr", "awna_app"],
    "a_shahad": ["sara_alghamdi", "ahmad_kw", "joud_design", "dana_jo", "abeer_hr", "ziyad_seo"],
    "a_hibr": ["abdulrahman_dev", "hessa_data", "lama_volunteer", "joud_design", "sultan_ecom", "sunbula_bakery"],
}
# fmt: on

# The real people follow no one: the seed reports nothing of the kind.
FOLLOWS: Final[list[tuple[str, str]]] = [
    ("nouf_alharbi", "mcit_sa"),
    ("nouf_alharbi", "saad_alhamoudi"),
    ("nouf_alharbi", "mazen_aldarrab"),
    ("nouf_alharbi", "sami_alhusain"),
    ("nouf_alharbi", "mohammed_alqasim"),
    ("nouf_alharbi", "lama_volunteer"),
    ("nouf_alharbi", "sara_alghamdi"),
    ("nouf_alharbi", "huda_ed"),
    ("nouf_alharbi", "nasser_ops"),
    ("nouf_alharbi", "majed_blood"),
    ("abdulrahman_dev", "mcit_sa"),
    ("abdulrahman_dev", "saad_alhamoudi"),
    ("abdulrahman_dev", "yazeed_altaweel"),
    ("abdulrahman_dev", "sami_alhusain"),
    ("abdulrahman_dev", "bassem_alsalloum"),
    ("abdulrahman_dev", "sara_alghamdi"),
    ("abdulrahman_dev", "sultan_ecom"),
    ("abdulrahman_dev", "hamad_qa"),
    ("abdulrahman_dev", "sadeem_labs"),
    ("reem_ux", "mcit_sa"),
    ("reem_ux", "saad_alhamoudi"),
    ("reem_ux", "yazeed_altaweel"),
    ("reem_ux", "sami_alhusain"),
    ("reem_ux", "mohammed_alqasim"),
    ("reem_ux", "sara_alghamdi"),
    ("reem_ux", "badr_photo"),
    ("reem_ux", "joud_design"),
    ("reem_ux", "abeer_hr"),
    ("reem_ux", "ziyad_seo"),
    ("faisal_mkt", "mcit_sa"),
    ("faisal_mkt", "saad_alhamoudi"),
    ("faisal_mkt", "mazen_aldarrab"),
    ("faisal_mkt", "reem_ux"),
    ("faisal_mkt", "turki_techpress"),
    ("faisal_mkt", "nora_pr"),
    ("faisal_mkt", "sunbula_bakery"),
    ("faisal_mkt", "dukkanah_sa"),
    ("hessa_data", "mcit_sa"),
    ("hessa_data", "turki_techpress"),
    ("hessa_data", "sara_alghamdi"),
    ("hessa_data", "joud_design"),
    ("hessa_data", "sultan_ecom"),
    ("hessa_data", "abeer_hr"),
    ("hessa_data", "shahad_student"),
    ("hessa_data", "ibrahim_teacher"),
    ("turki_techpress", "mcit_sa"),
    ("turki_techpress", "yazeed_altaweel"),
    ("turki_techpress", "bassem_alsalloum"),
    ("turki_techpress", "maha_writes"),
    ("turki_techpress", "nora_pr"),
    ("turki_techpress", "asma_om"),
    ("lama_volunteer", "mcit_sa"),
    ("lama_volunteer", "saad_alhamoudi"),
    ("lama_volunteer", "yazeed_altaweel"),
    ("lama_volunteer", "sami_alhusain"),
    ("lama_volunteer", "sara_alghamdi"),
    ("lama_volunteer", "omar_alrashed"),
    ("lama_volunteer", "huda_ed"),
    ("lama_volunteer", "majed_blood"),
    ("lama_volunteer", "ibrahim_teacher"),
    ("khalid_startups", "yazeed_altaweel"),
    ("khalid_startups", "mazen_aldarrab"),
    ("khalid_startups", "sami_alhusain"),
    ("khalid_startups", "bassem_alsalloum"),
    ("khalid_startups", "abdulrahman_dev"),
    ("khalid_startups", "turki_techpress"),
    ("khalid_startups", "sultan_ecom"),
    ("khalid_startups", "hamad_qa"),
    ("khalid_startups", "dukkanah_sa"),
    ("khalid_startups", "sadeem_labs"),
    ("sara_alghamdi", "mcit_sa"),
    ("sara_alghamdi", "saad_alhamoudi"),
    ("sara_alghamdi", "yazeed_altaweel"),
    ("sara_alghamdi", "mazen_aldarrab"),
    ("sara_alghamdi", "sami_alhusain"),
    ("sara_alghamdi", "abdulrahman_dev"),
    ("sara_alghamdi", "hessa_data"),
    ("sara_alghamdi", "turki_techpress"),
    ("sara_alghamdi", "huda_ed"),
    ("sara_alghamdi", "majed_blood"),
    ("sara_alghamdi", "joud_design"),
    ("sara_alghamdi", "abeer_hr"),
    ("omar_alrashed", "mcit_sa"),
    ("omar_alrashed", "saad_alhamoudi"),
    ("omar_alrashed", "mazen_aldarrab"),
    ("omar_alrashed", "nouf_alharbi"),
    ("omar_alrashed", "turki_techpress"),
    ("omar_alrashed", "nasser_ops"),
    ("omar_alrashed", "mohannad_sec"),
    ("maha_writes", "mcit_sa"),
    ("maha_writes", "saad_alhamoudi"),
    ("maha_writes", "yazeed_altaweel"),
    ("maha_writes", "mazen_aldarrab"),
    ("maha_writes", "bassem_alsalloum"),
    ("maha_writes", "reem_ux"),
    ("maha_writes", "hessa_data"),
    ("maha_writes", "turki_techpress"),
    ("maha_writes", "badr_photo"),
    ("maha_writes", "ghada_eg"),
    ("maha_writes", "joud_design"),
    ("badr_photo", "mcit_sa"),
    ("badr_photo", "saad_alhamoudi"),
    ("badr_photo", "yazeed_altaweel"),
    ("badr_photo", "mazen_aldarrab"),
    ("badr_photo", "bassem_alsalloum"),
    ("badr_photo", "mohammed_alqasim"),
    ("badr_photo", "turki_techpress"),
    ("badr_photo", "huda_ed"),
    ("badr_photo", "asma_om"),
    ("badr_photo", "sunbula_bakery"),
    ("ahmad_kw", "mcit_sa"),
    ("ahmad_kw", "saad_alhamoudi"),
    ("ahmad_kw", "yazeed_altaweel"),
    ("ahmad_kw", "abdulrahman_dev"),
    ("ahmad_kw", "turki_techpress"),
    ("ahmad_kw", "sara_alghamdi"),
    ("ahmad_kw", "rakan_games"),
    ("ahmad_kw", "shahad_student"),
    ("mariam_ae", "mcit_sa"),
    ("mariam_ae", "yazeed_altaweel"),
    ("mariam_ae", "bassem_alsalloum"),
    ("mariam_ae", "turki_techpress"),
    ("mariam_ae", "badr_photo"),
    ("mariam_ae", "joud_design"),
    ("mariam_ae", "ziyad_seo"),
    ("mariam_ae", "asma_om"),
    ("yousef_bh", "mcit_sa"),
    ("yousef_bh", "saad_alhamoudi"),
    ("yousef_bh", "mazen_aldarrab"),
    ("yousef_bh", "hessa_data"),
    ("yousef_bh", "turki_techpress"),
    ("yousef_bh", "dana_jo"),
    ("yousef_bh", "sadeem_labs"),
    ("huda_ed", "mcit_sa"),
    ("huda_ed", "saad_alhamoudi"),
    ("huda_ed", "yazeed_altaweel"),
    ("huda_ed", "bassem_alsalloum"),
    ("huda_ed", "nouf_alharbi"),
    ("huda_ed", "lama_volunteer"),
    ("huda_ed", "joud_design"),
    ("huda_ed", "shahad_student"),
    ("nasser_ops", "mcit_sa"),
    ("nasser_ops", "mazen_aldarrab"),
    ("nasser_ops", "sami_alhusain"),
    ("nasser_ops", "bassem_alsalloum"),
    ("nasser_ops", "nouf_alharbi"),
    ("nasser_ops", "omar_alrashed"),
    ("nasser_ops", "mohannad_sec"),
    ("nasser_ops", "sunbula_bakery"),
    ("ghada_eg", "mcit_sa"),
    ("ghada_eg", "saad_alhamoudi"),
    ("ghada_eg", "yazeed_altaweel"),
    ("ghada_eg", "mazen_aldarrab"),
    ("ghada_eg", "mohammed_alqasim"),
    ("ghada_eg", "maha_writes"),
    ("ghada_eg", "shahad_student"),
    ("ghada_eg", "nora_pr"),
    ("ghada_eg", "asma_om"),
    ("majed_blood", "saad_alhamoudi"),
    ("majed_blood", "mazen_aldarrab"),
    ("majed_blood", "sami_alhusain"),
    ("majed_blood", "mohammed_alqasim"),
    ("majed_blood", "nouf_alharbi"),
    ("majed_blood", "lama_volunteer"),
    ("majed_blood", "sara_alghamdi"),
    ("majed_blood", "hamad_qa"),
    ("majed_blood", "ibrahim_teacher"),
    ("joud_design", "mcit_sa"),
    ("joud_design", "saad_alhamoudi"),
    ("joud_design", "yazeed_altaweel"),
    ("joud_design", "mazen_aldarrab"),
    ("joud_design", "sami_alhusain"),
    ("joud_design", "mohammed_alqasim"),
    ("joud_design", "turki_techpress"),
    ("joud_design", "maha_writes"),
    ("joud_design", "badr_photo"),
    ("joud_design", "mariam_ae"),
    ("joud_design", "sultan_ecom"),
    ("joud_design", "asma_om"),
    ("joud_design", "hibr_print"),
    ("sultan_ecom", "mcit_sa"),
    ("sultan_ecom", "saad_alhamoudi"),
    ("sultan_ecom", "yazeed_altaweel"),
    ("sultan_ecom", "bassem_alsalloum"),
    ("sultan_ecom", "mohammed_alqasim"),
    ("sultan_ecom", "faisal_mkt"),
    ("sultan_ecom", "mariam_ae"),
    ("sultan_ecom", "rakan_games"),
    ("sultan_ecom", "sunbula_bakery"),
    ("sultan_ecom", "dukkanah_sa"),
    ("dana_jo", "mcit_sa"),
    ("dana_jo", "saad_alhamoudi"),
    ("dana_jo", "yazeed_altaweel"),
    ("dana_jo", "bassem_alsalloum"),
    ("dana_jo", "abdulrahman_dev"),
    ("dana_jo", "hessa_data"),
    ("dana_jo", "yousef_bh"),
    ("dana_jo", "sultan_ecom"),
    ("dana_jo", "sadeem_labs"),
    ("mohannad_sec", "mcit_sa"),
    ("mohannad_sec", "mazen_aldarrab"),
    ("mohannad_sec", "mohammed_alqasim"),
    ("mohannad_sec", "nouf_alharbi"),
    ("mohannad_sec", "omar_alrashed"),
    ("mohannad_sec", "nasser_ops"),
    ("abeer_hr", "mcit_sa"),
    ("abeer_hr", "saad_alhamoudi"),
    ("abeer_hr", "yazeed_altaweel"),
    ("abeer_hr", "mazen_aldarrab"),
    ("abeer_hr", "mohammed_alqasim"),
    ("abeer_hr", "reem_ux"),
    ("abeer_hr", "sara_alghamdi"),
    ("abeer_hr", "badr_photo"),
    ("abeer_hr", "huda_ed"),
    ("rakan_games", "mcit_sa"),
    ("rakan_games", "yazeed_altaweel"),
    ("rakan_games", "sami_alhusain"),
    ("rakan_games", "bassem_alsalloum"),
    ("rakan_games", "mohammed_alqasim"),
    ("rakan_games", "hamad_qa"),
    ("rakan_games", "dukkanah_sa"),
    ("rakan_games", "sadeem_labs"),
    ("shahad_student", "mcit_sa"),
    ("shahad_student", "saad_alhamoudi"),
    ("shahad_student", "yazeed_altaweel"),
    ("shahad_student", "mohammed_alqasim"),
    ("shahad_student", "reem_ux"),
    ("shahad_student", "hessa_data"),
    ("shahad_student", "turki_techpress"),
    ("shahad_student", "huda_ed"),
    ("shahad_student", "ghada_eg"),
    ("hamad_qa", "mcit_sa"),
    ("hamad_qa", "saad_alhamoudi"),
    ("hamad_qa", "yazeed_altaweel"),
    ("hamad_qa", "mazen_aldarrab"),
    ("hamad_qa", "sami_alhusain"),
    ("hamad_qa", "bassem_alsalloum"),
    ("hamad_qa", "mohammed_alqasim"),
    ("hamad_qa", "abdulrahman_dev"),
    ("hamad_qa", "khalid_startups"),
    ("hamad_qa", "sara_alghamdi"),
    ("hamad_qa", "sultan_ecom"),
    ("hamad_qa", "dana_jo"),
    ("nora_pr", "mcit_sa"),
    ("nora_pr", "yazeed_altaweel"),
    ("nora_pr", "mazen_aldarrab"),
    ("nora_pr", "turki_techpress"),
    ("nora_pr", "badr_photo"),
    ("nora_pr", "ghada_eg"),
    ("nora_pr", "asma_om"),
    ("ziyad_seo", "mcit_sa"),
    ("ziyad_seo", "saad_alhamoudi"),
    ("ziyad_seo", "yazeed_altaweel"),
    ("ziyad_seo", "mazen_aldarrab"),
    ("ziyad_seo", "sami_alhusain"),
    ("ziyad_seo", "reem_ux"),
    ("ziyad_seo", "badr_photo"),
    ("ziyad_seo", "joud_design"),
    ("asma_om", "mcit_sa"),
    ("asma_om", "saad_alhamoudi"),
    ("asma_om", "yazeed_altaweel"),
    ("asma_om", "mazen_aldarrab"),
    ("asma_om", "mariam_ae"),
    ("asma_om", "sunbula_bakery"),
    ("asma_om", "dukkanah_sa"),
    ("ibrahim_teacher", "mcit_sa"),
    ("ibrahim_teacher", "yazeed_altaweel"),
    ("ibrahim_teacher", "sami_alhusain"),
    ("ibrahim_teacher", "nouf_alharbi"),
    ("ibrahim_teacher", "lama_volunteer"),
    ("ibrahim_teacher", "sara_alghamdi"),
    ("ibrahim_teacher", "maha_writes"),
    ("ibrahim_teacher", "huda_ed"),
    ("sunbula_bakery", "mcit_sa"),
    ("sunbula_bakery", "saad_alhamoudi"),
    ("sunbula_bakery", "yazeed_altaweel"),
    ("sunbula_bakery", "mazen_aldarrab"),
    ("sunbula_bakery", "joud_design"),
    ("sunbula_bakery", "sultan_ecom"),
    ("sunbula_bakery", "ziyad_seo"),
    ("hibr_print", "mcit_sa"),
    ("hibr_print", "saad_alhamoudi"),
    ("hibr_print", "mazen_aldarrab"),
    ("hibr_print", "mohammed_alqasim"),
    ("hibr_print", "faisal_mkt"),
    ("hibr_print", "badr_photo"),
    ("hibr_print", "joud_design"),
    ("hibr_print", "ziyad_seo"),
    ("hibr_print", "sunbula_bakery"),
    ("awna_app", "mcit_sa"),
    ("awna_app", "saad_alhamoudi"),
    ("awna_app", "yazeed_altaweel"),
    ("awna_app", "sami_alhusain"),
    ("awna_app", "mohammed_alqasim"),
    ("awna_app", "lama_volunteer"),
    ("awna_app", "huda_ed"),
    ("awna_app", "majed_blood"),
    ("awna_app", "hamad_qa"),
    ("dukkanah_sa", "mcit_sa"),
    ("dukkanah_sa", "yazeed_altaweel"),
    ("dukkanah_sa", "mazen_aldarrab"),
    ("dukkanah_sa", "sami_alhusain"),
    ("dukkanah_sa", "bassem_alsalloum"),
    ("dukkanah_sa", "faisal_mkt"),
    ("dukkanah_sa", "turki_techpress"),
    ("dukkanah_sa", "joud_design"),
    ("sadeem_labs", "mcit_sa"),
    ("sadeem_labs", "sami_alhusain"),
    ("sadeem_labs", "bassem_alsalloum"),
    ("sadeem_labs", "abdulrahman_dev"),
    ("sadeem_labs", "sultan_ecom"),
    ("sadeem_labs", "rakan_games"),
    ("sadeem_labs", "hamad_qa"),
]


class DemoQuestion(TypedDict):
    author: str  # a fictional attendee
    text: str
    answered: bool
    voters: list[str]


class DemoSession(TypedDict):
    organiser: str
    initiative: str
    title: str
    venue: str
    moderator: str
    speakers: list[tuple[str, str]]  # username, talk title


#: The session itself, as the seed reports it: the ministry organised it within its
#: initiative, Saad Al-Hamoudi moderated, and the four talks came in this order.
SESSION: Final[DemoSession] = {
    "organiser": "mcit_sa",
    "initiative": "مبادرة نشر الثقافة والمعرفة الرقمية",
    "title": "لقاء الشباب المغردين",
    "venue": "معرض جيتكس 2012",
    "moderator": "saad_alhamoudi",
    "speakers": [
        ("yazeed_altaweel", "تكوين الهوية في تويتر"),
        ("mazen_aldarrab", "كيف تسوق لمشروعك في تويتر بدون أن تزعج الآخرين؟"),
        ("sami_alhusain", "الشبكات الاجتماعية... أعقلها وتوكّل"),
        ("bassem_alsalloum", "شركات الإنترنت الناشئة من تويتر"),
    ],
}

#: The audience's questions (fictional attendees), some answered during the session.
QUESTIONS: Final[list[DemoQuestion]] = [
    {
        "author": "nouf_alharbi",
        "text": "كيف أوازن بين تخصصي وتغريداتي الشخصية بدون ما أخسر متابعيني؟",
        "answered": True,
        "voters": ["reem_ux", "hessa_data", "omar_alrashed", "maha_writes", "ziyad_seo"],
    },
    {
        "author": "sultan_ecom",
        "text": "متجري صغير وما عندي ميزانية إعلانات، وش أول خطوة أسويها في تويتر؟",
        "answered": True,
        "voters": ["dukkanah_sa", "faisal_mkt", "mariam_ae"],
    },
    {
        "author": "lama_volunteer",
        "text": "كيف نتأكد من صحة طلبات التبرع بالدم قبل ما ننشرها؟",
        "answered": False,
        "voters": ["majed_blood", "huda_ed", "ghada_eg", "abeer_hr"],
    },
    {
        "author": "rakan_games",
        "text": "هل تنصحون الشركة الناشئة بحساب واحد للمؤسس والشركة أو حسابين منفصلين؟",
        "answered": False,
        "voters": ["khalid_startups", "sadeem_labs"],
    },
    {
        "author": "shahad_student",
        "text": "أنا طالبة، هل الوقت مبكر أبني هويتي المهنية في تويتر من الحين؟",
        "answered": False,
        "voters": ["ibrahim_teacher"],
    },
]


class DemoStartup(TypedDict):
    username: str
    sector: str
    stage: str
    founded_days_ago: int
    website: str
    #: The share of today's followers it had a year ago; the year between grows smoothly.
    followers_a_year_ago: float
    engagement: tuple[float, float]


#: The three fictional startups of the audience, with a year of growth.
STARTUPS: Final[list[DemoStartup]] = [
    {
        "username": "awna_app",
        "sector": "social",
        "stage": "launched",
        "founded_days_ago": 420,
        "website": "https://awna.example",
        "followers_a_year_ago": 0.05,
        "engagement": (1.5, 9.0),
    },
    {
        "username": "dukkanah_sa",
        "sector": "ecommerce",
        "stage": "growing",
        "founded_days_ago": 700,
        "website": "https://dukkanah.example",
        "followers_a_year_ago": 0.2,
        "engagement": (3.0, 6.5),
    },
    {
        "username": "sadeem_labs",
        "sector": "data",
        "stage": "prototype",
        "founded_days_ago": 380,
        "website": "https://sadeem.example",
        "followers_a_year_ago": 0.1,
        "engagement": (0.8, 4.2),
    },
]
