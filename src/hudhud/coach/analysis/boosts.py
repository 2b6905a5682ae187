"""Tell a demanding request to boost a post from a considerate one, and rewrite it.

Mazen Al-Darrab's rule from the seed meeting: asking someone to retweet your project as a
demand is unacceptable; asking politely, leaving the choice to them, is fine —
«للاطلاع وفي حالة إعجابك به فيمكنك عمل ريتويت». So a post is *demanding* when it asks for
a boost, a share or a publication and either leaves no choice (an imperative, "must", a
bare ask at a named account — «لو سمحت» alone does not leave the choice) or adds pressure
(a deadline, urgency, repetition, guilt, a threat). A conditional ask that leaves the choice
to the reader («إذا أعجبك»، «لا حرج») is considerate and gets no finding.

Patterns run on `fold`ed text: one spelling per letter, no harakat or tatweel, Latin in
lower case, ASCII digits, no stretched letters. `\\b` works there because harakat are gone.
"""

import re
from dataclasses import dataclass

from hudhud.coach.analysis.text import fold

# Clitics that may stick to the front of a word: و، ف، ب، ل، ال and their pairs.
_PRE = r"(?:و|ف)?(?:ب|ل|لل|ك)?(?:ال)?"


# Patterns are written as words are spelt; they match text folded by `fold`.
_SPELLINGS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.translate(_SPELLINGS))


def _words(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


# A boost by name: رتويت، ريتويت، رتوت، الريتويت، ريتويتات، RT, retweet, boost, repost …
_BOOST_NOUN = (
    rf"\b{_PRE}(?:ر|ري)(?:ت|تي)وي?ت(?:ات|ه|ها|ك|كم|ين|وا|و)?\b"
    r"|\brt\b(?!\s*@\w+\s*:)|\bre-?tweet(?:s|ing)?\b|\bboost(?:s|ing)?\b|\bre-?post\b"
    r"|\breblog\b|\bretoot\b"
    rf"|\b{_PRE}اعاده\s+(?:ال)?(?:نشر|تغريد)"
    r"|\b(?:ي|ت|ن)?عيد(?:ون|وا|و)?\s+(?:ال)?(?:تغريد|نشر)"
    r"|\bللنشر\b|\bنشر\s+واسع|\b(?:ال)?نشر\b|\b(?:ت|ي)نتشر\b|\bانتشار\b"
    r"|\b(?:بارطاج|بالبارطاج|بارطاجي|بارطاجيو|بارطاجيه|بارطاجيها)\b|\bفوروورد\b|\bمنشن\b|\b3amel\s+retweet\b|\bretweet\b|\bshare\b(?=\s+(?:لل|ل))"
    r"|\b(?:ال)?مشاركه\s+(?:اجباري|ضروري|واجب)\w*|\bمشاركه\s+(?:ال)?(?:اعلان|تغريده|منشور|بوست|رابط)"
    r"|\bshare\b(?!\s+(?:your|my|the\s+screen|screen|a\b))|\b(?:ت|ي)نشرو?(?:ن)?(?:ها|ه)\b|\bناشر(?:ها|ه)\b|\bنشرتو\w*|\bالستوري\b"
    r"|\bشير\b(?!\s+(?:لي\s+)?(?:موقع\w*|لوكيشن|رقم\w*|ايميل\w*))"
)
# The names of a boost that ask by themselves when they open a sentence.
_OPENING_NOUN = rf"{_PRE}(?:ر|ري)(?:ت|تي)وي?ت\w*|rt\b|للنشر|نشر\s+واسع|شير\b|retweet"
# Imperatives of sharing and spreading: انشروا، شاركوها، شيروها، عمموها، وصلوها، ابعتوا …
# (the bare انشر and شارك are as often "I publish" and "he took part").
_SHARE_IMPERATIVE = (
    r"(?:\b(?:و|ف)|(?<!تغريده )(?<!اول )(?<!ما )(?<!راح )(?<!لما )\b)"
    r"(?:ا?نشر|شير|عمم|وزع|ابعت|ارسل|حول|دز|فوروورد|فورورد)(?:وا|و|ها|وه|وها|يها|يه)\b"
    r"(?!\s+(?:في|فى|ب|مع|الغسيل|الملابس|الهدوم|موقع\w*|لوكيشن|رقم\w*|ايميل\w*|ارا\w*|"
    r"راي\w*|تجارب\w*|تجربت\w*)\b)"
    r"|\b(?:و|ف)?شار?ك(?:وها|وه|يها|يه|ها)\b"
    r"|\b(?:و|ف)?شار?ك(?:وا|و)?\b(?=\s*(?:$|[.!،,]|(?:(?:هذا|هذي|هذه|ده|دي|هاد)\s+)?(?:ال)?"
    r"(?:تغريده|منشور|بوست|رابط|خبر|هاشتاق|وسم|اعلان|فيديو|مقطع|صوره|صور|حمله|ثريد)))"
    r"|\b(?:و|ف)?انسخ\w*\s+(?:\w+\s+){0,2}?(?:في|ب|علي)\s*(?:حساب|صفح|جدار)\w*"
    r"|\b(?:ارسل|ابعت|دز|حول)\s+(?:هذي|هذه|هاد|هادي|ده|دي|هذا)?\s*(?:ال)?(?:رساله|تغريده|"
    r"منشور|بوست|رابط|لينك)"
    r"|\bانسخ\w*\s+و\s*انشر\w*|\bتكسر\s+السلسله"
    r"|\b(?:partagiw|partagih|partagiha|partagi|repost\s+this|send\s+this\s+to|forward\s+this)\b"
    r"|\b(?:r?e?t?weetiw|retweetiw|rtweetiw|bartajiw)\b"
    r"|\b(?:الكل|كل\s+واحد|الجميع|جميع\s+\w+)\s+(?:ي|ت)?(?:شير|نشر|شارك|عيد|سوي\s+(?:ر|ري)تويت)\w*"
    r"|\b(?:عاونونا|عاونوني|عاونو)\s+(?:ب|بال)\w*"
    r"|\b(?:ارفعو|ارفعوا|ارفعوه|ارفعوها)\s+(?:ال)?(?:هاشتاق|وسم|تاق)"
    r"|\b(?:ي|ت)?(?:وصل|يوصل)(?:ها|ه)\s+(?:ل|الي|لاكبر|لكل)"
    r"|\b(?:كل|الي\s+كل)\s+(?:واحد|من|اللي)\s+(?:\w+\s+){0,3}?(?:ي|ت)?"
    r"(?:نشر|رسل|ارسل|وصل|سوي\s+منشن|شارك)\w*"
    r"|\b(?:و|ف)?انشر(?:ه|ي)\b"
    r"|\b(?:و|ف)?(?:اعيدو|اعيدوا|عيدو|عيدوا|اعد|عيد)\s+(?:ال)?(?:نشر|تغريد)"
    r"|\bانشر\b(?=\s+(?:و|ف)?(?:لك\b|الاجر|ولك\b|توجر))"
    r"|\b(?:و|ف)?(?:وصلو|وصلوا|وصلوها|وصلوه|خلوها\s+توصل|خلوه\s+يوصل|نبيها\s+توصل)\b"
    r"|\b(?:ساعدو|ساعدوا|ساعدونا|ساعدوني|ادعمو|ادعموا|ادعمونا|ادعمني)\s+(?:ب|في\s+)?(?:ال)?"
    r"(?:نشر|ريتويت|رتويت|مشارك|دعم|تويت)"
    r"|\b(?:ديرو|دير)\s+بارطاج\w*|\bبارطاج(?:يو|يه|يها|ي)\b"
    r"|\b(?:ممكن|تكفي|تكفون|ياريت|يا\s+ريت|لو\s+سمحت\w*|ابيك|ابغاك|نبيك|بليز|ارجوك|ارجوكم)\s+"
    r"(?:\w+\s+)?(?:ت|ي)(?:نشر|شارك|شير|رتوت|عيد|سوي\s+ريتويت|سوون)\w*"
    r"|\bplease\s+(?:share|rt|retweet|boost|spread)"
    r"|\b(?:share|rt|retweet|boost|spread)\s+(?:this|it|pl(?:ea)?se|plz|pls|the\s+word)\b"
    r"|\b(?:خلو|خلوا|نوصل|وصلو|وصلوا|نبي\s+نوصل)(?:ه|ها)?\s+(?:ال)?ترند\b"
)
# Asking words that make a bare mention of a boost a request.
_ASK = _words(
    r"\bلو\s+سمحت(?:ي|و|وا)?\b",
    r"\bممكن\b",
    r"\b(?:مقدما|سلفا)\b",
    r"\b(?:لازم|ضروري|يجب|واجب)\b",
    r"\bin\s+advance\b",
    r"\bتكفي?\b",
    r"\bتكفون\b",
    r"\bالله\s+يخليك(?:م)?\b",
    r"\bالله\s+يسعدك(?:م)?\b",
    r"\bالله\s+يرحم\s+والدي\w*",
    r"\b(?:اطلب|نطلب)\s+منكم\b",
    r"\b(?:عامل|3amel|3amlo|e3mel|te3mlo|ta3mlo|e3mlo|3afakom|3afak|lazem|lazim|3ayzeen|3ayez|3awzin)\b",
    r"\b(?:ياخي|يا\s+اخي|يا\s+خوي)\b",
    r"\bيتعين\b",
    r"\bبليز\b",
    r"\bpl(?:ea)?se?\b",
    r"\bplz\b",
    r"\bpls\b",
    r"\bا?رجو(?:ك|كم)?\b",
    r"\bنرجو\b",
    r"\bالرجاء\b",
    r"\bرجاء\b",
    r"\bيا\s*ريت\b",
    r"\bيا\s*ليت\b",
    r"\bاتمني\b",
    r"\bنتمني\b",
    r"\b(?:ا|ن)(?:بي|بغي|بغا)\b",
    r"\b(?:ا|ن)?حتاج\b",
    r"\bعا(?:ي|و)ز(?:ين)?\b",
    r"\bيرجي\b",
    r"\bمطلوب\s+من\b",
    r"\b(?:و|ف)?لك\s+الاجر\b",
    r"\bبدي\b",
    r"\bحابب\b",
    r"\bاطلب\b",
    r"\bنطلب\b",
    r"\bيا\s+(?:جماعه|شباب|اخوان|ربع|متابعين|متابعيني|احباب|عيال|خاوتي|اخوتي)\b",
    r"\b(?:اعمل|اعملوا|اعملو|اعملي|اعمللي|اعملولي|سو|سوي|سوو|سووا|سولي|سويلي|سوولي|عطني|"
    r"عطوني|اعطوني|اعطني|حط|حطو|حطوا|دوس|دوسو|اضغط|اضغطو|اضغطوا|do)\b",
    r"\b(?:give|send|need|want)\b",
)
# Boosts explained or asked about: a tutorial, a question about how they work.
_ABOUT_BOOSTS = (
    r"\b(?:كيف|ليش|ليه|لماذا|وش|ايش|الفرق|خطوات|شرح|زر|تنبيهات|اشعارات|ايقونه|"
    r"how|why|undo)\b|\bطريقه\s+(?:عمل|اعاده|ال)|\bايام\s+(?:ال)?\w+|\bزمان\b"
)
# Guilt, obligation or a threat that is an ask by itself: «اللي ما ينشر ما عنده ضمير».
_GUILT = (
    r"\b(?:و|ف)?(?:اللي|الي|من|يلي|اللى|احد|اي\s+احد|كل\s+من)\s+(?:\w+\s+){0,3}?(?:ما|مو|مش|لا|ولا)\s*(?:را?ح\s+)?"
    r"(?:ي|ت)?(?:نشر|شارك|سوي|عمل|رتوت|رتويت|ريتويت|دعم)"
    r"|\b(?:بلكتك|ابلكك|ببلكك|بلوك|الغي\s+متابعتك|unfollow)\b"
    r"|\bحتي\s+لو\s+ما\s+(?:\w*عجب\w*|حبيت\w*|تحب\w*)"
    r"|\b(?:يا\s+)?ويلك\b|\bعيب\s+علي\w*"
    r"|\b(?:تقف|توقف|توقفها|يوقف|تخليها|تخليه)\s+عند(?:ك|كم)\b"
    r"|\bبدون\s+ما\s+(?:ي|ت)(?:نشر|شارك|سوي)\w*"
    r"|\b(?:اللي|من|الي)\s+(?:يحب|يحبني|يحبون)\s+(?:النبي|الله|الرسول|بلده|وطنه|امه)\b"
    r"|\bلا\s+(?:تكلمني|تعتبرني)\b"
    r"|\b(?:اذا|لو|ان)\s+(?:كنت\s+)?(?:تحب|تحبون|تحبي)\s+(?:امك|ابوك|الله|النبي|الرسول|بلدك|وطنك|اهلك)"
    r"|\bما\s+(?:راح|رح|ح)\s+(?:ي|ت)?(?:نشر|شارك|سوي)\w*"
    r"|\b(?:مو|مش|مب)\s+(?:رجال|رجل|وفي|صديقي)\b|\bلا\s+تكون\s+سلبي\b"
    r"|\bلا\s+تعتبرني\b|\bما\s+(?:راح|رح)\s+(?:ا|ن)كلم\w*|\b(?:ب|راح\s+)?(?:ا)?زعل\s+منك\w*"
    r"|\bاقسم\s+علي\w*|\bوالله\s+ما\s+تطلع|\bولا\s+(?:احد|حد)\s+يعتذر|\bتكسر\s+السلسله"
    r"|\bor\s+you(?:'re|\s+are|'ll|\s+will)\b|\bتوجر\b|\bمثل\s+النار\b"
    r"|\b(?:اللي|من)\s+(?:ي)?(?:سوي|عمل)\s+(?:ر|ري)تويت\s+(?:ا|ب)?رد"
)
# Guilt words that make any word of publishing an ask: «أمانة في رقبتك تنشر هالتغريدة».
_GUILT_WORD = (
    r"\b(?:امانه|ذمتك|ذمتكم|ذنب\w*|اثم|اثمه|ضمير\w*|انسانيه)\b|\bحرام\s+علي\w*"
    r"|\bشريك\w*|\bالا\s+(?:اذا|لو|لما)\b"  # a bargain: «إلا إذا وصلت ٥٠٠ ريتويت»
    r"|\bوالا\s+(?:ما|لا|راح|رح|ب|بت|ت)\w*"
)
_SHARE_WORD = r"(?:نشر|شارك|شير|ريتويت|رتويت|تغريد)"

# What makes an ask a demand whatever else it says.
_PRESSURE = _words(
    r"\bب?سرعه\b",
    r"\bبسرعه\b",
    r"\bحالا\b",
    r"\bفورا\b",
    r"\bالحين\b",
    r"\bالان\b",
    r"\bهلا\s*ء?\b",
    r"\bدلوقتي\b",
    r"\bعاجل\b",
    r"\bضروري\b",
    r"\bلازم\b",
    r"\bيجب\b",
    r"\bواجب\b",
    r"\bمطلوب\s+من\b",
    r"\bقبل\s+(?:ال)?(?:ساعه|ما|نهايه|بكره|بكرا|الليل|المغرب|العشاء|الفجر|منتصف|يوم|صلاه|\d)",
    r"‼|⏰|\bبدون\s+تاخير\b|\bمن\s+الان\b",
    r"\bخلال\s+(?:\d+|ساعه|ساعتين|دقايق|دقائق|دقيقه)",
    r"\bاخر\s+(?:فرصه|موعد)\b",
    r"\bامانه\b",
    r"\bاجباري\w*|\bيتعين\b|\bوخلصنا\b|\bdaba\b|\bbsor3a\b|\burgent\b|\babl\s+el\b|"
    r"\bالنهار\s+ده|\blyoum\b|\bdarouri\b|\bdeadline\b|\bضروري\w*|\bالليله\b",
    r"\bهلق\b|\bما\s+في\s+وقت\b",
    r"\bخلال\s+(?:ال)?(?:ساعه|ساعات)|\bin\s+the\s+next\b",
    r"\bذمتك(?:م)?\b",
    r"\bذنب(?:ك|كم)?\b",
    r"\bضمير\b",
    r"\bحرام\s+علي",
    r"\bلا\s+(?:ا|ن)?سامح",
    r"\bما\s+(?:را?ح\s+|حا?\s*)?(?:ا|ن)?سامح",
    _GUILT,
    r"\b(?:ما|لا)\s+تبخل(?:و|وا)?\b",
    r"\bلا\s+تنسو?ا?\b",
    r"\bلا\s+تنسي\b",
    r"\bلا\s+تطنش",
    r"\bلا\s+تتجاهل",
    r"\bبلغيت(?:ك|كم)\b",
    r"\bبلوك\b",
    r"\bالغي\s+(?:ال)?متابع",
    r"\bunfollow\b",
    r"\bانحذف|\bتنحذف|\bتنمسح|\bينحذف",
    r"\bnow\b",
    r"\basap\b",
    r"\burgent(?:ly)?\b",
    r"\bmust\b",
    r"\bhave\s+to\b",
    r"🚨",
)
# What leaves the choice to the reader.
_CHOICE = _words(
    r"(?<!حتي )\b(?:و|ف)?(?:اذا|لو|ان|الا|الي|حال|حاله|في\s+حال|في\s+حاله)\s+(?:\w+\s+){0,3}?"
    r"(?:اعجب\w*|عجب\w*|حبيت\w*|تحب\w*|بغيت\w*|ودك|ودكم|تبي|تبغي|حاب\w*|قدرت\w*|تقدر\w*|شفت\w*|شفته\w*|تشوف\w*|لقيت\w*|تلقي\w*|رايت\w*|ترى|"
    r"وجدت\w*|حسيت\w*|استفدت\w*|راق\w*|افاد\w*|تستاهل|يستاهل|مفيد\w*|ناسب\w*|يناسب\w*|يفيد\w*|"
    r"اقتنع\w*|كان\s+مفيد\w*|تراه\w*|يستحق|تستحق|وافق\w*)",
    r"\bاعجابك(?:م)?\b",
    r"\bلا\s+حرج\b",
    r"\b(?:ماشي|مافي|ما\s+في|مش|مو|ما\s+كاين|ماكاين)\s+مشكل\w*",
    r"\b(?:اللي|من|الي)\s+(?:ي)?(?:حس|شوف|شاف|يري|لقي|شايف)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:تستاهل|يستاهل|مفيد\w*|يستحق|تستحق)",
    r"\b(?:و|ف)?الامر\s+(?:لك|اليك|راجع\s+لك)\b",
    r"\b(?:بدون|من\s+غير|بلا|دون)\s+(?:ا?حراج|ضغط|الزام)",
    r"\b(?:مو|مش|مب|ماهو|مهو|ليس|غير)\s+(?:لازم|ضروري|ملزم|مجبر|شرط|واجب)",
    r"\bما\s+عليك(?:م)?\s+(?:امر|الزام)",
    r"\b(?:ما|لا)\s+(?:ا|ن)?طلب\b",
    r"\b(?:ما|محد|لا)\s+(?:احد\s+)?(?:يقدر\s+)?(?:يجبر|يلزم)\w*",
    r"\bعلي\s+راحتك(?:م)?\b",
    r"\bبراحتك(?:م)?\b",
    r"\bبكيفك(?:م)?\b",
    r"\bاختياري\b",
    r"\bلك\s+الخيار\b",
    r"\bان\s+شئت\b",
    r"\bno\s+pressure\b",
    r"\bif\s+you\s+(?:like|liked|enjoy|enjoyed|find|found|think|want)\b",
    r"\bif\s+(?:it\s+)?(?:helps|useful|helpful)\b",
    r"\boptional\b",
    r"\bila\s+(?:3jbek|3jebk|3ajbek|bghiti)\b|\bmachi\s+mochkil\b|\bla\s+pression\b",
)
# A boost already made, or thanked for: no ask, unless it comes with an imperative.
_REPORT = _words(
    r"\b(?:عملت|سويت|سويتلها|سويتله|اعدت|قمت|رتوتت|رتويتت|ريتويتت|شاركت|نشرت)\b(?!\s+\w+\s+لا\b)",
    r"\bلنفسي\b|\bkont\b|\bkunt\b",
    r"\b(?:ما|محد)\s+(?:احد\s+)?(?:سوي|سوا|عمل)\b",
    r"\bلا\s+(?:ا|ن)(?:عيد|نشر)\b",
    r"\b(?:توصل|وصلت|جابت|جبت|حصلت|تحصل)\s+(?:علي\s+)?(?:\d+|الف|مليون|ميه|ميت|مئات|الاف)\b",
    r"\bشكرا\b(?!\s+(?:مقدما|سلفا))",
    r"\bمشكور(?:ين)?\b(?!\s+(?:مقدما|سلفا))",
    r"\bيعطيك(?:م)?\s+العافيه\b",
    r"\bthank(?:s|\s+you)\b(?!\s+in\s+advance)",
    r"\bi\s+(?:retweeted|shared|boosted)\b",
)
# Boosts talked about: a question about them, others' habits, their number.
_DISCUSS = _words(
    r"\b(?:ليش|ليه|لماذا|كيف|وش|ايش|هل|متي|كم)\b",
    r"[؟?]",
    r"\b(?:زمان|كان|دراسه|تقرير|حسب|الخوارزميه|خوارزميه)\b",
    r"\b(?:لا|ما)\s+(?:ت|ي)طلب",
    r"\b(?:الناس|البعض|بعض|كثير|ناس)\b",
    r"\b(?:عدد|كثره|كميه|زر)\b",
    r"\b(?:ي|ت)(?:سوي|سوون|عمل|عملون|رتوت|نشر|نشرون)\b",
    r"\bwhy\b|\bhow\b",
    r"\bلا\s+(?:ت|ي)(?:سوي|عمل|نشر|شارك)",
)
_BOOST_NOUN_RE = _compile(_BOOST_NOUN)
_SHARE_IMPERATIVE_RE = _compile(_SHARE_IMPERATIVE)
_ASK_RE = _compile(_ASK)
_PRESSURE_RE = _compile(_PRESSURE)
_CHOICE_RE = _compile(_CHOICE)
_REPORT_RE = _compile(_REPORT)
_DISCUSS_RE = _compile(_DISCUSS)
_GUILT_RE = _compile(_GUILT)
_GUILT_WORD_RE = _compile(_GUILT_WORD)
_SHARE_WORD_RE = _compile(_SHARE_WORD)
# What the post quotes is someone else's words: «انشروها قبل ما تنحذف» said by others.
_QUOTED = _compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
# Someone else's words reported: «رسالة تقول انشرها»، «التغريدات اللي تقول».
_REPORTED = _compile(
    r"\b(?:تقول|يقول|يقولون|قالت|مكتوب|كاتبين|اكره|نصيحه|انصح)\b|\b(?:ارسل|قال|كتب)\s+لي\b"
)
_ABOUT_BOOSTS_RE = _compile(_ABOUT_BOOSTS)
# A share word that opens a sentence asks by itself: «ريتويت للي يحب بلده».
_OPENING = _compile(r"(?:^|[.!؟?\n،])\s*(?:@\w+\s+)*(?:" + _OPENING_NOUN + ")")
_MENTION_RE = _compile(r"(?<![\w/=])@\w+")
_SENTENCE_END = re.compile(r"(?<=[.!؟?\n،؛;])\s*")

POLITE_ASK_AR = "للاطلاع، وفي حالة إعجابك به يمكنك عمل ريتويت 🌷"
POLITE_ASK_EN = "For your interest — if you like it, a boost would be welcome."


@dataclass(frozen=True)
class BoostRequest:
    """How a post asks for boosts: `asks` at all, and whether it is `demanding`; `words` are
    the pieces of the post that decided it (normalised)."""

    asks: bool
    demanding: bool
    words: tuple[str, ...]


def _found(pattern: re.Pattern[str], text: str) -> list[str]:
    return [match.group(0).strip() for match in pattern.finditer(text)]


def boost_request(text: str) -> BoostRequest:
    """Tell whether `text` asks for boosts and whether it demands them."""
    exclaimed = "!!!" in text
    folded = fold(_QUOTED.sub(" ", text))
    choice = _found(_CHOICE_RE, folded)
    # "مو لازم" leaves the choice; its لازم must not count as pressure.
    rest = _CHOICE_RE.sub(" ", folded)
    imperative = _found(_SHARE_IMPERATIVE_RE, rest)
    nouns = _found(_BOOST_NOUN_RE, rest)
    asking = _found(_ASK_RE, rest)
    guilt = _GUILT_RE.search(folded) or (
        _GUILT_WORD_RE.search(rest) and _SHARE_WORD_RE.search(rest)
    )
    if _REPORTED.search(rest) and not asking:
        asks = False
    elif imperative or guilt:
        asks = True
    elif not nouns or _REPORT_RE.search(rest) or _ABOUT_BOOSTS_RE.search(rest):
        asks = False
    elif asking or choice or _MENTION_RE.search(rest) or _PRESSURE_RE.search(rest):
        asks = True
    else:
        asks = bool(_OPENING.search(rest)) and not _DISCUSS_RE.search(rest)
    if not asks:
        return BoostRequest(asks=False, demanding=False, words=())
    pressure = _found(_PRESSURE_RE, rest)
    repeated = len(nouns) + len(imperative) >= 3  # «رتويت رتويت رتويت»
    demanding = bool(pressure) or exclaimed or repeated or bool(guilt) or not choice
    words = tuple(dict.fromkeys([*imperative, *nouns, *asking, *pressure] if demanding else choice))
    return BoostRequest(asks=True, demanding=demanding, words=words)


def polite_rewrite(text: str, *, language: str) -> str:
    """Return `text` with its demanding sentences replaced by a considerate ask.

    The mentions of a dropped sentence stay, so the post still reaches whom it addressed.
    """
    kept: list[str] = []
    mentions: list[str] = []
    for sentence in _SENTENCE_END.split(text.strip()):
        if not sentence.strip():
            continue
        if boost_request(sentence).asks:
            mentions += _MENTION_RE.findall(sentence)
        else:
            kept.append(sentence.strip())
    polite = POLITE_ASK_EN if language == "en" else POLITE_ASK_AR
    return " ".join([*dict.fromkeys(mentions), *kept, polite])
