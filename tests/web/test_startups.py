"""The startup showcase in the pages: the directory, a startup's page with its chart for
30, 90 or 365 days, and the owner's form."""

from datetime import date, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from hudhud.community.models import Startup
from hudhud.community.startups import growth_record, startup_update
from tests.factories import make_account
from tests.web.pages import elements, html, signed_in

pytestmark = pytest.mark.usefixtures("db")


def test_the_directory_and_a_startups_page_with_its_chart() -> None:
    nabta = make_account("nabta", kind="startup")
    startup_update(account=nabta, sector="education", stage="growing", founded_on=date(2023, 3, 1))
    today = timezone.localdate()
    for back in range(1, 200):
        growth_record(
            account=nabta,
            day=today - timedelta(days=back),
            followers=500 - back,
            posts=3,
            engagement=2,
        )

    listed = Client().get("/startups", {"sector": "education"})
    assert [
        e.attrs["data-startup"] for e in elements(listed, "li") if "data-startup" in e.attrs
    ] == ["nabta"]
    assert "data-startup" not in html(Client().get("/startups", {"sector": "health"}))
    for days in ("30", "90", "365"):
        page = Client().get("/startups/nabta", {"days": days})
        [chart] = [e for e in elements(page, "img") if "chart" in e.classes]
        assert chart.attrs["src"].startswith("data:image/svg+xml;")
    assert "startup_edit" not in html(Client().get("/startups/nabta"))
    assert Client().get("/startups/sami").status_code == 404


def test_the_owner_sets_the_profile_from_the_page() -> None:
    nabta = make_account("nabta", kind="startup")
    client = signed_in(nabta)
    assert "/startups/edit" in html(client.get("/startups/nabta"))

    client.post(
        "/startups/edit",
        {
            "sector": "health",
            "stage": "idea",
            "founded_on": "2025-02-01",
            "website": "https://nabta.example",
        },
    )

    startup = Startup.objects.get()
    assert (startup.sector, startup.founded_on) == ("health", date(2025, 2, 1))
    client.post("/startups/edit", {"sector": "health", "stage": "idea", "founded_on": "2999-01-01"})
    assert Startup.objects.get().founded_on == date(2025, 2, 1)
