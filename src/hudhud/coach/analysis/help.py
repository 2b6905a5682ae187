"""Tell a post that asks for help, or offers it, from everything else.

A help request asks for something concrete for the author or for someone else (a blood
donor, a lost child, food, a tutor, a wheelchair, a ride); a help offer gives something
concrete, free, to whoever needs it. Sami Al-Husain's point at the seed meeting was that
these already happen in posts; the coach spots them and suggests the structured request or
offer of the volunteering board, which reaches the right volunteers.

Commerce is the hard case on the offer side («عرض خاص: خصم ٥٠٪» is an offer of another
kind), hiring on the request side («نبحث عن مطور»), and sympathy, thanks and jokes on both.
Patterns run on `normalise`d text, as in `boosts`.
"""

import re
from dataclasses import dataclass
from typing import Literal

from hudhud.arabic import normalise
from hudhud.coach.analysis.promotion import COMMERCE

HelpKind = Literal["request", "offer", "none"]


def _any(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{item})" for item in alternatives))


# What help is about: the categories of the volunteering board, and their words.
CATEGORIES: dict[str, re.Pattern[str]] = {
    "blood": _any(
        r"\b(?:و|لل|بال|ال)?(?:دم|بلازما|صفايح|صفائح)\b",
        r"\b(?:ال)?متبرع(?:ين)?\b",
        r"\bتبرع\s+(?:ب|بال)?دم",
        r"\bفصيل(?:ه|ة)\b",
        r"\b(?:o|a|b|ab)\s?[+-]",
        r"\b(?:او|اي|بي|اي\s?بي)\s?(?:موجب|سالب)\b",
        r"\bblood\b|\bdonors?\b",
    ),
    "lost_found": _any(
        r"\b(?:ال)?مفقود(?:ه)?\b",
        r"\b(?:ضايع|ضايعه|ضاع|ضاعت|ضيعت|ضيعنا|فقدت|فقدنا|تايه|تائه|تاه|تاهت|مختفي|اختفي|اختفت)\b",
        r"\b(?:لقيت|لقينا|وجدت|عثرت)\s+(?:\w+\s+){0,2}(?:محفظه|جوال|شنطه|مفتاح|مفاتيح|بطاقه|"
        r"قطه|قطو|طفل|كلب|جواز|خاتم)",
        r"\blost\b|\bmissing\b|\bfound\s+a\b",
    ),
    "food": _any(
        r"\b(?:سله|سلال|سلات)\s+(?:ال)?غذا",
        r"\b(?:ال)?(?:اكل|طعام|غذا|غذاء|وجبات|وجبه|مواد\s+غذائيه|حليب|حفايض|حفاظات|ملابس|بطانيات|"
        r"مكيف|ثلاجه|اثاث|فرش)\b",
        r"\b(?:ايجار|الايجار|فاتوره|فواتير|ديون|دين|سداد|اسره\s+محتاجه|اسره\s+متعففه|عايله\s+محتاجه)\b",
        r"\bfood\b|\brent\b|\bclothes\b",
    ),
    "tutoring": _any(
        r"\b(?:ال)?(?:دروس|درس|تدريس|ادرس|ادرّس|مدرس|مدرسه\s+خصوصي|معلم|معلمه|شرح|مراجعه)\b",
        r"\b(?:ال)?(?:رياضيات|فيزيا|فيزياء|كيميا|كيمياء|انجليزي|قدرات|تحصيلي|ايلتس|توفل|نحو|قران)\b",
        r"\btutor\w*|\bmath\b|\blessons?\b",
    ),
    "medical_equipment": _any(
        r"\bكرسي\s+متحرك|\bكراسي\s+متحرك",
        r"\b(?:ال)?(?:عكاز|عكازات|ووكر|سرير\s+طبي|اكسجين|جهاز\s+(?:تنفس|اكسجين|سكر|ضغط)|"
        r"ادويه|دواء|علاج|انسولين|سماعه|نظارات)\b",
        r"\bwheelchair\b|\bmedicine\b",
    ),
    "transport": _any(
        r"\b(?:ال)?(?:توصيل(?:ه)?|توصله|مشوار|اوصل|يوصل|توصل|ايصال|نقل|سيارتي|سياره)\b",
        r"\bride\b|\blift\b",
    ),
}

_NEED = _any(
    r"\bمطلوب(?:ين)?\b(?!\s+منك)",
    r"\b(?:محتاج|محتاجه|محتاجين|احتاج|نحتاج|يحتاج|تحتاج|بحاجه|بحاجة|في\s+حاجه|حاجتنا)\b",
    r"\b(?:ادور|ندور|دورو|دوروا|ابحث|نبحث|بدور)\s+(?:علي|عن)\b",
    r"\b(?:من|مين|حد|احد)\s+(?:\w+\s+)?(?:يقدر|يعرف|يقدرون|عنده|عندها|يساعد|يتبرع|يوصل|يدرس|مستعد|فاضي)\b",
    r"\b(?:ساعدوني|ساعدونا|ساعدوهم|ساعدوه|ساعدوها|فزعتكم|الفزعه|فزعه|نناشد|مناشده|استغاثه|انقذوا)\b",
    r"\b(?:الله\s+يجزاه|جزي\s+الله|الله\s+يجزي|الله\s+يكتب\s+اجر)\s+(?:\w+\s+)?(?:من|اللي|كل)\b",
    r"\b(?:ياليت|يا\s+ليت|اتمني|نتمني|ارجو|نرجو)\s+(?:\w+\s+){0,2}(?:يساعد|يتبرع|يوصل|يدرس|يقدر)",
    r"\b(?:للنشر|انشروا|انشروها)\b",
    # A loss is a request to whoever finds it.
    r"\b(?:ضاع|ضاعت|ضيعت|ضيعنا|فقدت|فقدنا|ضايع|ضايعه|مفقود|مفقوده|تايه|تائه|اختفي|اختفت)\b",
    r"\b(?:اللي|الي|من|مين)\s+(?:يلقا|يلقي|يلقاه|يلقاها|لقي|لقاه|لقاها|يشوف|شاف|يعرف)",
    r"\burgent(?:ly)?\b\s+need|\bneeds?\b|\blooking\s+for\b|\bplease\s+help\b",
)
_GIVE = _any(
    r"\b(?:لمن|للي|لكل\s+من|اللي|الي|من)\s+(?:\w+\s+)?(?:يحتاج|يحتاجه|يحتاجها|تحتاج|محتاج|بحاجه)",
    r"\b(?:مجانا|مجاني|مجانيه|ببلاش|بلاش|بدون\s+مقابل|بلا\s+مقابل|لوجه\s+الله|تطوعا|صدقه|بالمجان|free)\b",
    r"\b(?:اتطوع|نتطوع|متطوع|متطوعه|متطوعين|تطوعي)\b",
    r"\b(?:اقدر|نقدر|اقدم|نقدم|مستعد|مستعده|مستعدين|جاهز|جاهزه|حاضر|حاضرين|اعرض|بتبرع|ابغي\s+اتبرع|"
    r"ابي\s+اتبرع|حاب\s+اتبرع|حابه\s+اتبرع|ودي\s+اتبرع|راح\s+اتبرع|اتبرع)\b",
    r"\b(?:عندي|عندنا|لدي|لدينا)\s+(?:\w+\s+){0,3}(?:زايد|زائد|ما\s+نحتاج|مو\s+محتاج|ما\s+احتاج|"
    r"نبي\s+نتبرع|للتبرع|لمن)",
    r"\b(?:تواصل|تواصلوا|كلموني|راسلوني|كلمني|راسلني)\b",
    r"\b(?:i\s+can|we\s+can|happy\s+to|offering|volunteer\w*)\b",
)
# Hiring: "needed" of another kind (commerce, "offer" of another kind: `promotion`).
_HIRING = _any(
    r"\b(?:وظيفه|وظايف|وظائف|توظيف|شاغر|شواغر|نوظف|للتوظيف|السيره\s+الذاتيه|سي\s?في|cv|"
    r"راتب|رواتب|دوام\s+(?:كامل|جزئي)|hiring|we\s+are\s+hiring|job)\b",
    r"\b(?:نبحث|نبغي|مطلوب)\s+(?:عن\s+)?(?:مطور|مصمم|محاسب|مسوق|مبرمج|موظف|موظفه|مهندس|"
    r"سكرتير|مندوب)",
)
# Not asking nor giving: sympathy, thanks after being helped, opinions, jokes.
_NOT_HELP = _any(
    r"^(?:الله\s+يعين|الله\s+يشفي|الله\s+يرحم|الله\s+يجبر|عظم\s+الله|شفاه\s+الله|ربي\s+يشفي)",
    r"\b(?:شكرا|الف\s+شكر|جزاكم\s+الله|جزاكم\s+الله\s+خير|الله\s+يجزاكم|مشكورين)\b",
    r"\b(?:رايكم|رأيكم|تنصحوني|تنصحون|انصحوني|وش\s+افضل|ايش\s+افضل|ايهما|افضل\s+\w+\s+\?)",
    r"😂|🤣|😅|😹",
    r"\b(?:تم\s+(?:ال)?(?:العثور|التبرع|الحمد)|وصلنا\s+العدد|اكتفينا|الحمدلله\s+تم|تم\s+بحمد)\b",
    r"\b(?:خبر|اخبار|اطلقت|اعلنت|اعلن|افتتح|افتتحت|حمله\s+تطوعيه|اليوم\s+العالمي)\b",
)


_GIVE_FREE = _any(
    r"\b(?:مجانا|مجاني|مجانيه|ببلاش|بدون\s+مقابل|بلا\s+مقابل|لوجه\s+الله|تطوعا|بالمجان|free)\b",
)


@dataclass(frozen=True)
class HelpGuess:
    """What a post looks like: a help `request`, a help `offer` or `none`; the board's
    `category` it seems to belong to, and the `words` that decided."""

    kind: HelpKind
    category: str
    words: tuple[str, ...]


def _found(pattern: re.Pattern[str], text: str) -> list[str]:
    return [match.group(0).strip() for match in pattern.finditer(text)]


def help_guess(text: str) -> HelpGuess:
    """Tell whether `text` asks for help, offers it, or neither."""
    folded = normalise(text)
    topics = {name: _found(pattern, folded) for name, pattern in CATEGORIES.items()}
    category = max(topics, key=lambda name: len(topics[name]))
    topic_words = topics[category]
    need = _found(_NEED, folded)
    give = _found(_GIVE, folded)
    if _NOT_HELP.search(folded) and not (need and topic_words):
        return HelpGuess(kind="none", category="", words=())
    if _HIRING.search(folded) or (COMMERCE.search(folded) and not _found(_GIVE_FREE, folded)):
        return HelpGuess(kind="none", category="", words=())
    if not topic_words and not (need and give):
        return HelpGuess(kind="none", category="", words=())
    if give and (len(give) >= len(need) or _found(_GIVE_FREE, folded)):
        return HelpGuess(kind="offer", category=category, words=(*give, *topic_words))
    if need:
        return HelpGuess(kind="request", category=category, words=(*need, *topic_words))
    return HelpGuess(kind="none", category="", words=())
