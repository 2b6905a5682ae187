"""Reports through the Mastodon API."""

from typing import Any

import pytest

from hudhud.accounts.services import follow_create
from hudhud.moderation.models import Report
from tests.api.conftest import ApiAs
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")


def test_a_report_is_mastodons_entity(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    first, second = make_post(mazen, "إعلان مزعج"), make_post(mazen, "إعلان آخر")

    filed = api_as(sami).post(
        "/api/v1/reports",
        {
            "account_id": str(mazen.pk),
            "status_ids": [str(first.pk), str(second.pk)],
            "comment": "رسائل مزعجة",
            "category": "spam",
            "forward": True,
        },
    )

    assert filed.status_code == 200
    body = filed.json()
    assert body["target_account"]["acct"] == "mazen"
    assert body["category"] == "spam" and body["comment"] == "رسائل مزعجة"
    assert sorted(body["status_ids"]) == sorted([str(first.pk), str(second.pk)])
    assert body["action_taken"] is False and body["action_taken_at"] is None
    assert body["forwarded"] is False and body["rule_ids"] is None
    report = Report.objects.get()
    assert body["id"] == str(report.pk)
    assert (report.reporter, report.target) == (sami, mazen)
    assert set(report.posts.all()) == {first, second}


def test_a_form_encoded_report_with_rules_is_a_violation(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    filed = api_as(sami).form(
        "/api/v1/reports", {"account_id": str(mazen.pk), "rule_ids[]": ["1"], "comment": ""}
    )
    assert filed.status_code == 200
    assert filed.json()["category"] == "violation"
    assert filed.json()["status_ids"] is None
    plain = api_as(sami).post("/api/v1/reports", {"account_id": str(mazen.pk)})
    assert plain.json()["category"] == "other"


def test_another_users_private_post_cannot_be_reported(api_as: ApiAs) -> None:
    sami, mazen, yazeed = make_account("sami"), make_account("mazen"), make_account("yazeed")
    hidden = make_post(mazen, "للمتابعين فقط", visibility="private")
    api = api_as(sami)

    refused = api.post(
        "/api/v1/reports", {"account_id": str(mazen.pk), "status_ids": [str(hidden.pk)]}
    )

    assert refused.status_code == 404 and "error" in refused.json()
    follow_create(follower=sami, target=mazen)
    seen = api.post(
        "/api/v1/reports", {"account_id": str(mazen.pk), "status_ids": [str(hidden.pk)]}
    )
    assert seen.status_code == 200
    other = make_post(yazeed, "منشور يزيد")
    mismatch = api.post(
        "/api/v1/reports", {"account_id": str(mazen.pk), "status_ids": [str(other.pk)]}
    )
    assert mismatch.status_code == 422 and "error" in mismatch.json()
    assert Report.objects.count() == 1


def test_bad_reports_are_refused(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    cases: list[tuple[dict[str, Any], int]] = [
        ({}, 422),
        ({"account_id": "123"}, 404),
        ({"account_id": "abc"}, 404),
        ({"account_id": str(sami.pk)}, 422),
        ({"account_id": str(mazen.pk), "category": "boring"}, 422),
        ({"account_id": str(mazen.pk), "comment": "ا" * 1001}, 422),
        ({"account_id": str(mazen.pk), "status_ids": ["xyz"]}, 404),
        ({"account_id": str(mazen.pk), "status_ids": "1"}, 422),
    ]
    for body, status in cases:
        refused = api.post("/api/v1/reports", body)
        assert (refused.status_code, "error" in refused.json()) == (status, True), body
    assert not Report.objects.exists()


def test_reports_need_their_scope(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    body = {"account_id": str(mazen.pk)}
    assert api_as(sami, scopes="read").post("/api/v1/reports", body).status_code == 403
    assert api_as(None).post("/api/v1/reports", body).status_code == 401
    assert api_as(sami, scopes="write:reports").post("/api/v1/reports", body).status_code == 200
