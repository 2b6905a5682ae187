"""Filters through the API: v2 filters, their keywords and statuses, and v1's list."""

from typing import Any
from urllib.parse import urlencode

import pytest

from tests.api.conftest import Api, ApiAs
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")

FORM = "application/x-www-form-urlencoded"


def make_filter(api: Api, **fields: Any) -> dict[str, Any]:
    body = {"title": "الرياضة", "context": ["home", "public"], **fields}
    created = api.post("/api/v2/filters", body)
    assert created.status_code == 200, created.content
    found: dict[str, Any] = created.json()
    return found


def test_a_filter_is_made_with_keywords_and_read_back(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    created = make_filter(
        api,
        filter_action="hide",
        expires_in=3600,
        keywords_attributes=[
            {"keyword": "كرة القدم", "whole_word": True},
            {"keyword": "مباراة", "whole_word": False},
        ],
    )
    assert created["title"] == "الرياضة" and created["context"] == ["home", "public"]
    assert created["filter_action"] == "hide"
    assert created["expires_at"] is not None
    assert [(k["keyword"], k["whole_word"]) for k in created["keywords"]] == [
        ("كرة القدم", True),
        ("مباراة", False),
    ]
    assert created["statuses"] == []
    assert all(isinstance(k["id"], str) for k in created["keywords"])
    assert api.get(f"/api/v2/filters/{created['id']}").json() == created
    assert api.get("/api/v2/filters").json() == [created]


def test_a_filter_is_made_with_a_form_as_the_documentation_shows(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    body = (
        "title=test&context[]=public"
        "&keywords_attributes[][keyword]=foo&keywords_attributes[][whole_word]=false"
        "&keywords_attributes[][keyword]=bar&keywords_attributes[][whole_word]=true"
    )
    created = api.client.post("/api/v2/filters", body, content_type=FORM)
    assert created.status_code == 200, created.content
    found = created.json()
    assert found["filter_action"] == "warn" and found["expires_at"] is None
    assert [(k["keyword"], k["whole_word"]) for k in found["keywords"]] == [
        ("foo", False),
        ("bar", True),
    ]


def test_a_filter_is_made_with_indexed_form_fields(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    created = api.form(
        "/api/v2/filters",
        {
            "title": "أخبار",
            "context[]": ["home"],
            "expires_in": "",
            "keywords_attributes[0][keyword]": "عاجل",
            "keywords_attributes[1][keyword]": "حصري",
            "keywords_attributes[1][whole_word]": "false",
        },
    )
    assert created.status_code == 200, created.content
    assert [(k["keyword"], k["whole_word"]) for k in created.json()["keywords"]] == [
        ("عاجل", True),
        ("حصري", False),
    ]


@pytest.mark.parametrize(
    "body",
    [
        {"context": ["home"]},
        {"title": "  ", "context": ["home"]},
        {"title": "x"},
        {"title": "x", "context": []},
        {"title": "x", "context": ["everywhere"]},
        {"title": "x", "context": ["home"], "filter_action": "explode"},
        {"title": "x", "context": ["home"], "expires_in": -5},
        {"title": "x", "context": ["home"], "expires_in": "soon"},
        {"title": "x", "context": ["home"], "keywords_attributes": [{"keyword": " "}]},
        {"title": "x", "context": ["home"], "keywords_attributes": [{"whole_word": "maybe"}]},
    ],
    ids=[
        "no-title",
        "blank-title",
        "no-context",
        "empty-context",
        "invalid-context",
        "invalid-action",
        "negative-expiry",
        "wordy-expiry",
        "blank-keyword",
        "bad-whole-word",
    ],
)
def test_a_bad_filter_is_a_422(api_as: ApiAs, body: dict[str, Any]) -> None:
    api = api_as(make_account("yazeed"))
    found = api.post("/api/v2/filters", body)
    assert found.status_code == 422 and "error" in found.json()
    assert api.get("/api/v2/filters").json() == []


def test_a_new_filter_cannot_name_keywords_to_change(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    found = api.post(
        "/api/v2/filters",
        {"title": "x", "context": ["home"], "keywords_attributes": [{"id": "1", "keyword": "a"}]},
    )
    assert found.status_code == 404
    assert api.get("/api/v2/filters").json() == []


def test_a_filter_is_changed_with_its_keywords(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    created = make_filter(
        api,
        expires_in=60,
        keywords_attributes=[{"keyword": "foo"}, {"keyword": "bar", "whole_word": True}],
    )
    foo, bar = (keyword["id"] for keyword in created["keywords"])
    body = (
        f"keywords_attributes[][id]={foo}&keywords_attributes[][_destroy]=true"
        f"&keywords_attributes[][id]={bar}&keywords_attributes[][keyword]=baz"
        "&keywords_attributes[][keyword]=جديد&keywords_attributes[][whole_word]=false"
        "&filter_action=warn&context[]=thread&expires_in="
    )
    changed = api.client.put(f"/api/v2/filters/{created['id']}", body, content_type=FORM)
    assert changed.status_code == 200, changed.content
    found = changed.json()
    assert found["title"] == "الرياضة" and found["context"] == ["thread"]
    assert found["expires_at"] is None
    assert [(k["id"], k["keyword"], k["whole_word"]) for k in found["keywords"][:1]] == [
        (bar, "baz", True)
    ]
    assert [(k["keyword"], k["whole_word"]) for k in found["keywords"][1:]] == [("جديد", False)]


def test_changing_a_keyword_of_another_filter_is_a_404(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    first = make_filter(api, keywords_attributes=[{"keyword": "أ"}])
    second = make_filter(api, title="ثانٍ")
    keyword_id = first["keywords"][0]["id"]
    found = api.put(
        f"/api/v2/filters/{second['id']}",
        {"title": "تغيير", "keywords_attributes": [{"id": keyword_id, "_destroy": True}]},
    )
    assert found.status_code == 404
    assert api.get(f"/api/v2/filters/{first['id']}").json()["keywords"][0]["id"] == keyword_id
    assert api.get(f"/api/v2/filters/{second['id']}").json()["title"] == "ثانٍ"  # all or none


def test_a_bad_change_is_a_422(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    created = make_filter(api)
    path = f"/api/v2/filters/{created['id']}"
    assert api.put(path, {"context": ["nowhere"]}).status_code == 422
    assert api.put(path, {"title": ""}).status_code == 422
    assert api.get(path).json() == created


def test_a_filter_is_deleted(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    created = make_filter(api, keywords_attributes=[{"keyword": "أ"}])
    deleted = api.delete(f"/api/v2/filters/{created['id']}")
    assert deleted.status_code == 200 and deleted.json() == {}
    assert api.get(f"/api/v2/filters/{created['id']}").status_code == 404
    assert api.get(f"/api/v2/filters/keywords/{created['keywords'][0]['id']}").status_code == 404


def test_keywords_are_added_read_changed_and_removed(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    created = make_filter(api)
    path = f"/api/v2/filters/{created['id']}/keywords"
    added = api.post(path, {"keyword": "التطوع"})
    assert added.status_code == 200
    keyword = added.json()
    assert keyword["keyword"] == "التطوع" and keyword["whole_word"] is True
    assert api.get(path).json() == [keyword]
    one = f"/api/v2/filters/keywords/{keyword['id']}"
    assert api.get(one).json() == keyword
    changed = api.put(one, {"whole_word": False}).json()
    assert changed == {**keyword, "whole_word": False}
    assert api.put(one, {"keyword": ""}).status_code == 422
    assert api.post(path, {"whole_word": True}).status_code == 422
    assert api.delete(one).json() == {}
    assert api.get(path).json() == []
    assert api.get(one).status_code == 404


def test_statuses_are_added_read_and_removed(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(mazen, "منشور مزعج")
    secret = make_post(mazen, "للمتابعين", visibility="private")
    api = api_as(yazeed)
    created = make_filter(api)
    path = f"/api/v2/filters/{created['id']}/statuses"
    added = api.post(path, {"status_id": str(post.pk)})
    assert added.status_code == 200
    status = added.json()
    assert status["status_id"] == str(post.pk) and isinstance(status["id"], str)
    assert api.get(path).json() == [status]
    assert api.get(f"/api/v2/filters/{created['id']}").json()["statuses"] == [status]
    assert api.post(path, {"status_id": str(post.pk)}).status_code == 422  # once
    assert api.post(path, {"status_id": str(secret.pk)}).status_code == 404  # not visible
    assert api.post(path, {"status_id": "999999"}).status_code == 404
    assert api.post(path, {}).status_code == 422
    one = f"/api/v2/filters/statuses/{status['id']}"
    assert api.get(one).json() == status
    assert api.delete(one).json() == {}
    assert api.get(one).status_code == 404
    assert api.get(path).json() == []


def test_another_users_filter_is_a_404(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "منشور")
    owner = api_as(yazeed)
    created = make_filter(owner, keywords_attributes=[{"keyword": "أ"}])
    status = owner.post(
        f"/api/v2/filters/{created['id']}/statuses", {"status_id": str(post.pk)}
    ).json()
    keyword_id = created["keywords"][0]["id"]
    stranger = api_as(mazen)
    path = f"/api/v2/filters/{created['id']}"
    for found in (
        stranger.get(path),
        stranger.put(path, {"title": "لي"}),
        stranger.delete(path),
        stranger.get(f"{path}/keywords"),
        stranger.post(f"{path}/keywords", {"keyword": "ب"}),
        stranger.get(f"{path}/statuses"),
        stranger.post(f"{path}/statuses", {"status_id": str(post.pk)}),
        stranger.get(f"/api/v2/filters/keywords/{keyword_id}"),
        stranger.put(f"/api/v2/filters/keywords/{keyword_id}", {"keyword": "ب"}),
        stranger.delete(f"/api/v2/filters/keywords/{keyword_id}"),
        stranger.get(f"/api/v2/filters/statuses/{status['id']}"),
        stranger.delete(f"/api/v2/filters/statuses/{status['id']}"),
        stranger.get(f"/api/v1/filters/{keyword_id}"),
    ):
        assert found.status_code == 404 and "error" in found.json()
    assert stranger.get("/api/v2/filters").json() == []
    assert owner.get(path).json()["keywords"][0]["keyword"] == "أ"


@pytest.mark.parametrize("value", ["999999", "abc"])
def test_an_unknown_filter_is_a_404(api_as: ApiAs, value: str) -> None:
    api = api_as(make_account("yazeed"))
    assert api.get(f"/api/v2/filters/{value}").status_code == 404
    assert api.get(f"/api/v2/filters/keywords/{value}").status_code == 404
    assert api.get(f"/api/v2/filters/statuses/{value}").status_code == 404


def test_filters_need_their_scopes(api_as: ApiAs) -> None:
    yazeed = make_account("yazeed")
    created = make_filter(api_as(yazeed))
    assert api_as(yazeed, scopes="read:statuses").get("/api/v2/filters").status_code == 403
    reader = api_as(yazeed, scopes="read:filters")
    assert reader.get("/api/v2/filters").status_code == 200
    assert reader.get("/api/v1/filters").status_code == 200
    assert reader.post("/api/v2/filters", {"title": "x", "context": ["home"]}).status_code == 403
    assert reader.delete(f"/api/v2/filters/{created['id']}").status_code == 403
    writer = api_as(yazeed, scopes="write:filters")
    assert writer.delete(f"/api/v2/filters/{created['id']}").status_code == 200
    assert api_as(None).get("/api/v2/filters").status_code == 401


def test_v1_lists_each_keyword_as_a_filter(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    created = make_filter(
        api,
        filter_action="hide",
        keywords_attributes=[{"keyword": "أ", "whole_word": False}, {"keyword": "ب"}],
    )
    make_filter(api, title="تحذير", context=["thread"], keywords_attributes=[{"keyword": "ج"}])
    found = api.get("/api/v1/filters").json()
    assert [item["phrase"] for item in found] == ["أ", "ب", "ج"]
    first = found[0]
    assert first == {
        "id": created["keywords"][0]["id"],
        "phrase": "أ",
        "context": ["home", "public"],
        "whole_word": False,
        "expires_at": None,
        "irreversible": True,
    }
    assert found[2]["irreversible"] is False and found[2]["context"] == ["thread"]
    assert api.get(f"/api/v1/filters/{first['id']}").json() == first


def test_blur_media_is_understood_as_blur(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    created = api.client.post(
        "/api/v2/filters",
        urlencode({"title": "صور", "context[]": "home", "filter_action": "blur_media"}),
        content_type=FORM,
    )
    assert created.status_code == 200 and created.json()["filter_action"] == "blur"
