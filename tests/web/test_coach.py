"""The coach in the browser's pages: the composer's advice and the identity page."""

import pytest
from django.test import Client

from hudhud.accounts.services import profile_update
from tests.factories import make_account, make_post
from tests.web.pages import elements, html, signed_in

pytestmark = pytest.mark.usefixtures("db")


def test_the_composer_asks_for_advice_as_one_types() -> None:
    mazen = make_account("mazen")
    page = signed_in(mazen).get("/")

    [textarea] = [e for e in elements(page, "textarea") if e.attrs.get("name") == "text"]
    assert textarea.attrs["hx-post"] == "/compose/check"
    assert "delay:" in textarea.attrs["hx-trigger"]
    assert elements(page, "div") and any("coach" in e.classes for e in elements(page, "div"))


def test_the_advice_on_a_demanding_draft_offers_the_polite_wording() -> None:
    answer = signed_in(make_account("mazen")).post(
        "/compose/check", {"text": "@some_celebrity رتويت بسرعة لو سمحت"}
    )

    assert answer.status_code == 200
    [finding] = [e for e in elements(answer, "div") if "coach-finding" in e.classes]
    assert finding.attrs["data-kind"] == "demanding_boost_request"
    [button] = elements(answer, "button")
    assert button.attrs["data-use-suggestion"].startswith("@some_celebrity للاطلاع")


def test_a_polite_or_empty_draft_gets_nothing() -> None:
    client = signed_in(make_account("mazen"))
    for text in ("", "إذا أعجبك المحتوى يسعدني دعمك بإعادة النشر"):
        answer = client.post("/compose/check", {"text": text})
        assert answer.status_code == 200
        assert not html(answer).strip()


def test_the_owner_sees_the_identity_page_with_its_chart() -> None:
    yazeed = make_account("yazeed")
    profile_update(account=yazeed, specialties=[("الأمن السيبراني", [])])
    make_post(yazeed, "انتبهوا من رسائل التصيد اللي تنتحل البنوك")
    make_post(yazeed, "صباح الخير، قهوتي الأولى ☕")

    page = signed_in(yazeed).get("/@yazeed/identity")

    assert page.status_code == 200
    [chart] = [e for e in elements(page, "img") if "chart" in e.classes]
    assert chart.attrs["src"].startswith("data:image/svg+xml;")
    assert chart.attrs["alt"]
    categories = [e.classes for e in elements(page, "li") if e.classes]
    assert ["personal"] in categories and ["on_topic"] in categories
    assert "التصيد" in html(page)


def test_others_see_nothing_until_the_badge_is_shown_then_only_the_shares() -> None:
    yazeed = make_account("yazeed")
    profile_update(account=yazeed, specialties=[("الأمن السيبراني", [])])
    make_post(yazeed, "انتبهوا من رسائل التصيد اللي تنتحل البنوك")

    assert Client().get("/@yazeed/identity").status_code == 404
    assert signed_in(make_account("sami")).get("/@yazeed/identity").status_code == 404
    profile_update(account=yazeed, focus_public=True)
    page = Client().get("/@yazeed/identity")
    assert page.status_code == 200
    assert not [e for e in elements(page, "img") if "chart" in e.classes]
    assert "التصيد" not in html(page)
    profile = Client().get("/@yazeed")
    assert any(
        e.attrs.get("href") == "/@yazeed/identity" and "focus" in e.classes
        for e in elements(profile, "a")
    )


def test_specialties_and_offers_are_set_in_the_profile_settings() -> None:
    yazeed = make_account("yazeed")
    form = {
        "display_name": "يزيد",
        "bio": "",
        "kind": "person",
        "specialty_0": "الأمن السيبراني",
        "keywords_0": "phishing، SOC, ثغرات",
        "specialty_1": "الشبكات",
        "keywords_1": "",
        "specialty_2": "",
        "keywords_2": "",
        "open_to_offers": "on",
        "focus_public": "on",
    }

    answer = signed_in(yazeed).post("/settings/profile", form)

    assert answer.status_code == 302
    yazeed.refresh_from_db()
    assert yazeed.specialties == [
        {"name": "الأمن السيبراني", "keywords": ["phishing", "SOC", "ثغرات"]},
        {"name": "الشبكات", "keywords": []},
    ]
    assert (yazeed.open_to_offers, yazeed.focus_public) == (True, True)
    assert yazeed.specialty == "الأمن السيبراني · الشبكات"


def test_a_business_sees_its_profile_checklist_avatar_first() -> None:
    shop = make_account("shop", kind="business")
    page = signed_in(shop).get("/settings/profile")

    items = [e.attrs["data-item"] for e in elements(page, "li") if "data-item" in e.attrs]
    assert items[0] == "avatar" and len(items) == 6
    assert "data-item" not in html(signed_in(make_account("sami")).get("/settings/profile"))
