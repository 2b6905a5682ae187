"""Tell a post that asks for help, or offers it, from everything else.

A help request asks for something concrete for the author or for someone else (a blood
donor, a lost child, food, a tutor, a wheelchair, a ride); a help offer gives something
concrete, free, to whoever needs it. Sami Al-Husain's point at the seed meeting was that
these already happen in posts; the coach spots them and suggests the structured request or
offer of the volunteering board, which reaches the right volunteers.

Each side has its cues — a need, a search, a plea, a loss; something free, something
spare, a skill offered, "for whoever needs it" — and the side with more wins. Commerce
(«عرض خاص: خصم ٥٠٪», a free first visit "when you book"), hiring, opinions, thanks, news and
jokes are none. Patterns run on `fold`ed text, as in `boosts`.
"""

import re
from dataclasses import dataclass
from typing import Literal

from hudhud.coach.analysis.promotion import COMMERCE
from hudhud.coach.analysis.text import fold

HelpKind = Literal["request", "offer", "none"]


# Patterns are written as words are spelt; they match text folded by `normalise`.
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})


def _any(*alternatives: str) -> re.Pattern[str]:
    """Compile the alternatives into one pattern of folded spellings, where a word may
    carry و or ف before it («ومحتاج»)."""
    folded = (item.translate(_FOLD).replace(r"\b(?:", r"\b(?:و|ف)?(?:") for item in alternatives)
    return re.compile("|".join(f"(?:{item})" for item in folded))


# What help is about: the categories of the volunteering board, and their words.
CATEGORIES: dict[str, re.Pattern[str]] = {
    "blood": _any(
        r"\b(?:و|لل|بال|ال)?(?:دم|بلازما|صفايح|صفائح)\b",
        r"\b(?:ال)?متبرع(?:ين)?\s+(?:ب)?(?:ال)?دم",
        r"\bفصيل(?:ه|ة)\b",
        r"\b(?:o|a|b|ab)\s?[+-]",
        r"\bblood\b",
    ),
    "lost_found": _any(
        r"\b(?:ال)?مفقود\w*\b",
        r"\b(?:ضايع|ضايعه|ضاع|ضاعت|ضيعت|ضيعنا|فقدت|فقدنا|تايه|تائه|تاه|تاهت|اختفي|اختفت|طاحت)\b",
        r"\blost\b|\bmissing\b",
    ),
    "food": _any(
        r"\b(?:سله|سلال|سلات)\s+(?:ال)?غذا",
        r"\b(?:ال)?(?:اكل|طعام|غذا|غذاء|وجبات|وجبه|مونه|حليب|حفايض|حفاظات|ملابس|بطانيات|بطانيه|"
        r"كسوه|تمر|خبز|ثلاجه|مكيف|اثاث|فرش|سرير|عفش)\b",
        r"\b(?:ايجار|الايجار|فاتوره|فواتير|رسوم|سكن|اسره\s+محتاجه|اسره\s+متعففه)\b",
        r"\bfood\b|\brent\b|\bclothes\b",
    ),
    "tutoring": _any(
        r"\b(?:ال)?(?:دروس|درس|تدريس|ادرس|يدرس|تدرس|مدرس|معلم|معلمه|اشرح|يشرح|مراجعه)\w*\b",
        r"\b(?:ال)?(?:رياضيات|فيزيا|فيزياء|فيزيك|كيميا|كيمياء|احياء|انجليزي|قدرات|تحصيلي|ايلتس)\b",
        r"\btutor\w*|\bmath\b|\blessons?\b",
    ),
    "medical_equipment": _any(
        r"\bكرسي\s+(?:متحرك|كهربائي|ديال)|\bكراسي\s+(?:متحرك|كهربائي)",
        r"\b(?:ال)?(?:عكاز|عكازين|عكازات|مشايه|ووكر|سرير\s+طبي|اكسجين|جهاز\s+(?:تنفس|اكسجين|سكر|ضغط)|"
        r"ادويه|دواء|دوا|انسولين|سماعه)\w*\b",
        r"\bwheelchair\b|\bmedicine\b",
    ),
    "transport": _any(
        r"\b(?:ال)?(?:توصيل(?:ه)?|توصيله|مشوار|اوصل\w*|يوصل\w*|توصل\w*|ايصال|ينقل|نقل)\b",
        r"\bride\b|\blift\b",
    ),
}

# Whoever needs it: the mark of an offer («لمن يحتاجه»، «لأي أسرة محتاجة»، «إذا أحد محتاج»).
_FOR_WHOEVER = _any(
    r"\b(?:لمن|للي|لكل\s+من|لاي|لكل|لاول|اي)\s+(?:\w+\s+){0,3}?"
    r"(?:يحتاج\w*|محتاج\w*|بحاجه|بحاجت\w*|يبي\w*|يبغي\w*|تحتاج\w*|يستحق\w*)",
    r"\b(?:اذا|لو|ان)\s+(?:في|فيه|احد|حد|حدا|اي\s+احد)\s+(?:\w+\s+){0,3}?"
    r"(?:محتاج\w*|يحتاج\w*|بحاج\w*|جاي\s+للعلاج)",
    r"\b(?:اللي|الي|من)\s+(?:يبي\w*|يحتاج\w*|عنده\s+حاله|محتاج\w*)\s+(?:\w+\s+)?"
    r"(?:يكلم\w*|يتواصل|يرسل\w*|يراسل\w*|يحكي\w*|ياخذ\w*|يجي)",
    r"\b(?:لاي|لاول|علي\s+اي|لكل)\s+(?:احد|واحد|عائله|عايله|اسره|ام|طالب|مريض|عامل|شخص|حد)\b",
    r"\bل(?:طالب|اسره|عائله|عايله|مريض|عامل|احد)\s+ما\s+(?:عنده|عندها|عندهم)",
    r"\b(?:اللي|الي|من)\s+يعرف\s+(?:\w+\s+){0,2}?(?:محتاج\w*|تحتاج\w*|يحتاج\w*|عائله|عايله|اسر\w*)",
    r"\b(?:لو|اذا)\s+(?:في|فيه)\s+(?:حد|احد|حدا)\s+(?:\w+\s+){0,4}?(?:محتاج\w*|يحتاج\w*)",
    r"\b(?:اذا|لو)\s+(?:تعرفون|تعرف|يعرف|تعرفوا)\s+(?:\w+\s+)?(?:اسر\w*|عائل\w*|عايل\w*|محتاج\w*)",
    r"\bاذا\s+(?:احد|حد|حدا)\s+عنده\b",
    r"\bلذوي\b|\bلايتام\b|\bللايتام\b|\bلطلاب\b|\bلكبار\b",
)
_FREE = _any(
    r"\b(?:مجانا|مجاني\w*|ببلاش|بالمجان|فابور|تطوعا|لوجه\s+الله|free)\b",
    r"\b(?:بدون|بلا|من\s+غير|دون)\s+(?:اي\s+)?مقابل\b",
    r"\bعلي\s+حسابي\b|\bما\s+(?:ا|ن)?بي\s+شي\b|\bبس\s+الاجر\b",
)
_GIVE = _any(
    # A skill or a thing given, by the author: «أقدر أدرّس»، «أعطيها»، «نوزعه».
    r"\b(?:اقدر|نقدر|اقدم|نقدم|مستعد\w*|جاهز\w*|حاضر\w*|فاضي\w*|فاضيه|عندي\s+وقت)\b",
    r"\b(?:اساعد|نساعد|اشرح|ادرس|اترجم|اصور|اصلح|نصلح|كنصلح|اوصل|نوصل|ارافق|اراجع|افصل|"
    r"اعلم|ازور|اشيل|اعطي\w*|نعطي\w*|نوزع\w*|اتبرع|نتبرع|اتطوع|نتطوع|اسوي|نسوي|بعمل)\b",
    r"\b(?:متبرع|متبرعه)\s+ب(?!ال?دم)",
    r"\b(?:تعالو|تعالوا|تعالي)\s+(?:\w+\s+)?(?:خذو|خذوا|خذي|خذوها|خذيها)\w*",
    r"\b(?:خذوها|خذيها|ياخذه\w*|تاخذه\w*|تمر\s+تاخذ\w*|مروا\s+علينا|مرو\s+علينا)\b",
    r"\b(?:زايد\w*|زائد\w*|فايض|فائض|باقي\s+عندي|فاضل\s+عندنا|ما\s+(?:ن|ا)?حتاج\w*|"
    r"ما\s+عاد\w*\s+يحتاج\w*|ما\s+(?:ا|ن)?ستعمل\w*|ما\s+(?:ا|ن)?ستخدم\w*|كبرو|غيرتها|نستغني)\b",
    r"\b(?:راسلني|راسلوني|كلمني|كلموني|احكوني|يحكيني|تواصلو\s+معي|يتواصل\s+معي|ابعتولي|"
    r"صيفطو\s+ليا)\b",
    r"\b(?:i\s+can|we\s+can|happy\s+to|offering|i(?:'ll|\s+will)|i\s+have\s+a\s+spare|spare)\b",
    r"\b(?:ابي|ابغي)(?:ه|ها)\s+(?:ي|ت)روح",
    r"\b(?:اللي|الي|من|مين|اي\s+احد|اي\s+ام|شي\s+\w+)\s+(?:\w+\s+){0,7}?(?:يكلمني|يقولي|يقول\s+لي|"
    r"يتصل|تتصل|يسالني|تسالني|يكتب\s+لي|تكتب\s+لي|يمر|ياخذ|حياه|حياكم|يراسلني|بدو\s+ياها|"
    r"بدو\s+ياه|يبيها|يبغاها|محتاجها)",
    r"\b(?:رايح|رايحين)\s+(?:من|الي|لل)|\b(?:فيها|عندي|معي)\s+مكان\b|"
    r"\b(?:بيتنا|بيتي|الباب|استراحتي|بيوتنا)\s+مفتوح\w*|\bحياكم\b|\bفتحت\s+(?:استراحتي|بيتي|محلي)",
    r"\b(?:ارسلو|ارسلوا|ابعتو|ابعتوا)\s+لي\b|\bقولوا\s+(?:لي|رقم)",
    r"\b(?:انا\s+)?ممكن\s+(?:ا|ن)\w+\s+علي\w*|\bبجاوب\b|\bاجاوب\w*",
    r"\b(?:bla\s+flous|no\s+fee|for\s+free|free\s+of\s+charge|mesh\s+3ayez\s+feloos|"
    r"n9ri\w*|nqri\w*|zayd\w*|3andi|3andy)\b",
)
_NEED = _any(
    r"\bمطلوب(?:ين)?\b(?!\s+من)",
    r"\b(?:محتاج\w*|نحتاج|احتاج|يحتاج\w*|تحتاج\w*|بحاجه|بحاجة|في\s+حاجه)\b",
    r"\b(?:ادور|ندور|دورو|دوروا|ابحث|نبحث|ابحثو|ابحثوا|بدور|يدور|عم\s+يدور)\b",
    r"\b(?:احد|حد|حدا|مين|من|فيه|في|شي\s+حد|كاين\s+شي\s+واحد|هل\s+من|اي\s+احد|اللي)\s+"
    r"(?:\w+\s+){0,2}?(?:(?:ي|ت|بي|ب)قدر\w*|يعرف|بيعرف|بعرف|عنده|عندو|يساعد\w*|يتبرع\w*|يوصل\w*|يدرس\w*|"
    r"متطوع\w*|يسلف\w*|يعير\w*|يستغني\w*|يشوف\w*|لقاه\w*|لقاها|يلقا\w*|يصلح\w*|يشرح\w*)",
    r"\b(?:تكفون|تكفي|يا\s+اهل\s+الخير|اي\s+مساعده|ساعدوني|ساعدونا|فزعتكم|فزعه|نناشد|استغاثه|"
    r"انقذو\w*|بدنا|بدي\s+حدا|عاجل|ابحثوا\s+معنا)\b",
    r"\b(?:الله\s+يجزاه|جزاه\s+الله|الله\s+يسعده|ربنا\s+يجازي\w*|الله\s+يكتب\s+اجره)\b",
    r"\b(?:وين|فين)\s+(?:ا|ن)?(?:لاقي|لقي)\b",
    r"\bللنشر\b",
    r"\b(?:ضاع\w*|ضيعت|ضيعنا|فقدت|فقدنا|طاحت\s+مني|ضايع|ضايعه|تايه|تائه|اختفي|اختفت)\b",
    r"\b(?:needs?|looking\s+for|please\s+help|does\s+anyone|anyone|someone|lost:)",
    r"\b(?:ا|ن|ي)(?:بي|بغي|بغا|ريد|ريدون)\s+(?:\w+\s+)?(?:متبرع\w*|احد|واحد|حد|اخصائي\w*|محامي|"
    r"طبيب|دكتور|مترجم|سواق|متطوع\w*)",
    r"\b(?:يدلنا|يدلني|يدلهم|يدلني|تدلوني|دلوني)\b",
    r"\b(?:منو|شكون|زول|احد|حد|حدا|chi\s+wa7ed|fi\s+7ad|wa7ed)\b(?=.*[?؟])",
    r"\bكيف\s+(?:ن|ا)?(?:قدر|ساعد)\w*",
    r"\b(?:yesa3d\w*|ysa3d\w*|y3awn\w*|me7taj\w*|m7taj\w*|n7taj\w*)",
    r"\b(?:فيه|في)\s+(?:جمعيه|جهه|مكان|احد|حد|حدا)\b(?=.*[?؟])",
    r"\bوين\s+(?:اقرب|القى|الاقي)\b",
)
# Never help, whatever else the post says: prayers and sympathy, thanks after the fact,
# advice and trivia asked for, selling.
_VETO = _any(
    r"^(?:الله\s+يعين|الله\s+يشفي|الله\s+يرحم|الله\s+يجبر|عظم\s+الله|ربي\s+يشفي)",
    r"\b(?:بالدعاء|دعواتكم|ادعولي|ادعو\s+لي)\b",
    r"\b(?:شكرا|شكر\s+خاص|الف\s+شكر|مشكورين)\b(?!\s+(?:مقدما|سلفا))",
    r"\b(?:انصحكم|انصح|الجهات\s+الموثوقه|من\s+وين\s+ابدا|اغنيه|فيلم|مسلسل)\b",
    r"\b(?:ابيع\w*|نبيع\w*|بسعر\w*|للبيع|خدمتنا|co-?founder|good|best|recommend\w*)\b",
    r"\bمتابع\w*|\bمعرض\b|\bافتتاح\b",
)
# Not asking nor giving, unless the post says much else: hiring, opinions, news.
_NOT_HELP = _any(
    r"\b(?:وظيفه|وظايف|وظائف|توظيف|شاغر\w*|نوظف|للتوظيف|راتب|رواتب|hiring|job|cofounder)\b",
    r"\b(?:نبحث|نبغي|مطلوب|ابي|ابغي)\s+(?:عن\s+)?(?:مطور|مصمم|محاسب|مسوق|مبرمج|موظف\w*|مهندس|"
    r"سكرتير|مندوب|مصور)",
    r"^سؤال|\bعندي\s+سؤال\b",
    r"\b(?:رايكم|تنصحوني|تنصحون|انصحوني|افضل|احسن|زين|ايهما|اختار|مسابقه|تحدي|فكره|"
    r"اقتراح|تقترحون|الافكار|مطعم|كافيه)\b",
    r"\b(?:اللهم|ما\s+اجمل|يسر\s+امر|فرج\s+هم)\b",
    r"\b(?:شكرا|الف\s+شكر|جزاكم\s+الله|مشكورين|يحفظك|ما\s+ننسي|فضله)\b",
    r"\b(?:انتهت|اطلقت|اعلنت|افتتح\w*|تم\s+توزيع|حصيله|بنجاح)\b",
    r"\b(?:ريتويت|رتويت|الريتويت|بالريتويت|متجري|متابعين)\b",
)
_JOKE = re.compile(r"😂|🤣|😅|😹|😆|😋|😜|🤪")


@dataclass(frozen=True)
class HelpGuess:
    """What a post looks like: a help `request`, a help `offer` or `none`; the board's
    `category` it seems to belong to ("other" when none fits), and the `words` that
    decided."""

    kind: HelpKind
    category: str
    words: tuple[str, ...]


_NONE = HelpGuess(kind="none", category="", words=())


def _found(pattern: re.Pattern[str], text: str) -> list[str]:
    return [match.group(0).strip() for match in pattern.finditer(text)]


def help_guess(text: str) -> HelpGuess:
    """Tell whether `text` asks for help, offers it, or neither."""
    folded = fold(text)
    whoever = _found(_FOR_WHOEVER, folded)
    rest = _FOR_WHOEVER.sub(" ", folded)  # «لمن يحتاجه» is no need of the author's
    free = _found(_FREE, rest)
    offer = [*whoever, *whoever, *free, *free, *_found(_GIVE, rest)]
    request = _found(_NEED, rest)
    if COMMERCE.search(folded) or _VETO.search(folded):
        return _NONE  # a price, a discount, an order: an offer of another kind
    if _NOT_HELP.search(folded) and len(request) + len(offer) < 3:
        return _NONE
    topics = {name: _found(pattern, folded) for name, pattern in CATEGORIES.items()}
    category = max(topics, key=lambda name: len(topics[name]))
    if _JOKE.search(text) and not free and (len(request) < 2 or not topics[category]):
        return _NONE
    if not request and not offer:
        return _NONE
    # A question asks, even for something free: «أحد يقدر يصلحها ببلاش؟»
    asked = bool(request) and not whoever and folded.rstrip(" .!🙏").endswith(("?", "؟"))
    kind: HelpKind = "offer" if len(offer) > len(request) and not asked else "request"
    words = tuple(dict.fromkeys(offer if kind == "offer" else request))
    return HelpGuess(kind=kind, category=category if topics[category] else "other", words=words)
