"""The coach's text analysis: demanding boost requests and their rewrite, help requests and
offers, promotion, and identity classification (their quality on the labelled sets is
measured by `make bench`)."""

import pytest

from hudhud.coach.analysis.boosts import POLITE_ASK_AR, boost_request, polite_rewrite
from hudhud.coach.analysis.help import help_guess
from hudhud.coach.analysis.identity import Specialty, fields_of, identity_model
from hudhud.coach.analysis.promotion import promotional


@pytest.mark.parametrize(
    "text",
    [
        "@some_celebrity رتويت بسرعة لو سمحت",
        "@famous ممكن ريتويت؟",
        "انشروها قبل ما تنحذف!!",
        "رتويت رتويت رتويت",
        "اللي ما ينشر ما عنده ضمير",
        "شكرا مقدما على الريتويت",
        "please RT!",
        "لازم تسوون ريتويت للتغريدة المثبتة",
    ],
)
def test_demands_for_boosts_are_found(text: str) -> None:
    found = boost_request(text)
    assert found.asks and found.demanding, text
    assert found.words


@pytest.mark.parametrize(
    "text",
    [
        "للاطلاع وفي حالة إعجابك به فيمكنك عمل ريتويت",
        "إذا أعجبك المحتوى يسعدني دعمك بإعادة النشر",
        "لو شفتها مفيدة شاركها، وإن لم تعجبك فلا حرج",
        "ليش الناس تسوي ريتويت لكل شيء؟",
        "عملت ريتويت لتغريدة أخي",
        "شكرًا على الريتويت يا شباب",
        "نشرت الجامعة النتائج اليوم",
        "شاركوا في الماراثون وكان يوم جميل",
        "RT @ali: خبر مهم",
    ],
)
def test_polite_asks_and_talk_about_boosts_are_not_demands(text: str) -> None:
    assert not boost_request(text).demanding, text


def test_a_polite_ask_is_told_by_the_words_that_leave_the_choice() -> None:
    found = boost_request("إذا أعجبك المحتوى يسعدني دعمك بإعادة النشر")

    assert found.asks and not found.demanding
    assert found.words == ("اذا اعجبك",)


def test_the_rewrite_keeps_the_mentions_and_the_rest_and_asks_politely() -> None:
    rewritten = polite_rewrite(
        "أطلقنا تطبيقنا لتعلم البرمجة بالعربي. @star انشره بسرعة!", language="ar"
    )

    assert rewritten == f"@star أطلقنا تطبيقنا لتعلم البرمجة بالعربي. {POLITE_ASK_AR}"
    assert not boost_request(rewritten).demanding


def test_the_rewrite_of_an_english_draft_is_english() -> None:
    rewritten = polite_rewrite("Our new app is out. Please RT now!", language="en")

    assert rewritten.startswith("Our new app is out.")
    assert "if you like it" in rewritten
    assert not boost_request(rewritten).demanding


@pytest.mark.parametrize(
    ("text", "kind", "category"),
    [
        ("للنشر: مطلوب متبرع دم O- في مستشفى الملك فهد بالرياض", "request", "blood"),
        ("ضاعت محفظتي في حي النخيل، اللي يلقاها الله يجزاه خير", "request", "lost_found"),
        ("عندي كرسي متحرك ما نحتاجه، لمن يحتاجه مجانًا", "offer", "medical_equipment"),
        ("أقدر أدرّس رياضيات لطلاب الثانوي ببلاش", "offer", "tutoring"),
    ],
)
def test_help_requests_and_offers_are_told_with_their_category(
    text: str, kind: str, category: str
) -> None:
    guess = help_guess(text)
    assert (guess.kind, guess.category) == (kind, category), text
    assert guess.words


@pytest.mark.parametrize(
    "text",
    [
        "عرض خاص: خصم ٥٠٪ على كل المنتجات",
        "نبحث عن مطور واجهات للانضمام لفريقنا",
        "الله يعين أهل المريض ويشفيه",
        "وش رأيكم بالجوال الجديد؟",
    ],
)
def test_commerce_hiring_sympathy_and_questions_are_not_help(text: str) -> None:
    assert help_guess(text).kind == "none", text


def test_promotion_is_prices_discounts_and_orders() -> None:
    assert promotional("خصم ٣٠٪ على الاشتراك السنوي، اطلب الآن")
    assert promotional("Order now: 20% off")
    assert not promotional("كتبت اليوم عن تجربتنا في بناء الفريق")


def test_a_specialty_finds_its_field_by_any_of_its_names() -> None:
    assert fields_of(Specialty("أمن المعلومات")) == ["security"]
    assert fields_of(Specialty("Frontend Developer")) == ["frontend"]
    assert fields_of(Specialty("مستشار قانوني")) == ["law"]
    assert fields_of(Specialty("تربية الصقور")) == []


def test_posts_are_on_topic_personal_or_other_and_say_why() -> None:
    model = identity_model([Specialty("الأمن السيبراني")])

    on_topic = model.classify("انتبهوا من رسائل phishing اللي تنتحل البنوك")
    personal = model.classify("تعبت من الدوام اليوم ☕")
    other = model.classify("مباراة الهلال اليوم كانت نار")

    assert (on_topic.category, on_topic.reasons) == ("on_topic", ("phishing",))
    assert (personal.category, set(personal.reasons)) == ("personal", {"تعبت", "الدوام"})
    assert (other.category, other.reasons) == ("other", ())


def test_the_longest_phrase_decides() -> None:
    verdict = identity_model([Specialty("التصميم")]).classify("جمعة مباركة")

    assert (verdict.category, verdict.reasons) == ("personal", ("جمعة مباركة",))


def test_an_uncommon_specialty_learns_its_words_from_the_accounts_own_posts() -> None:
    specialty = Specialty("تربية الصقور", ("صقر",))
    history = [
        "الصقر الحر يحتاج تدريب على التلواح قبل موسم المقناص",
        "أفضل وقت لتدريب الصقر على التلواح هو الصباح الباكر",
        "جهزت الوكر للصقر الجديد",
    ]
    without = identity_model([specialty])
    learned = identity_model([specialty], history=history)

    text = "التلواح اليوم كان ممتاز"
    assert without.classify(text).category == "other"
    assert learned.classify(text).category == "on_topic"
    assert learned.classify(text).reasons == ("التلواح",)
