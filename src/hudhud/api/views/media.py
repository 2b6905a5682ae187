"""Media: upload, describe and check attachments (docs.joinmastodon.org/methods/media).

Images are processed while the upload waits, so `POST /api/v2/media` answers 200 with the
image's URL, as Mastodon does for images, and never 202.
"""

from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Schema
from ninja.errors import HttpError

from hudhud.accounts.models import Account as AccountModel
from hudhud.api.auth import signed_in, token
from hudhud.api.lookup import object_id
from hudhud.api.schemas.statuses import MediaAttachment, media_attachment
from hudhud.api.views.statuses import focus_point
from hudhud.posts.models import Media
from hudhud.posts.selectors import media_of
from hudhud.posts.services import media_create, media_delete, media_describe

router = Router(tags=["media"])


class MediaFields(Schema):
    description: str = ""
    focus: str | None = None


def _upload(request: HttpRequest, fields: MediaFields) -> MediaAttachment:
    upload = request.FILES.get("file")
    if upload is None:
        raise HttpError(422, _("Choose a file to upload."))
    media = media_create(
        account=signed_in(request),
        file=upload,
        description=fields.description,
        focus=focus_point(fields.focus) or (0.0, 0.0),
    )
    return media_attachment(media)


@router.post("/v2/media", response=MediaAttachment, auth=token("write:media"))
def media_upload(request: HttpRequest, fields: MediaFields) -> MediaAttachment:
    return _upload(request, fields)


@router.post("/v1/media", response=MediaAttachment, auth=token("write:media"))
def media_upload_v1(request: HttpRequest, fields: MediaFields) -> MediaAttachment:
    return _upload(request, fields)


def _own(me: AccountModel, value: str) -> Media:
    found = media_of(me, object_id(value))
    if found is None:
        raise Http404
    return found


@router.get("/v1/media/{id}", response=MediaAttachment, auth=token("write:media"))
def media_get(request: HttpRequest, id: str) -> MediaAttachment:
    return media_attachment(_own(signed_in(request), id))


class MediaUpdate(Schema):
    description: str | None = None
    focus: str | None = None


@router.put("/v1/media/{id}", response=MediaAttachment, auth=token("write:media"))
def media_update(request: HttpRequest, id: str, body: MediaUpdate) -> MediaAttachment:
    media = media_describe(
        media=_own(signed_in(request), id),
        description=body.description,
        focus=focus_point(body.focus),
    )
    return media_attachment(media)


@router.delete("/v1/media/{id}", response=dict[str, str], auth=token("write:media"))
def media_remove(request: HttpRequest, id: str) -> dict[str, str]:
    media_delete(media=_own(signed_in(request), id))
    return {}
