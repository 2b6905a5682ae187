"""Media through the Mastodon API: upload, read, describe and delete an image."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pytest_django.fixtures import Settings

from hudhud.posts.models import Media
from tests.api.conftest import ApiAs
from tests.api.test_statuses import png, upload
from tests.factories import make_account

pytestmark = pytest.mark.django_db


def test_an_upload_is_ready_at_once(api_as: ApiAs) -> None:
    api = api_as(make_account("sami"))
    found = api.multipart(
        "/api/v2/media", {"file": png(), "description": "شعار جيتكس", "focus": "-0.5,0.75"}
    )
    assert found.status_code == 200
    body = found.json()
    assert body["type"] == "image" and body["url"].startswith("http")
    assert body["preview_url"].startswith("http") and body["blurhash"]
    assert body["description"] == "شعار جيتكس"
    assert body["meta"]["focus"] == {"x": -0.5, "y": 0.75}
    assert body["meta"]["original"]["width"] == 80 and body["meta"]["original"]["size"] == "80x60"
    assert body["meta"]["small"]["aspect"] == pytest.approx(80 / 60)
    v1 = api.multipart("/api/v1/media", {"file": png()})
    assert v1.status_code == 200 and v1.json()["url"]
    assert Media.objects.count() == 2


def test_what_is_not_an_image_is_422(api_as: ApiAs, settings: Settings) -> None:
    api = api_as(make_account("sami"))
    text = SimpleUploadedFile("a.txt", "ليست صورة".encode(), content_type="text/plain")
    refused = api.multipart("/api/v2/media", {"file": text})
    assert refused.status_code == 422 and "error" in refused.json()
    assert api.multipart("/api/v2/media", {"description": "بلا ملف"}).status_code == 422
    bad_focus = api.multipart("/api/v2/media", {"file": png(), "focus": "2,0"})
    assert bad_focus.status_code == 422
    assert api.multipart("/api/v2/media", {"file": png(), "focus": "a,b"}).status_code == 422
    settings.MAX_UPLOAD_BYTES = 10
    too_big = api.multipart("/api/v2/media", {"file": png()})
    assert too_big.status_code == 422 and "error" in too_big.json()
    assert Media.objects.count() == 0


def test_read_and_describe_ones_own_media_only(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    media_id = upload(api)
    assert api.get(f"/api/v1/media/{media_id}").json()["id"] == media_id
    assert api_as(mazen).get(f"/api/v1/media/{media_id}").status_code == 404
    assert api.get("/api/v1/media/123").status_code == 404
    updated = api.put(f"/api/v1/media/{media_id}", {"description": "وصف جديد", "focus": "0,1"})
    assert updated.status_code == 200
    assert updated.json()["description"] == "وصف جديد"
    assert updated.json()["meta"]["focus"] == {"x": 0.0, "y": 1.0}
    refused = api_as(mazen).put(f"/api/v1/media/{media_id}", {"description": "لي"})
    assert refused.status_code == 404
    assert api.put(f"/api/v1/media/{media_id}", {"description": "x" * 1501}).status_code == 422
    assert Media.objects.get(pk=media_id).description == "وصف جديد"


def test_media_needs_the_media_scope(api_as: ApiAs) -> None:
    sami = make_account("sami")
    refused = api_as(sami, scopes="read write:statuses").multipart("/api/v2/media", {"file": png()})
    assert refused.status_code == 403
    assert api_as(None).multipart("/api/v2/media", {"file": png()}).status_code == 401
    assert (
        api_as(sami, scopes="write:media").multipart("/api/v2/media", {"file": png()}).status_code
        == 200
    )


def test_delete_an_unattached_image(api_as: ApiAs) -> None:
    sami = make_account("sami")
    api = api_as(sami)
    attached = upload(api)
    api.post("/api/v1/statuses", {"status": "صورة", "media_ids": [attached]})
    loose = upload(api)
    assert api.delete(f"/api/v1/media/{attached}").status_code == 422
    assert api.delete(f"/api/v1/media/{loose}").status_code == 200
    assert list(Media.objects.values_list("pk", flat=True)) == [int(attached)]
