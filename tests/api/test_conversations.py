"""Direct conversations through the API: listed by their latest post, read and removed."""

import pytest

from hudhud.accounts.services import block_create
from hudhud.posts.services import post_create
from tests.api.conftest import ApiAs
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")


def test_a_direct_post_starts_a_conversation_for_each_participant(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "@mazen هل نلتقي غداً؟", visibility="direct")
    [mine] = api_as(yazeed).get("/api/v1/conversations").json()
    [theirs] = api_as(mazen).get("/api/v1/conversations").json()
    assert mine["unread"] is False and theirs["unread"] is True
    assert [account["acct"] for account in mine["accounts"]] == ["mazen"]
    assert [account["acct"] for account in theirs["accounts"]] == ["yazeed"]
    assert mine["last_status"]["id"] == theirs["last_status"]["id"] == str(post.pk)
    assert mine["last_status"]["visibility"] == "direct"
    assert isinstance(mine["id"], str) and mine["id"] != theirs["id"]


def test_replies_in_the_same_company_stay_in_one_conversation(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    first = make_post(yazeed, "@mazen مرحباً", visibility="direct")
    answer = post_create(author=mazen, text="@yazeed أهلاً بك", visibility="direct", reply_to=first)
    [mine] = api_as(yazeed).get("/api/v1/conversations").json()
    assert mine["last_status"]["id"] == str(answer.pk)
    assert mine["unread"] is True  # mazen's answer is news to yazeed
    [theirs] = api_as(mazen).get("/api/v1/conversations").json()
    assert theirs["unread"] is False  # his own answer is not


def test_another_set_of_people_is_another_conversation(api_as: ApiAs) -> None:
    yazeed = make_account("yazeed")
    make_account("mazen")
    make_account("sami")
    make_post(yazeed, "@mazen سر بيننا", visibility="direct")
    group = make_post(yazeed, "@mazen @sami لنا ثلاثتنا", visibility="direct")
    found = api_as(yazeed).get("/api/v1/conversations").json()
    assert len(found) == 2
    assert found[0]["last_status"]["id"] == str(group.pk)
    assert sorted(account["acct"] for account in found[0]["accounts"]) == ["mazen", "sami"]


def test_posts_that_are_not_direct_start_no_conversation(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    make_post(yazeed, "@mazen علناً")
    make_post(yazeed, "@mazen للمتابعين", visibility="private")
    assert api_as(mazen).get("/api/v1/conversations").json() == []


def test_a_blocked_sender_starts_no_conversation(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    block_create(account=mazen, target=yazeed)
    make_post(yazeed, "@mazen اسمعني", visibility="direct")
    assert api_as(mazen).get("/api/v1/conversations").json() == []


def test_a_note_to_oneself_shows_oneself(api_as: ApiAs) -> None:
    yazeed = make_account("yazeed")
    make_post(yazeed, "تذكير لنفسي", visibility="direct")
    [mine] = api_as(yazeed).get("/api/v1/conversations").json()
    assert [account["acct"] for account in mine["accounts"]] == ["yazeed"]


def test_conversations_are_paged_by_their_last_post(api_as: ApiAs) -> None:
    yazeed = make_account("yazeed")
    for name in ("mazen", "sami", "bassem"):
        make_account(name)
    posts = [
        make_post(yazeed, f"@{name} رسالة", visibility="direct")
        for name in ("mazen", "sami", "bassem")
    ]
    api = api_as(yazeed)
    first = api.get("/api/v1/conversations", limit=2)
    assert [item["last_status"]["id"] for item in first.json()] == [
        str(posts[2].pk),
        str(posts[1].pk),
    ]
    assert f"max_id={posts[1].pk}" in first.headers["Link"]
    older = api.get("/api/v1/conversations", max_id=posts[1].pk).json()
    assert [item["last_status"]["id"] for item in older] == [str(posts[0].pk)]


def test_a_conversation_is_marked_read(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    make_post(yazeed, "@mazen هل قرأت؟", visibility="direct")
    api = api_as(mazen)
    [theirs] = api.get("/api/v1/conversations").json()
    read = api.post(f"/api/v1/conversations/{theirs['id']}/read")
    assert read.status_code == 200
    assert read.json()["unread"] is False and read.json()["id"] == theirs["id"]
    assert api.get("/api/v1/conversations").json()[0]["unread"] is False
    # Yazeed's copy is his own.
    assert api_as(yazeed).get("/api/v1/conversations").json()[0]["unread"] is False


def test_a_removed_conversation_comes_back_with_a_new_post(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    make_post(yazeed, "@mazen الأولى", visibility="direct")
    api = api_as(mazen)
    [theirs] = api.get("/api/v1/conversations").json()
    deleted = api.delete(f"/api/v1/conversations/{theirs['id']}")
    assert deleted.status_code == 200 and deleted.json() == {}
    assert api.get("/api/v1/conversations").json() == []
    assert len(api_as(yazeed).get("/api/v1/conversations").json()) == 1
    again = make_post(yazeed, "@mazen الثانية", visibility="direct")
    [back] = api.get("/api/v1/conversations").json()
    assert back["last_status"]["id"] == str(again.pk) and back["unread"] is True


def test_another_users_conversation_is_a_404(api_as: ApiAs) -> None:
    yazeed, sami = make_account("yazeed"), make_account("sami")
    make_account("mazen")
    make_post(yazeed, "@mazen بيننا", visibility="direct")
    [mine] = api_as(yazeed).get("/api/v1/conversations").json()
    stranger = api_as(sami)
    assert stranger.post(f"/api/v1/conversations/{mine['id']}/read").status_code == 404
    found = stranger.delete(f"/api/v1/conversations/{mine['id']}")
    assert found.status_code == 404 and "error" in found.json()
    assert api_as(yazeed).delete("/api/v1/conversations/999999").status_code == 404
    assert api_as(yazeed).delete("/api/v1/conversations/abc").status_code == 404
    assert len(api_as(yazeed).get("/api/v1/conversations").json()) == 1


def test_conversations_need_their_scopes(api_as: ApiAs) -> None:
    yazeed = make_account("yazeed")
    make_account("mazen")
    make_post(yazeed, "@mazen سؤال", visibility="direct")
    reader = api_as(yazeed, scopes="read:statuses")
    [mine] = reader.get("/api/v1/conversations").json()
    assert reader.post(f"/api/v1/conversations/{mine['id']}/read").status_code == 403
    assert (
        api_as(yazeed, scopes="write:statuses")
        .delete(f"/api/v1/conversations/{mine['id']}")
        .status_code
        == 403
    )
    assert (
        api_as(yazeed, scopes="write:conversations")
        .post(f"/api/v1/conversations/{mine['id']}/read")
        .status_code
        == 200
    )
    assert api_as(None).get("/api/v1/conversations").status_code == 401
