"""The talent directory and the offers inbox in the pages."""

import pytest
from django.test import Client

from hudhud.accounts.services import profile_update
from hudhud.coach.models import JobOffer
from tests.factories import make_account, make_post
from tests.web.pages import elements, html, signed_in

pytestmark = pytest.mark.usefixtures("db")

OFFER = {"title": "مهندس أمن", "description": "دوام كامل بالرياض", "how_to_reply": "careers@x.org"}


def test_the_directory_lists_and_searches_people_open_to_offers() -> None:
    yazeed = make_account("yazeed")
    profile_update(account=yazeed, specialties=[("أمن المعلومات", [])], open_to_offers=True)
    make_post(yazeed, "ثغرة جديدة في المتصفح")
    mona = make_account("mona")
    profile_update(account=mona, specialties=[("التصميم", [])], open_to_offers=True)

    listed = [
        e.attrs["data-username"]
        for e in elements(Client().get("/talent"), "li")
        if "data-username" in e.attrs
    ]
    found = [
        e.attrs["data-username"]
        for e in elements(Client().get("/talent", {"q": "امن"}), "li")
        if "data-username" in e.attrs
    ]

    assert listed == ["yazeed", "mona"]
    assert found == ["yazeed"]
    assert "talent/yazeed/offer" not in html(Client().get("/talent"))


def test_an_organisation_sends_an_offer_and_the_person_accepts_it() -> None:
    yazeed = make_account("yazeed")
    profile_update(account=yazeed, open_to_offers=True)
    ministry = make_account("ministry", kind="organisation")
    page = signed_in(ministry).get("/talent")
    assert "/talent/yazeed/offer" in html(page)

    sent = signed_in(ministry).post("/talent/yazeed/offer", OFFER)

    assert sent.status_code == 302
    offer = JobOffer.objects.get()
    inbox = signed_in(yazeed).get("/offers")
    assert "مهندس أمن" in html(inbox) and "careers@x.org" in html(inbox)
    assert "مهندس أمن" not in html(signed_in(make_account("sami")).get("/offers"))
    signed_in(yazeed).post(f"/offers/{offer.pk}/answer", {"answer": "accept"})
    offer.refresh_from_db()
    assert offer.status == "accepted"


def test_strangers_cannot_answer_and_bad_offers_change_nothing() -> None:
    yazeed = make_account("yazeed")
    profile_update(account=yazeed, open_to_offers=True)
    ministry = make_account("ministry", kind="organisation")
    signed_in(ministry).post("/talent/yazeed/offer", OFFER)
    offer = JobOffer.objects.get()

    assert (
        signed_in(make_account("sami"))
        .post(f"/offers/{offer.pk}/answer", {"answer": "accept"})
        .status_code
        == 404
    )
    signed_in(ministry).post(f"/offers/{offer.pk}/answer", {"answer": "accept"})
    signed_in(ministry).post("/talent/yazeed/offer", {**OFFER, "title": ""})
    offer.refresh_from_db()
    assert offer.status == "pending" and JobOffer.objects.count() == 1
