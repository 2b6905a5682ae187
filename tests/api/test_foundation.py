"""What every endpoint shares: tokens and scopes, bodies in three encodings, errors as
Mastodon writes them, trailing slashes and paging."""

import pytest

from tests.api.conftest import Api, ApiAs
from tests.factories import make_account, make_post, make_token

pytestmark = pytest.mark.django_db


def test_a_token_speaks_for_its_account(api_as: ApiAs) -> None:
    sami = make_account("sami", display_name="سامي")
    found = api_as(sami).get("/api/v1/accounts/verify_credentials")
    assert found.status_code == 200
    body = found.json()
    assert body["id"] == str(sami.pk) and body["acct"] == "sami"
    assert body["display_name"] == "سامي"
    assert body["source"]["privacy"] == "public"
    assert body["avatar"].startswith("http://") and body["avatar"].endswith(".png")


def test_no_token_wrong_token_and_app_token_are_refused_where_a_user_is_needed(
    api_as: ApiAs,
) -> None:
    assert api_as(None).get("/api/v1/accounts/verify_credentials").status_code == 401
    wrong = Api("not-a-token").get("/api/v1/accounts/verify_credentials")
    assert wrong.status_code == 401
    assert wrong.json() == {"error": "رمز الدخول غير صالح"}
    app_only = Api(make_token(None, "read"))
    refused = app_only.get("/api/v1/accounts/verify_credentials")
    assert refused.status_code == 422 and "error" in refused.json()


def test_a_wrong_token_is_refused_even_where_none_is_needed(api_as: ApiAs) -> None:
    assert Api("not-a-token").get("/api/v1/timelines/public").status_code == 401
    assert api_as(None).get("/api/v1/timelines/public").status_code == 200


def test_a_token_without_the_scope_is_forbidden(api_as: ApiAs) -> None:
    sami = make_account("sami")
    reader = api_as(sami, scopes="read")
    refused = reader.post("/api/v1/statuses", {"status": "مرحبا"})
    assert refused.status_code == 403
    granular = api_as(sami, scopes="write:statuses")
    assert granular.post("/api/v1/statuses", {"status": "مرحبا"}).status_code == 200
    assert granular.get("/api/v1/accounts/verify_credentials").status_code == 403


def test_errors_speak_the_callers_language(api_as: ApiAs) -> None:
    english = make_account("bassem")
    assert english.user is not None
    english.user.language = "en"
    english.user.save()
    found = api_as(english).get("/api/v1/statuses/123")
    assert found.status_code == 404
    assert found.json() == {"error": "Record not found"}
    assert api_as(make_account("sami")).get("/api/v1/statuses/123").json() == {
        "error": "السجل غير موجود"
    }


def test_a_body_may_be_json_form_encoded_or_multipart(api_as: ApiAs) -> None:
    sami = make_account("sami")
    api = api_as(sami)
    as_json = api.post("/api/v1/statuses", {"status": "أولاً", "sensitive": True})
    as_form = api.form("/api/v1/statuses", {"status": "ثانياً", "sensitive": "true"})
    multipart = api.multipart("/api/v1/statuses", {"status": "ثالثاً", "visibility": "unlisted"})
    assert [r.status_code for r in (as_json, as_form, multipart)] == [200, 200, 200]
    assert as_json.json()["sensitive"] is as_form.json()["sensitive"] is True
    assert multipart.json()["visibility"] == "unlisted"


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"\xff\xfe", b"[" * 10_000 + b"]" * 10_000, b"[1, 2]", b'"text"'],
    ids=["broken", "invalid-utf8", "10000-deep", "array", "string"],
)
def test_a_body_that_is_not_a_json_object_is_a_400(api_as: ApiAs, body: bytes) -> None:
    api = api_as(make_account("sami"))
    found = api.client.post("/api/v1/statuses", body, content_type="application/json")
    assert found.status_code == 400
    assert set(found.json()) == {"error"}


def test_wrong_types_are_a_422_that_names_the_field(api_as: ApiAs) -> None:
    api = api_as(make_account("sami"))
    found = api.post("/api/v1/statuses", {"status": "مرحبا", "visibility": "everyone"})
    assert found.status_code == 422
    assert "visibility" in found.json()["error"]
    assert api.get("/api/v1/timelines/home", limit="many").status_code == 422


def test_a_service_refusal_is_a_422_with_its_message(api_as: ApiAs) -> None:
    found = api_as(make_account("sami")).post("/api/v1/statuses", {"status": "   "})
    assert found.status_code == 422
    assert found.json()["error"]


@pytest.mark.parametrize("value", ["abc", "-1", "99999999999999999999999", "١٢٣", "1.5"])
def test_an_id_that_cannot_be_one_is_a_404(api_as: ApiAs, value: str) -> None:
    assert api_as(None).get(f"/api/v1/statuses/{value}").status_code == 404


def test_a_trailing_slash_reaches_the_same_endpoint(api_as: ApiAs) -> None:
    sami = make_account("sami")
    post = make_post(sami, "مرحبا")
    found = api_as(None).get(f"/api/v1/statuses/{post.pk}/")
    assert found.status_code == 200 and found.json()["id"] == str(post.pk)


def test_another_users_followers_only_post_is_a_404_not_a_leak(api_as: ApiAs) -> None:
    sami = make_account("sami")
    secret = make_post(sami, "للمتابعين فقط", visibility="private")
    stranger = api_as(make_account("mazen"))
    assert stranger.get(f"/api/v1/statuses/{secret.pk}").status_code == 404
    assert api_as(sami).get(f"/api/v1/statuses/{secret.pk}").status_code == 200


def test_pages_carry_a_link_header_to_older_and_newer(api_as: ApiAs) -> None:
    sami = make_account("sami")
    posts = [make_post(sami, f"منشور {n}") for n in range(5)]
    api = api_as(sami)
    first = api.get("/api/v1/timelines/home", limit=2)
    ids = [item["id"] for item in first.json()]
    assert ids == [str(posts[4].pk), str(posts[3].pk)]
    link = first.headers["Link"]
    assert f"max_id={posts[3].pk}" in link and 'rel="next"' in link
    assert f"min_id={posts[4].pk}" in link and 'rel="prev"' in link
    older = api.get("/api/v1/timelines/home", limit=2, max_id=posts[3].pk).json()
    assert [item["id"] for item in older] == [str(posts[2].pk), str(posts[1].pk)]


def test_ids_are_strings_and_statuses_have_mastodons_fields(api_as: ApiAs) -> None:
    sami = make_account("sami")
    make_account("mazen")
    post = make_post(sami, "أهلاً @mazen في #جيتكس_2012")
    body = api_as(None).get(f"/api/v1/statuses/{post.pk}").json()
    assert isinstance(body["id"], str) and isinstance(body["account"]["id"], str)
    assert body["mentions"][0]["acct"] == "mazen"
    assert body["tags"][0]["name"] == "جيتكس_2012"
    assert body["favourited"] is None  # nobody is asking
    for name in ("uri", "url", "created_at", "content", "visibility", "reblog", "poll", "card"):
        assert name in body
