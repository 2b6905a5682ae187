"""Hudhud's startup showcase through the API."""

from datetime import timedelta

import pytest
from django.utils import timezone

from hudhud.community.models import Startup
from hudhud.community.startups import growth_record
from tests.api.conftest import ApiAs
from tests.factories import make_account

pytestmark = pytest.mark.usefixtures("db")

PROFILE = {"sector": "education", "stage": "growing", "founded_on": "2023-03-01"}


def test_a_startup_sets_its_profile_and_its_growth_is_read(api_as: ApiAs) -> None:
    nabta = make_account("nabta", kind="startup")
    made = api_as(nabta).put("/api/hudhud/v1/startup", {**PROFILE, "website": "https://n.example"})
    assert made.status_code == 200
    assert made.json()["account"]["id"] == str(nabta.pk)
    today = timezone.localdate()
    for back in (200, 60, 10):
        growth_record(
            account=nabta, day=today - timedelta(days=back), followers=back, posts=1, engagement=0.5
        )

    [listed] = api_as(None).get("/api/hudhud/v1/startups", sector="education").json()
    assert listed["stage"] == "growing"
    assert api_as(None).get("/api/hudhud/v1/startups", sector="health").json() == []
    days = api_as(None).get(f"/api/hudhud/v1/startups/{nabta.pk}/growth", days=90).json()
    assert [d["followers"] for d in days] == [60, 10, 0]  # today's was recorded on joining
    too_far = api_as(None).get(f"/api/hudhud/v1/startups/{nabta.pk}/growth", days=400)
    assert too_far.status_code == 422


def test_only_startups_join_and_bad_profiles_are_a_422(api_as: ApiAs) -> None:
    shop = make_account("shop", kind="business")
    assert api_as(shop).put("/api/hudhud/v1/startup", PROFILE).status_code == 422
    nabta = make_account("nabta", kind="startup")
    for bad in ({"sector": "space"}, {"founded_on": "2999-01-01"}, {"website": "ftp://x"}):
        answer = api_as(nabta).put("/api/hudhud/v1/startup", {**PROFILE, **bad})
        assert answer.status_code == 422, bad
    assert not Startup.objects.exists()
    assert api_as(None).get(f"/api/hudhud/v1/startups/{shop.pk}").status_code == 404
