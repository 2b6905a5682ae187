"""Hudhud's coach: advice on a draft, identity reports and the Hudhud-only profile fields
(specialties, open to offers, kind of account)."""

from typing import Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from hudhud.accounts.services import profile_update
from hudhud.api.auth import caller, signed_in, token
from hudhud.api.lookup import account_named
from hudhud.api.schemas.coach import Check, Identity, check, identity
from hudhud.coach.selectors import MAX_DRAFT, draft_check, identity_report, identity_visible

router = Router(tags=["hudhud: coach"])


class Draft(Schema):
    text: str = Field(max_length=MAX_DRAFT)


class Specialty(Schema):
    name: str
    keywords: list[str] = Field(default_factory=list)


class Profile(Schema):
    specialties: list[Specialty]
    open_to_offers: bool
    focus_public: bool
    kind: str


class ProfileChange(Schema):
    #: Up to three, most important first: names, or names with keywords; a name given
    #: alone keeps the keywords it had.
    specialties: list[str | Specialty] | None = Field(None, max_length=10)
    open_to_offers: bool | None = None
    focus_public: bool | None = None
    kind: Literal["person", "business", "startup", "organisation"] | None = None


@router.post("/hudhud/v1/coach/check", response=Check, auth=token("read", optional=True))
def coach_check(request: HttpRequest, body: Draft) -> Check:
    """Return the coach's advice on a draft post; never a refusal."""
    if not body.text.strip():
        raise HttpError(422, _("Write something to check."))
    return check(draft_check(author=caller(request).account, text=body.text))


def _profile(request: HttpRequest) -> Profile:
    me = signed_in(request)
    return Profile(
        specialties=[Specialty(**item) for item in me.specialties],
        open_to_offers=me.open_to_offers,
        focus_public=me.focus_public,
        kind=me.kind,
    )


@router.get("/hudhud/v1/profile", response=Profile, auth=token("read:accounts"))
def profile(request: HttpRequest) -> Profile:
    return _profile(request)


@router.patch("/hudhud/v1/profile", response=Profile, auth=token("write:accounts"))
def profile_change(request: HttpRequest, body: ProfileChange) -> Profile:
    """Change the Hudhud-only fields of the caller's profile (the rest is Mastodon's
    `update_credentials`)."""
    me = signed_in(request)
    specialties = None
    if body.specialties is not None:
        known = {item["name"]: item["keywords"] for item in me.specialties}
        specialties = [
            (item, known.get(item.strip(), []))
            if isinstance(item, str)
            else (item.name, item.keywords)
            for item in body.specialties
        ]
    profile_update(
        account=me,
        specialties=specialties,
        open_to_offers=body.open_to_offers,
        focus_public=body.focus_public,
        kind=body.kind,
    )
    return _profile(request)


@router.get(
    "/hudhud/v1/accounts/{id}/identity",
    response=Identity,
    auth=token("read:accounts", optional=True),
)
def account_identity(request: HttpRequest, id: str) -> Identity:
    """Return what an account's recent posts focus on: all of it to its owner; the shares
    alone to others once the owner shows the badge on the profile; else a 403."""
    owner = account_named(id)
    seen = identity_visible(owner, caller(request).account)
    if seen == "none":
        raise HttpError(403, _("This identity report is private."))
    return identity(identity_report(owner), whole=seen == "all")
