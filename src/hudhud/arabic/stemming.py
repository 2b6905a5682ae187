"""Reduce a word to the stem that search compares: light affix stripping for Arabic, Snowball
for English.

Arabic gets a light stemmer of the "Light10" family: strip clitics and inflectional endings,
never guess a root. It was chosen by measuring it against Snowball's Arabic stemmer, ISRI,
tashaphyne and Light10 as published, on the labelled word sets of
tests/arabic/test_analyse.py and on clitic pairs from a frequency list of 50,000 Arabic
words: the others either leave والتطوع or بالخدمة apart from their bare form (Snowball,
Light10) or merge roots (ISRI, tashaphyne: كتاب with تاب, فكرة with كرة).

Its input is folded by `normalise_keeping_ta_marbuta` (no harakat, one alef, ي for ى): ة is
still ة, so that it can be told from the pronoun ه where that matters (ثابتة is not ثابت +
"his"). Its output has ة folded to ه, so that مدرسه typed for مدرسة gives the same stem.

The rules, in order:

1. الله and its clitic forms (والله، بالله، لله) are one word, never "ال + له".
2. A definite article with what may come before it: ال، وال، فال، بال، كال، لل، ولل، وبال …
   At least two letters must follow (اليد، بالبر; not بالغ), and والد is a parent. After
   لل two letters are a noun that starts with ل (للغة is ل + اللغة), unless they start
   with ا (للام).
3. Endings, outermost first, each only when enough of the word is left:
   - ة written ت before a pronoun: سيارتي، حياتنا، مدرستها → سيار، حيا، مدرس;
   - a pronoun: هما كما (3 letters left), ها نا (3), هم هن كم كن (4, so تفاهم stays);
   - plural, feminine and nisba endings, as long as one is left: ات (3), ون ين (4, so
     قانون and تحسين stay), ية (3), اة (3), ة ه ي (3); تطوعيات → تطوعي → تطوع. The dual ان
     is not one: it would cut لبنان، مهرجان and امتحان, and the dual is rare in posts.
4. One letter that may be a clitic: و ف (and), ب (with), ل (for), ك (like). It is taken
   when the stem with it has at least four letters and the stem without it at least three,
   so فكرة، بكرة and وطني keep theirs; for ب ل ك a verb's ending does not count (كسبت is
   not ك + سبت). It is never taken from a stem in KEEP: the commonest words whose first
   letter would otherwise be cut into another common word (وزير/زير، كبير/بير، كتاب/تاب),
   found by auditing that frequency list. Any other stem loses the letter in all its forms
   alike (فريق → ريق), which costs nothing unless it meets another word. The rule applies
   after an article too, since a noun that starts with و keeps it after ال: الوظيفة and
   وظيفة must meet.

A word shorter than three letters is never stemmed, except the few two-letter nouns of
SHORT_NOUNS, whose ة is written ت before a pronoun and who make their nisba irregularly:
صحتك and الصحي are الصحة.

Last, a broken plural takes its singular's stem: no affix rule joins مشاريع with مشروع or
بنوك with بنك. BROKEN_PLURALS lists the common ones whose plural is not also another
common word (كتب is "he wrote" as well, معارض "opponent", اشهر "most famous"); the
lexicons of packages (arramooz) list thousands more, but among the frequent ones most are
such homographs (عرض، ورد، اعلام), so a hand-picked list serves search better.
"""

import Stemmer  # type: ignore[import-not-found]

from hudhud.arabic.normalise import normalise_keeping_ta_marbuta


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MIN_STEM = 3
# No Arabic word is longer (فأسقيناكموه has 11 letters): a longer run of letters is not
# stemmed, and the clitics a stem can carry are at most و/ف then ب/ل/ك, plus a doubled one.
_MAX_WORD = 24
_MAX_CLITICS = 3
_VERB_ENDINGS = ("وا", "تم", "تن", "ت")
# Letters that may be a clitic on their own: و ف (and), ب (with), ل (for), ك (like).
_CLITICS = "وفبلك"

_ALLAH = "الله"
# The name of God with the clitics that attach to it; لله is ل + الله with one lam dropped.
_ALLAH_FORMS = frozenset(
    {"الله", "لله", "اللهم", "والله", "بالله", "تالله", "فالله", "ولله", "فلله"}
)

# The article and what may come before it (و/ف then ب/ك/ل), longest first. At least two
# letters must follow: اليد is ال + يد, بالغ is not بال + غ.
_ARTICLES = ("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
_PARENT_ENDINGS = _words("ة ه ي ك ين ان اي تي تك ته تها تهم تنا ها هم نا كم")

# ة before a pronoun is written ت: سيارة + ي = سيارتي.
_PRONOUNS_AFTER_TA = ("هما", "كما", "ها", "نا", "هم", "هن", "كم", "كن", "ي", "ك", "ه")
# (suffix, letters that must be left), longest first.
_PRONOUNS = (
    ("هما", 3),
    ("كما", 3),
    ("ها", 3),
    ("نا", 3),
    ("هم", 4),
    ("هن", 4),
    ("كم", 4),
    ("كن", 4),
)
_ENDINGS = (
    ("ات", 3),
    ("ون", 4),
    ("ين", 4),
    ("ية", 3),
    ("يه", 3),
    ("اة", 3),  # مباراة → مبار, as مباريات and مباراتنا
    ("اه", 3),
    ("ة", 3),
    ("ه", 3),
    ("ي", 3),
)
_ENDINGS_BY_LAST_LETTER = {
    last: tuple((ending, left) for ending, left in _ENDINGS if ending[-1] == last)
    for last in {ending[-1] for ending, _ in _ENDINGS}
}
_TA_PRONOUNS = tuple("ت" + pronoun for pronoun in _PRONOUNS_AFTER_TA)
_PRONOUN_ENDINGS = tuple(pronoun for pronoun, _ in _PRONOUNS)

# Stems that start with و ف ب ل ك as a letter of the word, not as a clitic. Only the ones
# whose stripped form would meet another common word, or that are too common to mangle,
# need to be here: any other stem loses its first letter the same way in all its forms.
KEEP = _words(
    """
    والد وزير وزار وسايل واحد واحدا وحيد وجود واجب وكيل وقود وصول وثيق وسيل وكال وفاء وارد واضح
    واقع وادي وراء وسام وصيف وفير وليد وديع وهاب وطن وقت وجه وعد وزن وضع وسط ورد وعي وهم
    ورق ورش وحد وجب وصل ولي وزر وسم وكر وفر وجد وقع وقف وصف ولد وحوش وطنا وزنا وداع وايد
    فريق فيلم فيديو فندق فطور فساد فقير فقراء فلسط فرنسا فيسبوك فوايد فاطم فايز فيصل فهد
    فواد فريد فارق فاضل فنان فنون فلاح فراغ فكر فرح فتح فرق فصل فقد فهم فوز فضل فعل فعلا
    فقر فرض فرد فرن فرص فلوس فاتور فعال فصول فخور فستان فراش فروع
    كبير كبار كتاب كامل كاملا كريم كريما كلام كندا كلاب كاميرا كفار كفيل كمال كثير
    لطيف لاحق لبنان لاعب ليون ليلا
    بطاق بحير بطول بارز باطل بروتين باسم برهان باراك بيان بارد بديل بشير بترول بتول بستان
    بلاء بلدان بحار
    """
)
# Stems ending in ت as a letter of the word, before a pronoun: بيوتهم is بيوت + هم.
# Plurals in ات of three letters, which would pass for حياة + pronoun: بناتي is بنات + ي.
_TA_KEEP = _words(
    """
    بيوت سكوت ثبوت كويت بيروت انترنت ياقوت نبات تابوت
    بنات لغات جهات صفات سمات فيات ميات ثقات
    """
)

# Names that end in ى (folded to ي), which would otherwise pass for a nisba: ليلى is not ليل.
_NAMES = _words("ليلي سلمي موسي عيسي يحيي مصطفي نجوي يسري بشري سلوي ذكري")

# Nouns of two letters and ة, with the words their ت or nisba makes: صحتك, الصحي → صحة.
SHORT_NOUNS = _words("صحة لغة سنة ثقة قوة جهة مدة شدة دقة صفة صلة سعة رية عدة هبة")
_SHORT_FORMS = {"صحي": "صحة", "لغوي": "لغة", "سنوي": "سنة", "قوي": "قوة", "رئوي": "رية"}

# Broken plurals and their singulars, as they are written (one pair a line).
BROKEN_PLURALS = dict(
    line.split()
    for line in """
    مشاريع مشروع
    بنوك بنك
    علوم علم
    مدارس مدرسة
    طلاب طالب
    اجهزة جهاز
    برامج برنامج
    مواقع موقع
    افكار فكرة
    دروس درس
    اسواق سوق
    مدن مدينة
    اعمال عمل
    اخبار خبر
    اطفال طفل
    رجال رجل
    مراكز مركز
    حقوق حق
    حدود حد
    خطوط خط
    اصدقاء صديق
    تقارير تقرير
    وظائف وظيفة
    شروط شرط
    اسعار سعر
    حلول حل
    مساجد مسجد
    اسئلة سؤال
    اجوبة جواب
    افلام فيلم
    العاب لعبة
    مشاكل مشكلة
    مسائل مسالة
    قضايا قضية
    نتائج نتيجة
    فوائد فائدة
    اهداف هدف
    اراء راي
    اسباب سبب
    ادلة دليل
    انظمة نظام
    اقسام قسم
    فروع فرع
    مبادئ مبدا
    قواعد قاعدة
    شوارع شارع
    بيوت بيت
    منازل منزل
    مكاتب مكتب
    مصانع مصنع
    مطاعم مطعم
    فنادق فندق
    اشخاص شخص
    اعضاء عضو
    زملاء زميل
    عملاء عميل
    خبراء خبير
    اطباء طبيب
    اساتذة استاذ
    شعراء شاعر
    رؤساء رئيس
    وزراء وزير
    امراء امير
    ملوك ملك
    شيوخ شيخ
    ابناء ابن
    بنات بنت
    اولاد ولد
    شباب شاب
    نساء امراة
    ايام يوم
    شهور شهر
    سنوات سنة
    اعوام عام
    دقائق دقيقة
    اسابيع اسبوع
    اشياء شيء
    امور امر
    احداث حدث
    اخطاء خطا
    اعياد عيد
    اسماء اسم
    الوان لون
    اصوات صوت
    رسائل رسالة
    قصص قصة
    حروف حرف
    اراضي ارض
    بلدان بلد
    جبال جبل
    بحار بحر
    اشجار شجرة
    زهور زهرة
    طيور طائر
    قلوب قلب
    عيون عين
    نجوم نجم
    اموال مال
    ارباح ربح
    عقود عقد
    ضرائب ضريبة
    رواتب راتب
    خوادم خادم
    روابط رابط
    حواسيب حاسوب
    جوائز جائزة
    هدايا هدية
    اطعمة طعام
    مدراء مدير
    مناطق منطقة
    شعوب شعب
    قبائل قبيلة
    جيوش جيش
    عناوين عنوان
    حقائق حقيقة
    وسائل وسيلة
    مصادر مصدر
    مراحل مرحلة
    نماذج نموذج
    اساليب اسلوب
    مفاتيح مفتاح
    تفاصيل تفصيل
    مواعيد موعد
    مواضيع موضوع
    صحف صحيفة
    اقلام قلم
    ابواب باب
    نوافذ نافذة
    فصول فصل
    حصص حصة
    قوانين قانون
    انشطة نشاط
    انواع نوع
    اجزاء جزء
    افراد فرد
    جوانب جانب
    اطراف طرف
    ظروف ظرف
    اوقات وقت
    عقول عقل
    جذور جذر
    اصول اصل
    ثمار ثمرة
    """.strip().splitlines()
)

_english = Stemmer.Stemmer("english")


def stem_arabic(word: str) -> str:
    """Return the stem of an Arabic word folded by `normalise_keeping_ta_marbuta`."""
    if not _MIN_STEM <= len(word) <= _MAX_WORD:
        return word.replace("ة", "ه")
    if word in _ALLAH_FORMS:
        return _ALLAH
    if word.endswith(_ALLAH):  # names: عبدالله، نصرالله، وعبدالله
        return word[1:] if word[0] in "وف" and len(word) > len(_ALLAH) + 2 else word
    return _PLURAL_STEMS.get(stem := _light_stem(word), stem)


def _light_stem(word: str) -> str:
    return _stem(_without_article(word)).replace("ة", "ه")


def stem_english(word: str) -> str:
    """Return the Snowball (Porter2) stem of a casefolded English word."""
    return str(_english.stemWord(word))


def _without_article(word: str) -> str:
    if word.startswith("والد") and (len(word) == 4 or word[4:] in _PARENT_ENDINGS):
        return word  # والد، والدة، والدي: a parent, not و + ال + د
    for article in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            rest = word[len(article) :]
            if article.endswith("لل") and len(rest) == 2 and rest[0] != "ا":
                # ل + اللغة is written للغة: the noun keeps its own ل (لغة، لعب، لحم).
                return word[len(article) - 1 :]
            return rest
    return word


def _stem(word: str, clitics: int = 0) -> str:
    if word in _NAMES:
        return word
    if short := _SHORT_FORMS.get(word):
        return short
    stem = _without_endings(word)
    # A verb's ending does not count: كسبت and وصلوا are كسب and وصل with a subject, not
    # ك + سبت and و + صلوا. Only ب ل ك are judged without it, since و and ف also come
    # before nouns that end in ت (ووقت، وبيت).
    base = stem
    for ending in _VERB_ENDINGS:
        if stem.endswith(ending):
            base = stem[: -len(ending)]
            break
    length = len(base) if word[0] in "بلك" else len(stem)
    if length < 4 or stem in KEEP or base in KEEP:
        # وسنة stays وسن: a clitic is only taken from a stem that is long enough without
        # it, so no guess is made on words like فكرة (فكر + ة) or بكرة (بكر + ة).
        return stem
    if word[0] in _CLITICS and clitics < _MAX_CLITICS:
        rest = _stem(word[1:], clitics + 1)
        if len(rest) >= _MIN_STEM:
            return rest
    return stem


def _without_endings(word: str) -> str:
    if word.endswith(_TA_PRONOUNS):
        for pronoun in _PRONOUNS_AFTER_TA:
            cut = len(word) - len(pronoun) - 1
            if (
                word.endswith(pronoun)
                and word[cut] == "ت"
                and cut >= _MIN_STEM
                # ات + pronoun is a plural (معلوماتي), or ة after ا (مباراتنا): both meet
                # their other forms once the pronoun and ات are stripped below. حياتي,
                # three letters before the ت, is حياة.
                and (word[cut - 1] != "ا" or cut == _MIN_STEM)
                and word[: cut + 1] not in _TA_KEEP
            ):
                return word[:cut]
            if word.endswith(pronoun) and cut == 2 and word[:2] + "ة" in SHORT_NOUNS:
                return word[:2] + "ة"
    if word.endswith(_PRONOUN_ENDINGS):
        for pronoun, left in _PRONOUNS:
            if word.endswith(pronoun):
                if len(word) - len(pronoun) >= left:
                    word = word[: -len(pronoun)]
                break
    # Endings stack (تطوعيات = تطوع + ي + ات; فلسطينيين = فلسطين + ي + ين), so strip until
    # none is left: فلسطين, فلسطيني and الفلسطينيين then share one stem.
    while endings := _ENDINGS_BY_LAST_LETTER.get(word[-1]):
        for ending, left in endings:
            if word.endswith(ending) and len(word) - len(ending) >= left:
                word = word[: -len(ending)]
                break
        else:
            break
    return word


# The stem of each plural, and its singular's: built once with the rules above. A plural
# that starts with ال as a letter of the word (العاب، الوان) is keyed with the article too.
_PLURAL_STEMS = {
    _light_stem(normalise_keeping_ta_marbuta(form)): _light_stem(
        normalise_keeping_ta_marbuta(singular)
    )
    for plural, singular in BROKEN_PLURALS.items()
    for form in (plural, "ال" + plural)
}
