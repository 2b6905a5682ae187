"""Follow suggestions through the API: whom to suggest, in which order, and never whom."""

import pytest

from hudhud.accounts.models import Account
from hudhud.accounts.services import (
    block_create,
    follow_create,
    mute_create,
    profile_update,
)
from tests.api.conftest import ApiAs
from tests.factories import make_account

pytestmark = pytest.mark.django_db


def test_friends_of_friends_come_first_then_the_same_specialty_then_popular(
    api_as: ApiAs,
) -> None:
    sami = make_account("sami")
    profile_update(account=sami, specialties=[("تطوير الويب", ())])
    mazen, yazeed = make_account("mazen"), make_account("yazeed")
    bassem, saad = make_account("bassem"), make_account("saad")
    web = make_account("webdev")
    profile_update(account=web, specialties=[("تطوير الويب", ())])
    follow_create(follower=sami, target=mazen)
    follow_create(follower=sami, target=yazeed)
    follow_create(follower=mazen, target=bassem)
    follow_create(follower=yazeed, target=bassem)
    follow_create(follower=mazen, target=saad)
    for fan in (bassem, saad):  # popular, but followed by none of sami's friends
        follow_create(follower=fan, target=web)
    found = api_as(sami).get("/api/v2/suggestions")
    assert found.status_code == 200
    body = found.json()
    order = [item["account"]["id"] for item in body]
    assert order == [str(bassem.pk), str(saad.pk), str(web.pk)]
    by_id = {item["account"]["id"]: item for item in body}
    assert "friends_of_friends" in by_id[str(bassem.pk)]["sources"]
    assert by_id[str(bassem.pk)]["source"] == "past_interactions"
    assert by_id[str(web.pk)]["sources"] == ["similar_to_recently_followed", "most_followed"]


def test_friends_of_more_friends_rank_higher(api_as: ApiAs) -> None:
    sami, mazen, yazeed = make_account("sami"), make_account("mazen"), make_account("yazeed")
    bassem, saad = make_account("bassem"), make_account("saad")
    for friend in (mazen, yazeed):
        follow_create(follower=sami, target=friend)
    follow_create(follower=mazen, target=saad)
    follow_create(follower=mazen, target=bassem)
    follow_create(follower=yazeed, target=bassem)
    order = [item["account"]["id"] for item in api_as(sami).get("/api/v2/suggestions").json()]
    assert order[:2] == [str(bassem.pk), str(saad.pk)]


def test_popular_local_accounts_are_suggested_to_a_newcomer(api_as: ApiAs) -> None:
    mazen, yazeed, bassem = make_account("mazen"), make_account("yazeed"), make_account("bassem")
    follow_create(follower=yazeed, target=mazen)
    follow_create(follower=bassem, target=mazen)
    sami = make_account("sami")
    body = api_as(sami).get("/api/v2/suggestions").json()
    assert body[0]["account"]["id"] == str(mazen.pk)
    assert body[0]["sources"] == ["most_followed"] and body[0]["source"] == "global"
    v1 = api_as(sami).get("/api/v1/suggestions", limit=2)
    assert v1.status_code == 200
    assert [item["id"] for item in v1.json()] == [item["account"]["id"] for item in body[:2]]


def test_never_whom_one_follows_asked_blocks_mutes_or_is_blocked_by(api_as: ApiAs) -> None:
    sami = make_account("sami")
    names = ("mazen", "yazeed", "bassem", "saad", "locked", "hidden", "gone", "fine")
    people = {name: make_account(name) for name in names}
    follow_create(follower=sami, target=people["mazen"])
    profile_update(account=people["locked"], locked=True)
    follow_create(follower=sami, target=people["locked"])  # a request
    block_create(account=sami, target=people["yazeed"])
    block_create(account=people["bassem"], target=sami)
    mute_create(account=sami, target=people["saad"])
    profile_update(account=people["hidden"], discoverable=False)
    Account.objects.filter(pk=people["gone"].pk).update(suspended=True)
    found = api_as(sami).get("/api/v1/suggestions").json()
    assert [item["id"] for item in found] == [str(people["fine"].pk)]


def test_a_dismissed_suggestion_stays_dismissed(api_as: ApiAs) -> None:
    sami, mazen, yazeed = make_account("sami"), make_account("mazen"), make_account("yazeed")
    api = api_as(sami)
    assert {item["id"] for item in api.get("/api/v1/suggestions").json()} == {
        str(mazen.pk),
        str(yazeed.pk),
    }
    removed = api.delete(f"/api/v1/suggestions/{mazen.pk}")
    assert removed.status_code == 200 and removed.json() == {}
    assert [item["id"] for item in api.get("/api/v1/suggestions").json()] == [str(yazeed.pk)]
    # As on Mastodon, an ID that names nobody is no error.
    for unknown in ("424242", "nobody", str(sami.pk)):
        assert api.delete(f"/api/v1/suggestions/{unknown}").json() == {}


def test_suggestions_need_a_user_and_their_scopes(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    assert api_as(None).get("/api/v2/suggestions").status_code == 401
    assert api_as(sami, scopes="read:statuses").get("/api/v2/suggestions").status_code == 403
    refused = api_as(sami, scopes="read").delete(f"/api/v1/suggestions/{mazen.pk}")
    assert refused.status_code == 403
    assert api_as(sami).get("/api/v2/suggestions", limit="many").status_code == 422
    assert len(api_as(sami).get("/api/v2/suggestions", limit=0).json()) == 1
