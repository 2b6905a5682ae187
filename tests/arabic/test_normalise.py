import pytest

from hudhud.arabic import is_blank, normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Alef variants
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آمنة", "امنه"),
        ("ٱلله", "الله"),
        # Alef maqsura, ta marbuta, hamza seats
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        ("مسئول", "مسوول"),  # ئ before و is the other spelling of ؤ
        ("شئون", "شوون"),
        # Persian letters as typed on a Persian keyboard
        ("کتاب", "كتاب"),
        ("یوم", "يوم"),
        # Digits
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("عام ٢٠٢٤", "عام 2024"),
        # Harakat, shadda, sukun, tanween
        ("مُحَمَّدٌ", "محمد"),
        ("مَرْحَبًا", "مرحبا"),
        ("كِتابٍ", "كتاب"),
        ("شكرٌ", "شكر"),
        # Hamza written as a mark over a bare alef
        ("ا\u0654حمد", "احمد"),
        # Superscript alef and Quranic marks
        ("هٰذا", "هذا"),
        ("الرَّحِيمِ\u06d6", "الرحيم"),
        ("قلى\u06da", "قلي"),
        ("ربّ\u06ed", "رب"),
        # Tatweel
        ("العمـــل", "العمل"),
        # Joiners and invisible marks
        ("می\u200cخواهم", "ميخواهم"),
        ("لا\u200dم", "لام"),
        ("a\u200bb", "ab"),
        ("\u200fمرحبا\u200e", "مرحبا"),
        ("\u061cمرحبا", "مرحبا"),
        ("\u202bمرحبا\u202c", "مرحبا"),
        ("\u202aa\u202db\u202e", "ab"),
        ("\u2066@yazeed\u2069", "@yazeed"),
        ("\u2067مرحبا\u2068\u2069", "مرحبا"),
        ("\ufeffمرحبا", "مرحبا"),
        ("a\u2060b", "ab"),
        # Presentation forms are decomposed first, then folded
        ("ﻻ", "لا"),
        ("ﷲ", "الله"),
        ("ﺃﺣﻤﺪ", "احمد"),
        # Latin is casefolded
        ("Hudhud", "hudhud"),
        ("ÉCOLE", "école"),
        ("Straße", "strasse"),
        ("#JavaScript و #بايثون", "#javascript و #بايثون"),
    ],
)
def test_normalise_folds_variants(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello world, this is plain ascii: 1 + 2 = 3!",
        "@yazeed https://example.com/a_b?c=d#e",
        "漢字 😅 ❤️ 🇸🇦",
    ],
)
def test_normalise_leaves_text_without_variants_unchanged(text: str) -> None:
    assert normalise(text) == text


@pytest.mark.parametrize(
    "words",
    [
        ("العمل التطوعي", "العمـل التطوّعي", "ٱلعمل ٱلتطوعى", "العمل\u200c التطوعي"),
        ("مدرسة", "مَدْرَسَةٌ", "مدرسه", "ﻣﺪﺭﺳﺔ"),
        ("سنة ٢٠٢٤", "سنه 2024", "سنة ۲۰۲۴"),
    ],
)
def test_normalise_gives_every_spelling_one_form(words: tuple[str, ...]) -> None:
    assert len({normalise(word) for word in words}) == 1


@pytest.mark.parametrize("text", ["أَحْمَدُ ٢٠٢٤", "ﷲ ﻻ", "Straße ΣΟΦΙΑ", "العمـــل\u200f"])
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


def test_normalise_casefolds_beyond_latin() -> None:
    assert normalise("ΣΟΦΙΑ Москва") == "ΣΟΦΙΑ Москва".casefold()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\n\t \u00a0\u3000",
        "\u200f\u200d",
        "\u200b\u200c\u200e\u061c",
        "\u202b\u202c\u2066\u2069",
        "\ufeff\u2060",
        "ـــ",
        "َ",
        " ًٌٍَُِّْ ",
        "\u2800",
    ],
)
def test_is_blank_is_true_for_nothing_visible(text: str) -> None:
    assert is_blank(text)


@pytest.mark.parametrize("text", ["a", "م", "٣", ".", "😅", "\u200fم\u200f", "ـــأ", "   x   "])
def test_is_blank_is_false_for_anything_visible(text: str) -> None:
    assert not is_blank(text)
