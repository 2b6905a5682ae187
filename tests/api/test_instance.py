"""The instance (v1 and v2), its rules, peers, activity, languages, custom emojis,
announcements, and NodeInfo."""

from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from django.conf import settings
from django.test import Client
from pytest_django.fixtures import Settings

from hudhud.api.version import MASTODON_VERSION
from hudhud.arabic import MAX_POST_LENGTH
from hudhud.posts import polls
from hudhud.posts.services import MAX_PINS
from tests.api.conftest import Api, ApiAs
from tests.factories import make_account, make_post

pytestmark = pytest.mark.django_db


def test_the_v2_instance_describes_the_server_and_its_limits() -> None:
    sami = make_account("sami")
    make_account("mazen")  # never signed in nor posted: not active
    make_post(sami, "صباح الخير يا هدهد")
    found = Api().get("/api/v2/instance")
    assert found.status_code == 200
    body = found.json()
    assert body["domain"] == settings.DOMAIN
    assert body["title"] == settings.INSTANCE_TITLE
    assert body["version"] == MASTODON_VERSION and body["version"].startswith("4.3.0+hudhud.")
    assert body["api_versions"] == {"mastodon": 2}
    assert body["usage"] == {"users": {"active_month": 1}}
    assert body["languages"] == ["ar", "en"]
    assert body["thumbnail"]["url"].startswith("http")
    assert body["registrations"] == {
        "enabled": True,
        "approval_required": False,
        "message": None,
        "url": None,
    }
    assert body["contact"] == {"email": settings.CONTACT_EMAIL, "account": None}
    configuration = body["configuration"]
    assert configuration["urls"]["streaming"].startswith(("ws://", "wss://"))
    assert configuration["statuses"] == {
        "max_characters": MAX_POST_LENGTH,
        "max_media_attachments": 4,
        "characters_reserved_per_url": 23,
    }
    media = configuration["media_attachments"]
    assert media["image_size_limit"] == settings.MAX_UPLOAD_BYTES
    assert media["image_matrix_limit"] == settings.MAX_IMAGE_PIXELS
    assert set(media["supported_mime_types"]) == {
        "image/jpeg",
        "image/png",
        "image/webp",
        "image/gif",
    }
    assert configuration["polls"]["max_options"] == polls.MAX_OPTIONS
    assert configuration["accounts"] == {
        "max_featured_tags": 10,
        "max_pinned_statuses": MAX_PINS,
    }
    assert configuration["translation"] == {"enabled": False}
    assert "public_key" in configuration["vapid"]
    assert [rule["id"] for rule in body["rules"]] == [
        str(n) for n in range(1, len(settings.INSTANCE_RULES) + 1)
    ]


def test_the_v1_instance_counts_users_posts_and_names_its_contact(settings: Settings) -> None:
    settings.CONTACT_USERNAME = "Sami"
    sami = make_account("sami", display_name="سامي")
    yazeed = make_account("yazeed")
    make_post(sami, "أول منشور")
    make_post(yazeed, "ثاني منشور")
    make_post(yazeed, "ثالث منشور")
    body = Api().get("/api/v1/instance").json()
    assert body["uri"] == settings.DOMAIN
    assert body["version"] == MASTODON_VERSION
    assert body["stats"] == {"user_count": 2, "status_count": 3, "domain_count": 0}
    assert body["urls"]["streaming_api"] == settings.STREAMING_URL
    assert isinstance(body["thumbnail"], str)
    assert body["email"] == settings.CONTACT_EMAIL
    assert body["short_description"] and body["description"]
    assert body["registrations"] is True and body["approval_required"] is False
    assert body["invites_enabled"] is False
    assert body["configuration"]["statuses"]["max_characters"] == MAX_POST_LENGTH
    assert "urls" not in body["configuration"]  # a v2 field
    assert body["contact_account"]["id"] == str(sami.pk)
    assert body["contact_account"]["display_name"] == "سامي"
    v2 = Api().get("/api/v2/instance").json()
    assert v2["contact"]["account"]["id"] == str(sami.pk)


@pytest.mark.parametrize(
    ("mode", "enabled", "approval"),
    [("open", True, False), ("approval", True, True), ("closed", False, False)],
)
def test_registrations_follow_the_setting(
    settings: Settings, mode: str, enabled: bool, approval: bool
) -> None:
    settings.REGISTRATIONS = mode
    v1 = Api().get("/api/v1/instance").json()
    assert (v1["registrations"], v1["approval_required"]) == (enabled, approval)
    v2 = Api().get("/api/v2/instance").json()["registrations"]
    assert (v2["enabled"], v2["approval_required"]) == (enabled, approval)
    nodeinfo = Client().get("/nodeinfo/2.0").json()
    assert nodeinfo["openRegistrations"] is enabled


def test_rules_come_from_the_setting(settings: Settings) -> None:
    default = Api().get("/api/v1/instance/rules").json()
    assert default and default[0]["id"] == "1" and default[0]["text"]
    settings.INSTANCE_RULES = ["لا إساءة", "لا إزعاج"]
    found = Api().get("/api/v1/instance/rules/")  # with the trailing slash some apps send
    assert found.status_code == 200
    assert found.json() == [
        {"id": "1", "text": "لا إساءة", "hint": ""},
        {"id": "2", "text": "لا إزعاج", "hint": ""},
    ]


def test_activity_counts_twelve_weeks_as_strings() -> None:
    sami = make_account("sami")
    make_account("mazen")
    make_post(sami, "منشور هذا الأسبوع")
    make_post(sami, "ومنشور آخر")
    weeks = Api().get("/api/v1/instance/activity").json()
    assert len(weeks) == 12
    assert all(isinstance(value, str) for week in weeks for value in week.values())
    starts = [datetime.fromtimestamp(int(week["week"]), tz=UTC) for week in weeks]
    assert starts[0].weekday() == 0 and starts[0] <= datetime.now(tz=UTC)
    assert all(a - b == timedelta(weeks=1) for a, b in pairwise(starts))
    this_week = weeks[0]
    assert (this_week["statuses"], this_week["registrations"], this_week["logins"]) == (
        "2",
        "2",
        "1",  # sami posted; mazen neither posted nor signed in
    )
    Client().force_login(make_account("bassem").user)  # type: ignore[arg-type]
    assert Api().get("/api/v1/instance/activity").json()[0]["logins"] == "2"
    assert {week["statuses"] for week in weeks[1:]} == {"0"}


def test_active_users_include_those_who_signed_in() -> None:
    saad = make_account("saad")
    make_account("mazen")
    Client().force_login(saad.user)  # type: ignore[arg-type]
    assert Api().get("/api/v2/instance").json()["usage"]["users"]["active_month"] == 1


def test_lists_without_entries_yet(api_as: ApiAs) -> None:
    make_account("sami")  # a local account is no peer
    assert Api().get("/api/v1/instance/peers").json() == []
    assert Api().get("/api/v1/custom_emojis").json() == []
    assert Api().get("/api/v1/instance/domain_blocks").json() == []
    assert Api().get("/api/v1/instance/translation_languages").json() == {}


def test_extended_description_and_languages() -> None:
    described = Api().get("/api/v1/instance/extended_description").json()
    assert described["content"].startswith("<p>") and described["updated_at"]
    languages = Api().get("/api/v1/instance/languages").json()
    assert {"code": "ar", "name": "Arabic"} in languages
    assert all(len(language["code"]) == 2 for language in languages)


def test_announcements_need_a_signed_in_caller(api_as: ApiAs) -> None:
    assert Api().get("/api/v1/announcements").status_code == 401
    sami = api_as(make_account("sami"))
    assert sami.get("/api/v1/announcements").json() == []
    missing = sami.post("/api/v1/announcements/1/dismiss")
    assert missing.status_code == 404 and "error" in missing.json()
    assert sami.put("/api/v1/announcements/1/reactions/👍", {}).status_code == 404
    assert sami.post("/api/v1/announcements/x/dismiss").status_code == 404


def test_nodeinfo_is_found_through_well_known() -> None:
    links = Client().get("/.well-known/nodeinfo")
    assert links.status_code == 200
    hrefs = {link["rel"].rsplit("/", 1)[-1]: link["href"] for link in links.json()["links"]}
    assert hrefs == {
        "2.0": f"{settings.BASE_URL}/nodeinfo/2.0",
        "2.1": f"{settings.BASE_URL}/nodeinfo/2.1",
    }


@pytest.mark.parametrize("version", ["2.0", "2.1"])
def test_nodeinfo_tells_the_software_and_its_usage(version: str) -> None:
    sami = make_account("sami")
    make_account("mazen")
    make_post(sami, "مرحبا")
    found = Client().get(f"/nodeinfo/{version}")
    assert found.status_code == 200
    assert found["Content-Type"] == (
        f'application/json; profile="http://nodeinfo.diaspora.software/ns/schema/{version}#"'
    )
    body = found.json()
    assert body["version"] == version
    assert body["software"]["name"] == "hudhud"
    assert MASTODON_VERSION.endswith(body["software"]["version"])
    assert body["protocols"] == ["activitypub"]
    assert body["usage"] == {
        "users": {"total": 2, "activeMonth": 1, "activeHalfyear": 1},
        "localPosts": 1,
    }
    assert body["openRegistrations"] is True
    assert body["metadata"]["upstream"]["name"] == "mastodon"
    assert body["metadata"]["nodeName"] == settings.INSTANCE_TITLE
    assert Client().post(f"/nodeinfo/{version}").status_code == 405
