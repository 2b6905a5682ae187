"""Fold Arabic text to one spelling per word, and tell blank text apart."""

import re
import unicodedata

import regex

_FOLDS = (
    ("أإآٱ", "ا"),
    ("ى", "ي"),
    ("ة", "ه"),
    ("ؤ", "و"),
    ("ئ", "ي"),
    ("ک", "ك"),  # Persian keheh, as typed on Persian keyboards
    ("ی", "ي"),  # Persian yeh, likewise
)

_DIGITS = ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")  # Arabic-Indic, Persian

_DROPPED = (
    (0x064B, 0x065F),  # harakat, shadda, sukun, hamza above and below
    (0x0670, 0x0670),  # superscript alef
    (0x06D6, 0x06ED),  # Quranic annotation marks
    (0x0640, 0x0640),  # tatweel, which stretches a word for looks only
    (0x200B, 0x200F),  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    (0x061C, 0x061C),  # Arabic letter mark
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x2060),  # word joiner
    (0x2066, 0x2069),  # bidi isolates
    (0xFEFF, 0xFEFF),  # BOM, also used as a zero-width no-break space
)

# str.translate raises and swallows a KeyError for every character missing
# from its table, which made it ~1.8x slower on Arabic posts. Mapping the blocks
# posts are written in to themselves (Latin to Arabic Extended, punctuation
# and symbols, presentation forms, emoji) keeps them off that slow path.
_IDENTITY = ((0x0000, 0x08FF), (0x2000, 0x2BFF), (0xFB50, 0xFEFF), (0x1F000, 0x1FAFF))


def _build_table() -> dict[int, int | str | None]:
    table: dict[int, int | str | None] = {}
    for first, last in _IDENTITY:
        table.update((code, code) for code in range(first, last + 1))
    for variants, base in _FOLDS:
        table.update((ord(variant), base) for variant in variants)
    for digits in _DIGITS:
        table.update((ord(digit), str(value)) for value, digit in enumerate(digits))
    for first, last in _DROPPED:
        table.update(dict.fromkeys(range(first, last + 1)))
    return table


_TABLE = _build_table()
_TABLE_KEEPING_TA_MARBUTA = {**_TABLE, ord("ة"): ord("ة")}

# Stdlib `re` scans one character class faster than `regex`, and every post pays.
_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")

_BLANK = regex.compile(
    # Default_Ignorable_Code_Point is Unicode's list of what renders as nothing
    # (ZWJ, ZWNJ, ZWSP, LRM/RLM/ALM, bidi controls, BOM, word joiner, fillers).
    # Harakat or tatweel alone draw no letter, and U+2800 (braille blank) is
    # the usual way to post "empty" text past checks like this one.
    r"[\s\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}\u0640\u2800]*"
)


def normalise(text: str) -> str:
    """Return text folded for matching: one spelling for every variant."""
    return _prepare(text).translate(_TABLE).casefold()


def normalise_keeping_ta_marbuta(text: str) -> str:
    """Return text folded as `normalise` does, except that ة stays ة.

    The stemmer needs it: ة ends a noun (سيارة), while ه may also be "his" (سيارته), and
    only the first can be stripped safely. It folds ة to ه itself once it has stemmed.
    """
    return _prepare(text).translate(_TABLE_KEEPING_TA_MARBUTA).casefold()


def _prepare(text: str) -> str:
    # NFKC is slow and rewrites more than Arabic, so pay for it only when
    # presentation forms (ﻻ, ﷲ, ...) would otherwise slip past the table.
    if _PRESENTATION_FORM.search(text):
        text = unicodedata.normalize("NFKC", text)
    # Before و a hamza is written on ؤ or on ئ by different conventions (مسؤول, مسئول;
    # شؤون, شئون): one word, so ئو is read as ؤو and both fold to وو.
    return text.replace("ئو", "ؤو")


def is_blank(text: str) -> bool:
    """Return True when text has nothing visible: only whitespace and invisible marks."""
    return _BLANK.fullmatch(text) is not None
