"""Hudhud's coach through its API: advice on a draft, the Hudhud-only profile fields and
identity reports."""

from datetime import timedelta

import pytest
from django.utils import timezone

from hudhud.accounts.services import profile_update
from hudhud.coach.models import Giveaway
from hudhud.coach.selectors.drafts import MAX_DRAFT
from hudhud.coach.services import giveaway_draw
from tests.api.conftest import ApiAs
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")


def test_a_draft_is_checked_as_json_and_as_a_form(api_as: ApiAs) -> None:
    api = api_as(make_account("mazen"))
    draft = "@some_celebrity رتويت بسرعة لو سمحت"

    for answer in (
        api.post("/api/hudhud/v1/coach/check", {"text": draft}),
        api.form("/api/hudhud/v1/coach/check", {"text": draft}),
    ):
        assert answer.status_code == 200
        [finding] = answer.json()["findings"]
        assert set(finding) == {"kind", "severity", "message", "suggestion"}
        assert finding["kind"] == "demanding_boost_request"
        assert finding["suggestion"].startswith("@some_celebrity للاطلاع")


def test_a_polite_draft_has_no_findings_and_anyone_may_check(api_as: ApiAs) -> None:
    answer = api_as(None).post(
        "/api/hudhud/v1/coach/check", {"text": "إذا أعجبك المحتوى يسعدني دعمك بإعادة النشر"}
    )

    assert answer.status_code == 200
    assert answer.json() == {"findings": []}


@pytest.mark.parametrize("text", ["", "   ", "ب" * (MAX_DRAFT + 1)])
def test_an_empty_or_huge_draft_is_a_422(api_as: ApiAs, text: str) -> None:
    answer = api_as(make_account("mazen")).post("/api/hudhud/v1/coach/check", {"text": text})

    assert answer.status_code == 422
    assert answer.json()["error"]


def test_the_messages_are_in_the_callers_language(api_as: ApiAs) -> None:
    mazen = make_account("mazen")
    assert mazen.user is not None
    mazen.user.language = "en"
    mazen.user.save()

    [finding] = (
        api_as(mazen).post("/api/hudhud/v1/coach/check", {"text": "رتويت بسرعة"}).json()["findings"]
    )

    assert finding["message"].startswith("This asks for boosts")


def test_the_hudhud_profile_fields_are_read_and_changed(api_as: ApiAs) -> None:
    yazeed = make_account("yazeed")
    api = api_as(yazeed)

    changed = api.patch(
        "/api/hudhud/v1/profile",
        {
            "specialties": [{"name": "الأمن السيبراني", "keywords": ["phishing"]}, "الشبكات"],
            "open_to_offers": True,
            "kind": "person",
        },
    )

    assert changed.status_code == 200
    assert changed.json() == {
        "specialties": [
            {"name": "الأمن السيبراني", "keywords": ["phishing"]},
            {"name": "الشبكات", "keywords": []},
        ],
        "open_to_offers": True,
        "focus_public": False,
        "kind": "person",
        "checklist": [],
    }
    # A name given alone keeps its keywords.
    again = api.patch("/api/hudhud/v1/profile", {"specialties": ["الأمن السيبراني"]}).json()
    assert again["specialties"] == [{"name": "الأمن السيبراني", "keywords": ["phishing"]}]
    assert api.get("/api/hudhud/v1/profile").json() == again
    account = api.get(f"/api/v1/accounts/{yazeed.pk}").json()
    assert (account["specialties"], account["open_to_offers"]) == (["الأمن السيبراني"], True)


@pytest.mark.parametrize(
    "body",
    [
        {"specialties": ["ت" * 500]},
        {"specialties": ["أ", "ب", "ج", "د"]},
        {"specialties": [{"name": "تصميم", "keywords": ["ك"] * 11}]},
        {"kind": "celebrity"},
        {"open_to_offers": "maybe"},
    ],
)
def test_bad_profile_fields_are_a_422_and_change_nothing(api_as: ApiAs, body: dict) -> None:  # type: ignore[type-arg]
    yazeed = make_account("yazeed")
    profile_update(account=yazeed, specialties=[("التصميم", ["شعار"])])

    answer = api_as(yazeed).patch("/api/hudhud/v1/profile", body)

    assert answer.status_code == 422
    assert answer.json()["error"]
    yazeed.refresh_from_db()
    assert (yazeed.specialties, yazeed.kind, yazeed.open_to_offers) == (
        [{"name": "التصميم", "keywords": ["شعار"]}],
        "person",
        False,
    )


def test_the_profile_needs_the_accounts_scopes(api_as: ApiAs) -> None:
    yazeed = make_account("yazeed")
    assert api_as(None).get("/api/hudhud/v1/profile").status_code == 401
    read_only = api_as(yazeed, scopes="read")
    assert read_only.patch("/api/hudhud/v1/profile", {"kind": "business"}).status_code == 403


def test_the_owner_reads_the_whole_identity_report(api_as: ApiAs) -> None:
    yazeed = make_account("yazeed")
    profile_update(account=yazeed, specialties=[("الأمن السيبراني", [])])
    on_topic = make_post(yazeed, "انتبهوا من رسائل التصيد اللي تنتحل البنوك")
    personal = make_post(yazeed, "صباح الخير، قهوتي الأولى ☕")

    report = api_as(yazeed).get(f"/api/hudhud/v1/accounts/{yazeed.pk}/identity").json()

    assert report["shares"] == {"on_topic": 0.5, "personal": 0.5, "other": 0.0}
    assert [week["on_topic"] + week["personal"] + week["other"] for week in report["history"]]
    assert report["advice"]
    assert report["top_terms"] == ["التصيد"]
    assert report["posts"] == [
        {"id": str(personal.pk), "category": "personal", "reasons": ["صباح الخير", "قهوتي"]},
        {"id": str(on_topic.pk), "category": "on_topic", "reasons": ["التصيد"]},
    ]


def test_others_get_a_403_unless_the_badge_is_shown_and_then_only_the_shares(
    api_as: ApiAs,
) -> None:
    yazeed, sami = make_account("yazeed"), make_account("sami")
    profile_update(account=yazeed, specialties=[("الأمن السيبراني", [])])
    make_post(yazeed, "فعلوا التحقق بخطوتين")
    path = f"/api/hudhud/v1/accounts/{yazeed.pk}/identity"

    assert api_as(sami).get(path).status_code == 403
    assert api_as(None).get(path).status_code == 403
    profile_update(account=yazeed, focus_public=True)
    shown = api_as(None).get(path).json()
    assert shown == {
        "shares": {"on_topic": 1.0, "personal": 0.0, "other": 0.0},
        "history": None,
        "top_terms": None,
        "advice": None,
        "posts": None,
    }
    assert api_as(sami).get("/api/hudhud/v1/accounts/12345/identity").status_code == 404


def _giveaway_body(post_id: int, **fields: object) -> dict:  # type: ignore[type-arg]
    deadline = (timezone.now() + timedelta(hours=2)).isoformat()
    return {
        "status_id": str(post_id),
        "rule": "reply",
        "deadline": deadline,
        "winners": 1,
        **fields,
    }


def test_a_giveaway_is_made_read_entered_drawn_and_verified(api_as: ApiAs) -> None:
    mazen = make_account("mazen", kind="startup")
    sami = make_account("sami")
    post = make_post(mazen, "🎁 رد وادخل السحب")
    organiser, entrant = api_as(mazen), api_as(sami)

    made = organiser.post("/api/hudhud/v1/giveaways", _giveaway_body(post.pk))
    assert made.status_code == 200
    found = made.json()
    assert found["status_id"] == str(post.pk)
    assert (found["secret"], found["entrants"], found["winners"]) == (None, None, None)
    assert len(found["commitment"]) == 64 and found["algorithm"] == "hudhud-giveaway-v1"
    path = f"/api/hudhud/v1/giveaways/{found['id']}"
    assert entrant.get(f"{path}/entry").json() == {"status": "not_entered"}
    make_post(sami, "أنا مشارك", reply_to=post)
    assert entrant.get(f"{path}/entry").json() == {"status": "entered"}
    assert api_as(None).get(f"{path}/verify").status_code == 422

    Giveaway.objects.filter(pk=int(found["id"])).update(deadline=timezone.now())
    giveaway_draw(giveaway=Giveaway.objects.get(pk=int(found["id"])))

    drawn = api_as(None).get(path).json()
    assert drawn["winners"] == [{"id": str(sami.pk), "acct": "sami"}]
    assert drawn["entrants"] == [{"id": str(sami.pk), "acct": "sami"}]
    assert drawn["secret"] and drawn["announcement_id"]
    assert api_as(None).get(f"{path}/verify").json() == {
        "verified": True,
        "recomputed_winners": [str(sami.pk)],
    }


@pytest.mark.parametrize(
    "fields",
    [
        {"deadline": "2020-01-01T00:00:00+00:00"},
        {"winners": 0},
        {"winners": 1000},
        {"rule": "like"},
        {"deadline": "tomorrow"},
    ],
)
def test_bad_giveaways_are_a_422_and_make_nothing(api_as: ApiAs, fields: dict) -> None:  # type: ignore[type-arg]
    mazen = make_account("mazen", kind="startup")
    post = make_post(mazen, "🎁 مسابقة")

    answer = api_as(mazen).post("/api/hudhud/v1/giveaways", _giveaway_body(post.pk, **fields))

    assert answer.status_code == 422
    assert answer.json()["error"]
    assert not Giveaway.objects.exists()


def test_only_the_organiser_makes_and_changes_a_giveaway(api_as: ApiAs) -> None:
    mazen = make_account("mazen", kind="startup")
    other = make_account("shop", kind="business")
    post = make_post(mazen, "🎁 مسابقة")

    assert (
        api_as(other).post("/api/hudhud/v1/giveaways", _giveaway_body(post.pk)).status_code == 404
    )
    person = make_account("sami")
    own = make_post(person, "مسابقتي")
    assert (
        api_as(person).post("/api/hudhud/v1/giveaways", _giveaway_body(own.pk)).status_code == 422
    )
    made = api_as(mazen).post("/api/hudhud/v1/giveaways", _giveaway_body(post.pk)).json()
    path = f"/api/hudhud/v1/giveaways/{made['id']}"
    assert api_as(other).patch(path, {"winners": 3}).status_code == 403
    assert api_as(mazen).patch(path, {"winners": 3}).json()["winners_count"] == 3
    make_post(person, "مشارك", reply_to=post)
    refused = api_as(mazen).patch(path, {"winners": 5})
    assert refused.status_code == 422
    assert api_as(None).get(path).json()["winners_count"] == 3
    assert api_as(None).get("/api/hudhud/v1/giveaways/123").status_code == 404


def test_the_talent_directory_and_job_offers_through_the_api(api_as: ApiAs) -> None:
    yazeed = make_account("yazeed")
    profile_update(account=yazeed, specialties=[("أمن المعلومات", [])], open_to_offers=True)
    make_post(yazeed, "ثغرة جديدة في المتصفح")
    ministry = make_account("ministry", kind="organisation")
    stranger = make_account("sami")

    [listed] = api_as(None).get("/api/hudhud/v1/talent", q="امن").json()
    assert listed["account"]["id"] == str(yazeed.pk) and listed["on_topic"] == 1.0
    sent = api_as(ministry).post(
        "/api/hudhud/v1/offers",
        {
            "account_id": str(yazeed.pk),
            "title": "مهندس أمن",
            "description": "دوام كامل",
            "how_to_reply": "careers@example.org",
        },
    )
    assert sent.status_code == 200
    offer_id = sent.json()["id"]
    assert [o["id"] for o in api_as(yazeed).get("/api/hudhud/v1/offers").json()] == [offer_id]
    assert [o["id"] for o in api_as(ministry).get("/api/hudhud/v1/offers/sent").json()] == [
        offer_id
    ]
    # A stranger sees no inbox but their own, and no one else's offer.
    assert api_as(stranger).get("/api/hudhud/v1/offers").json() == []
    assert api_as(stranger).get(f"/api/hudhud/v1/offers/{offer_id}").status_code == 404
    assert api_as(stranger).post(f"/api/hudhud/v1/offers/{offer_id}/accept").status_code == 404
    assert api_as(ministry).post(f"/api/hudhud/v1/offers/{offer_id}/accept").status_code == 403
    accepted = api_as(yazeed).post(f"/api/hudhud/v1/offers/{offer_id}/accept")
    assert accepted.json()["status"] == "accepted"
    again = api_as(yazeed).post(f"/api/hudhud/v1/offers/{offer_id}/decline")
    assert again.status_code == 422


def test_a_person_may_not_send_offers(api_as: ApiAs) -> None:
    yazeed = make_account("yazeed")
    profile_update(account=yazeed, open_to_offers=True)
    answer = api_as(make_account("sami")).post(
        "/api/hudhud/v1/offers",
        {"account_id": str(yazeed.pk), "title": "t", "description": "d", "how_to_reply": "r"},
    )
    assert answer.status_code == 422
    assert answer.json()["error"]


def test_a_startup_gets_its_profile_checklist_avatar_first(api_as: ApiAs) -> None:
    startup = make_account("nabta", kind="startup")
    profile_update(
        account=startup, bio="منصة لتعليم البرمجة", fields=[("الموقع", "https://nabta.example")]
    )

    checklist = api_as(startup).get("/api/hudhud/v1/profile").json()["checklist"]

    assert [(item["item"], item["done"]) for item in checklist] == [
        ("avatar", False),
        ("header", False),
        ("bio", True),
        ("link", True),
        ("specialty", False),
        ("pinned_post", False),
    ]
    assert all(item["label"] for item in checklist)
