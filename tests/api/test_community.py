"""Hudhud's volunteering through its API: a blood-donation request in Riyadh, a volunteer
following Riyadh told, an answer with the boost it came through, the helper marked, the
request fulfilled, and good deeds credited."""

import pytest

from hudhud.community.models import Help
from hudhud.notifications.models import Notification
from hudhud.posts.services import boost_create
from tests.api.conftest import ApiAs
from tests.factories import make_account

pytestmark = pytest.mark.usefixtures("db")

REQUEST = {
    "kind": "request",
    "category": "blood",
    "city": "الرياض",
    "details": "مطلوب متبرع دم O- في مستشفى الملك فهد",
    "urgency": "urgent",
}


def test_a_request_from_post_to_credit(api_as: ApiAs) -> None:
    sami, majed, lama = make_account("sami"), make_account("majed"), make_account("lama")
    requester, volunteer = api_as(sami), api_as(majed)
    followed = volunteer.post("/api/hudhud/v1/help_follows", {"city": "الرياض"})
    assert followed.status_code == 200

    made = requester.post("/api/hudhud/v1/help", REQUEST)

    assert made.status_code == 200
    help = made.json()
    assert (help["state"], help["city"], help["urgency"]) == ("open", "الرياض", "urgent")
    assert Notification.objects.filter(recipient=majed, post_id=int(help["status_id"])).exists()
    [listed] = api_as(None).get("/api/hudhud/v1/help", city="الرياض", category="blood").json()
    assert listed["id"] == help["id"]
    boost = boost_create(account=lama, post=Help.objects.get(pk=int(help["id"])).post)
    answered = volunteer.post(
        f"/api/hudhud/v1/help/{help['id']}/answers",
        {"message": "فصيلتي O-", "contact": "0500000000", "via_status_id": str(boost.pk)},
    )
    assert answered.status_code == 200
    answer = answered.json()
    assert api_as(lama).get(f"/api/hudhud/v1/help/{help['id']}/answers").json() == []
    assert [
        a["contact"] for a in requester.get(f"/api/hudhud/v1/help/{help['id']}/answers").json()
    ] == ["0500000000"]
    marked = requester.post(f"/api/hudhud/v1/help/{help['id']}/answers/{answer['id']}/helped")
    assert marked.json()["state"] == "being_helped"
    closed = requester.post(f"/api/hudhud/v1/help/{help['id']}/close", {"state": "fulfilled"})
    assert closed.json()["state"] == "fulfilled"
    assert api_as(None).get("/api/hudhud/v1/help").json() == []
    deeds = {
        name: api_as(None).get(f"/api/hudhud/v1/accounts/{account.pk}/good_deeds").json()
        for name, account in (("majed", majed), ("lama", lama), ("sami", sami))
    }
    assert deeds == {
        "majed": {"helped": 1, "pointed": 0},
        "lama": {"helped": 0, "pointed": 1},
        "sami": {"helped": 0, "pointed": 0},
    }


@pytest.mark.parametrize(
    "fields",
    [{"city": ""}, {"category": "cars"}, {"expires_at": "2020-01-01T00:00:00+00:00"}, {"kind": ""}],
)
def test_bad_requests_are_a_422_and_post_nothing(api_as: ApiAs, fields: dict) -> None:  # type: ignore[type-arg]
    sami = make_account("sami")
    answer = api_as(sami).post("/api/hudhud/v1/help", {**REQUEST, **fields})
    assert answer.status_code == 422
    assert answer.json()["error"]
    assert not Help.objects.exists() and sami.posts.count() == 0


def test_strangers_neither_close_nor_read_answers_and_answering_twice_is_a_422(
    api_as: ApiAs,
) -> None:
    sami, majed = make_account("sami"), make_account("majed")
    help = api_as(sami).post("/api/hudhud/v1/help", REQUEST).json()
    path = f"/api/hudhud/v1/help/{help['id']}"
    body = {"message": "أقدر", "contact": "0500"}

    assert api_as(majed).post(f"{path}/answers", body).status_code == 200
    assert api_as(majed).post(f"{path}/answers", body).status_code == 422
    assert api_as(majed).post(f"{path}/close", {"state": "fulfilled"}).status_code == 403
    assert api_as(None).get(f"{path}/answers").status_code == 401
    assert api_as(None).get("/api/hudhud/v1/help/9999").status_code == 404
