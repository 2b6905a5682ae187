"""Hudhud's coach: advice on a draft, identity reports, the Hudhud-only profile fields
(specialties, open to offers, kind of account), giveaways, the talent directory and job
offers."""

from datetime import datetime
from typing import Literal

from django.db.models import Q
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from hudhud.accounts.services import profile_update
from hudhud.api.auth import caller, signed_in, token
from hudhud.api.lookup import account_named, object_id, visible_post
from hudhud.api.schemas.coach import (
    Check,
    Giveaway,
    GiveawayCheck,
    GiveawayEntry,
    Identity,
    JobOffer,
    Talent,
    check,
    giveaway,
    identity,
    job_offer,
    talent,
)
from hudhud.coach.models import EntryRule
from hudhud.coach.models import Giveaway as GiveawayModel
from hudhud.coach.models import JobOffer as JobOfferModel
from hudhud.coach.selectors.drafts import MAX_DRAFT, draft_check, profile_checklist
from hudhud.coach.selectors.giveaways import (
    giveaway_entry,
    giveaway_recomputed,
    giveaway_verified,
)
from hudhud.coach.selectors.identity import identity_report, identity_visible
from hudhud.coach.selectors.talent import offers_received, offers_sent, talent_directory
from hudhud.coach.services import (
    giveaway_create,
    giveaway_update,
    job_offer_answer,
    job_offer_create,
)
from hudhud.paging import MAX_LIMIT
from hudhud.posts.models import Post

router = Router(tags=["hudhud: coach"])


class Draft(Schema):
    text: str = Field(max_length=MAX_DRAFT)


class Specialty(Schema):
    name: str
    keywords: list[str] = Field(default_factory=list)


class ChecklistItem(Schema):
    item: str
    label: str
    done: bool


class Profile(Schema):
    specialties: list[Specialty]
    open_to_offers: bool
    focus_public: bool
    kind: str
    #: What a business or startup profile needs, avatar first; empty for other kinds.
    checklist: list[ChecklistItem]


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
        checklist=[
            ChecklistItem(item=item.item, label=item.label, done=item.done)
            for item in profile_checklist(me)
        ],
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


class GiveawayCreate(Schema):
    status_id: str
    rule: EntryRule
    deadline: datetime
    winners: int
    min_account_age_days: int = 0


class GiveawayChange(Schema):
    rule: EntryRule | None = None
    deadline: datetime | None = None
    winners: int | None = None
    min_account_age_days: int | None = None


def _giveaway_of(request: HttpRequest, id: str) -> GiveawayModel:
    """Return the giveaway `id` names, if the caller may see its post; else a 404."""
    found = GiveawayModel.objects.select_related("post__author").filter(pk=object_id(id)).first()
    if found is None:
        raise Http404
    visible = Post.objects.visible_to(caller(request).account).filter(pk=found.post_id)
    if not visible.exists():
        raise Http404
    return found


@router.post("/hudhud/v1/giveaways", response=Giveaway, auth=token("write:statuses"))
def giveaway_new(request: HttpRequest, body: GiveawayCreate) -> Giveaway:
    """Attach a giveaway to one of the caller's public posts."""
    me = signed_in(request)
    post = visible_post(me, body.status_id)
    if post.author_id != me.pk:
        raise Http404
    return giveaway(
        giveaway_create(
            post=post,
            rule=body.rule,
            deadline=body.deadline,
            winners=body.winners,
            min_account_age_days=body.min_account_age_days,
        )
    )


@router.get(
    "/hudhud/v1/giveaways/{id}", response=Giveaway, auth=token("read:statuses", optional=True)
)
def giveaway_one(request: HttpRequest, id: str) -> Giveaway:
    return giveaway(_giveaway_of(request, id))


@router.patch("/hudhud/v1/giveaways/{id}", response=Giveaway, auth=token("write:statuses"))
def giveaway_change(request: HttpRequest, id: str, body: GiveawayChange) -> Giveaway:
    """Change a giveaway's rules, until someone has entered it."""
    found = _giveaway_of(request, id)
    if found.post.author_id != signed_in(request).pk:
        raise HttpError(403, _("Only the organiser changes a giveaway."))
    return giveaway(
        giveaway_update(
            giveaway=found,
            rule=body.rule,
            deadline=body.deadline,
            winners=body.winners,
            min_account_age_days=body.min_account_age_days,
        )
    )


@router.get("/hudhud/v1/giveaways/{id}/entry", response=GiveawayEntry, auth=token("read:statuses"))
def giveaway_entry_status(request: HttpRequest, id: str) -> GiveawayEntry:
    """Return whether the caller has entered the giveaway."""
    return GiveawayEntry(status=giveaway_entry(_giveaway_of(request, id), signed_in(request)))


@router.get(
    "/hudhud/v1/giveaways/{id}/verify",
    response=GiveawayCheck,
    auth=token("read:statuses", optional=True),
)
def giveaway_check(request: HttpRequest, id: str) -> GiveawayCheck:
    """Recompute the winners from the published secret and entrants."""
    found = _giveaway_of(request, id)
    if not found.drawn:
        raise HttpError(422, _("The giveaway is not drawn yet."))
    return GiveawayCheck(
        verified=giveaway_verified(found), recomputed_winners=giveaway_recomputed(found)
    )


class TalentQuery(Schema):
    q: str = Field("", max_length=500)
    limit: int = Field(40, ge=1, le=80)


class OfferCreate(Schema):
    account_id: str
    title: str = Field(max_length=1000)
    description: str = Field(max_length=20_000)
    how_to_reply: str = Field(max_length=5000)


@router.get("/hudhud/v1/talent", response=list[Talent], auth=token("read:accounts", optional=True))
def talent_list(request: HttpRequest, query: Query[TalentQuery]) -> list[Talent]:
    """Return the people open to offers, by specialty when `q` is given, the most focused
    first."""
    found = talent_directory(caller(request).account, query.q, limit=query.limit)
    return [talent(item) for item in found]


@router.post("/hudhud/v1/offers", response=JobOffer, auth=token("write:accounts"))
def offer_send(request: HttpRequest, body: OfferCreate) -> JobOffer:
    """Send a job offer to a person open to offers."""
    offer = job_offer_create(
        sender=signed_in(request),
        recipient=account_named(body.account_id),
        title=body.title,
        description=body.description,
        how_to_reply=body.how_to_reply,
    )
    return job_offer(offer)


@router.get("/hudhud/v1/offers", response=list[JobOffer], auth=token("read:accounts"))
def offers_inbox(request: HttpRequest) -> list[JobOffer]:
    """Return the job offers sent to the caller, newest first."""
    return [job_offer(offer) for offer in offers_received(signed_in(request))[:MAX_LIMIT]]


@router.get("/hudhud/v1/offers/sent", response=list[JobOffer], auth=token("read:accounts"))
def offers_outbox(request: HttpRequest) -> list[JobOffer]:
    """Return the job offers the caller sent, newest first."""
    return [job_offer(offer) for offer in offers_sent(signed_in(request))[:MAX_LIMIT]]


def _offer_of(request: HttpRequest, id: str) -> JobOfferModel:
    """Return the offer `id` names if the caller sent or received it; else a 404."""
    me = signed_in(request)
    found = (
        JobOfferModel.objects.select_related("sender", "recipient")
        .filter(Q(sender=me) | Q(recipient=me), pk=object_id(id))
        .first()
    )
    if found is None:
        raise Http404
    return found


@router.get("/hudhud/v1/offers/{id}", response=JobOffer, auth=token("read:accounts"))
def offer_one(request: HttpRequest, id: str) -> JobOffer:
    return job_offer(_offer_of(request, id))


@router.post("/hudhud/v1/offers/{id}/{answer}", response=JobOffer, auth=token("write:accounts"))
def offer_answer(request: HttpRequest, id: str, answer: Literal["accept", "decline"]) -> JobOffer:
    """Accept or decline a job offer sent to the caller."""
    offer = job_offer_answer(
        offer=_offer_of(request, id), account=signed_in(request), accept=answer == "accept"
    )
    return job_offer(JobOfferModel.objects.select_related("sender", "recipient").get(pk=offer.pk))
