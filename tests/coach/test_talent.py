"""The talent directory and job offers: who is listed and in which order, who may send an
offer, the daily limit, and answers only from the recipient."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from pytest_django import Settings

from hudhud.accounts.models import Account
from hudhud.accounts.services import block_create, profile_update
from hudhud.coach.models import Focus, JobOffer
from hudhud.coach.selectors.talent import offers_received, offers_sent, talent_directory
from hudhud.coach.services import job_offer_answer, job_offer_create
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")


def open_to_offers(username: str, specialty: str, posts: list[str]) -> Account:
    account = make_account(username)
    profile_update(account=account, specialties=[(specialty, [])], open_to_offers=True)
    for text in posts:
        make_post(account, text)
    account.refresh_from_db()
    return account


def offer(sender: Account, recipient: Account, title: str = "مهندس أمن سحابي") -> JobOffer:
    return job_offer_create(
        sender=sender,
        recipient=recipient,
        title=title,
        description="دوام كامل في الرياض، خبرة سنتين",
        how_to_reply="careers@example.org",
    )


def test_the_directory_lists_people_open_to_offers_most_focused_first() -> None:
    focused = open_to_offers(
        "yazeed",
        "الأمن السيبراني",
        ["انتبهوا من التصيد", "فعلوا التحقق بخطوتين", "ثغرة جديدة في المتصفح"],
    )
    scattered = open_to_offers(
        "sami", "الأمن السيبراني", ["صباح الخير", "قهوتي الأولى ☕", "ثغرة في الراوتر"]
    )
    make_account("bassem")  # not open to offers

    found = talent_directory(None)

    assert [item.account for item in found] == [focused, scattered]
    assert Focus.objects.get(account=focused).on_topic == 1.0
    assert found[1].on_topic == pytest.approx(1 / 3)


def test_the_directory_is_searched_by_specialty_in_any_spelling() -> None:
    security = open_to_offers("yazeed", "أمن المعلومات", ["ثغرة جديدة"])
    open_to_offers("mona", "التصميم الجرافيكي", ["شعار جديد"])

    assert [item.account for item in talent_directory(None, "امن")] == [security]
    assert [item.account for item in talent_directory(None, "المعلومات")] == [security]


def test_blocks_keep_people_out_of_each_others_directory() -> None:
    yazeed = open_to_offers("yazeed", "أمن المعلومات", ["ثغرة"])
    shop = make_account("shop", kind="business")
    block_create(account=yazeed, target=shop)

    assert talent_directory(shop) == []
    assert [item.account for item in talent_directory(None)] == [yazeed]


def test_an_organisation_sends_an_offer_that_only_the_recipient_answers() -> None:
    yazeed = open_to_offers("yazeed", "أمن المعلومات", [])
    ministry = make_account("ministry", kind="organisation")

    sent = offer(ministry, yazeed)

    assert list(offers_received(yazeed)) == [sent]
    assert list(offers_sent(ministry)) == [sent]
    assert list(offers_received(ministry)) == []
    with pytest.raises(PermissionDenied):
        job_offer_answer(offer=sent, account=ministry, accept=True)
    answered = job_offer_answer(offer=sent, account=yazeed, accept=True)
    assert answered.status == "accepted" and answered.answered_at is not None
    with pytest.raises(ValidationError):
        job_offer_answer(offer=sent, account=yazeed, accept=False)


@pytest.mark.parametrize(
    ("sender_kind", "recipient_open", "code"),
    [("person", True, "not_organiser"), ("business", False, "closed")],
)
def test_offers_come_from_organisations_to_people_open_to_them(
    sender_kind: str, recipient_open: bool, code: str
) -> None:
    recipient = make_account("yazeed")
    profile_update(account=recipient, open_to_offers=recipient_open)
    with pytest.raises(ValidationError) as refused:
        offer(make_account("sender", kind=sender_kind), recipient)
    assert refused.value.code == code
    assert not JobOffer.objects.exists()


@pytest.mark.parametrize(
    ("fields", "code"),
    [({"title": "  "}, "blank"), ({"description": "و" * 2001}, "too_long")],
)
def test_an_offer_needs_its_fields(fields: dict, code: str) -> None:  # type: ignore[type-arg]
    yazeed = open_to_offers("yazeed", "أمن المعلومات", [])
    body = {"title": "مهندس", "description": "وصف", "how_to_reply": "careers@example.org"}
    with pytest.raises(ValidationError) as refused:
        job_offer_create(
            sender=make_account("ministry", kind="organisation"),
            recipient=yazeed,
            **{**body, **fields},
        )
    assert refused.value.code == code


def test_one_waiting_offer_a_person_and_a_daily_limit(settings: Settings) -> None:
    settings.JOB_OFFERS_PER_DAY = 2
    ministry = make_account("ministry", kind="organisation")
    yazeed = open_to_offers("yazeed", "أمن المعلومات", [])
    sami = open_to_offers("sami", "التصميم", [])
    bassem = open_to_offers("bassem", "ريادة الأعمال", [])

    first = offer(ministry, yazeed)
    with pytest.raises(ValidationError) as waiting:
        offer(ministry, yazeed, "وظيفة أخرى")
    assert waiting.value.code == "waiting"
    offer(ministry, sami)
    with pytest.raises(ValidationError) as flood:
        offer(ministry, bassem)
    assert flood.value.code == "too_many"
    job_offer_answer(offer=first, account=yazeed, accept=False)
    assert JobOffer.objects.filter(sender=ministry).count() == 2
