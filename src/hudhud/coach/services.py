"""Every write of the coach: giveaways made, changed and drawn; job offers sent and
answered (the focus the talent directory ranks by: `focus`)."""

import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override
from django_tasks import task

from hudhud.accounts.models import Account, AccountKind, Block
from hudhud.arabic import is_blank
from hudhud.coach.fairness import commitment, draw
from hudhud.coach.models import EntryRule, Giveaway, JobOffer, OfferStatus
from hudhud.coach.selectors.giveaways import giveaway_entrants
from hudhud.notifications.models import NotificationKind
from hudhud.notifications.services import notification_create
from hudhud.posts.models import Post, Visibility
from hudhud.posts.services import post_create
from hudhud.posts.tasks import enqueue_at

MAX_WINNERS = 20
MAX_DURATION = timedelta(days=365)
MAX_MIN_ACCOUNT_AGE = 3650
ORGANISERS = (AccountKind.BUSINESS, AccountKind.STARTUP, AccountKind.ORGANISATION)


def _check(*, rule: str, deadline: datetime, winners: int, min_account_age_days: int) -> None:
    if rule not in EntryRule.values:
        raise ValidationError(_("Unknown entry rule."), code="rule")
    if timezone.is_naive(deadline):
        raise ValidationError(_("The deadline needs a time zone."), code="naive")
    ahead = settings.GIVEAWAY_MIN_SECONDS
    if deadline <= timezone.now() + timedelta(seconds=ahead):
        minutes = ahead // 60
        raise ValidationError(
            ngettext(
                "The deadline must be at least %(minutes)d minute ahead.",
                "The deadline must be at least %(minutes)d minutes ahead.",
                minutes,
            )
            % {"minutes": minutes},
            code="deadline_past",
        )
    if deadline > timezone.now() + MAX_DURATION:
        raise ValidationError(_("The deadline must be within a year."), code="deadline_far")
    if not 1 <= winners <= MAX_WINNERS:
        raise ValidationError(
            _("A giveaway has from 1 to %(limit)d winners.") % {"limit": MAX_WINNERS},
            code="winners",
        )
    if not 0 <= min_account_age_days <= MAX_MIN_ACCOUNT_AGE:
        raise ValidationError(_("The minimum account age is out of range."), code="age")


@transaction.atomic
def giveaway_create(
    *,
    post: Post,
    rule: str,
    deadline: datetime,
    winners: int,
    min_account_age_days: int = 0,
) -> Giveaway:
    """Attach a giveaway to a public post of a business, startup or organisation, publish
    the commitment of its secret, and queue its draw at the deadline."""
    if post.author.kind not in ORGANISERS:
        raise ValidationError(
            _("Only business, startup and organisation accounts run giveaways."),
            code="not_organiser",
        )
    if post.is_boost or post.visibility != Visibility.PUBLIC:
        raise ValidationError(_("A giveaway is attached to a public post."), code="post")
    if Giveaway.objects.filter(post=post).exists():
        raise ValidationError(_("This post has a giveaway already."), code="exists")
    _check(rule=rule, deadline=deadline, winners=winners, min_account_age_days=min_account_age_days)
    secret = secrets.token_hex(32)
    giveaway = Giveaway.objects.create(
        post=post,
        rule=rule,
        deadline=deadline,
        winners_count=winners,
        min_account_age_days=min_account_age_days,
        secret=secret,
        commitment=commitment(secret),
    )
    transaction.on_commit(lambda: enqueue_at(draw_giveaway, giveaway.deadline, giveaway.pk))
    return giveaway


@transaction.atomic
def giveaway_update(
    *,
    giveaway: Giveaway,
    rule: str | None = None,
    deadline: datetime | None = None,
    winners: int | None = None,
    min_account_age_days: int | None = None,
) -> Giveaway:
    """Change a giveaway's rules, until someone has entered it."""
    giveaway = (
        Giveaway.objects.select_for_update().select_related("post__author").get(pk=giveaway.pk)
    )
    if giveaway.drawn or giveaway_entrants(giveaway):
        raise ValidationError(
            _("The rules of a giveaway cannot change once someone has entered."),
            code="entered",
        )
    giveaway.rule = rule if rule is not None else giveaway.rule
    giveaway.winners_count = winners if winners is not None else giveaway.winners_count
    if min_account_age_days is not None:
        giveaway.min_account_age_days = min_account_age_days
    moved = deadline is not None and deadline != giveaway.deadline
    giveaway.deadline = deadline or giveaway.deadline
    _check(
        rule=giveaway.rule,
        deadline=giveaway.deadline,
        winners=giveaway.winners_count,
        min_account_age_days=giveaway.min_account_age_days,
    )
    giveaway.save()
    if moved:  # the task queued before finds it too early and does nothing
        transaction.on_commit(lambda: enqueue_at(draw_giveaway, giveaway.deadline, giveaway.pk))
    return giveaway


@task()
def draw_giveaway(giveaway_id: int) -> None:
    giveaway = Giveaway.objects.filter(pk=giveaway_id).first()
    if giveaway is not None:  # deleted with its post
        giveaway_draw(giveaway=giveaway)


@transaction.atomic
def giveaway_draw(*, giveaway: Giveaway) -> Giveaway:
    """Draw the winners of `giveaway` once its deadline has passed, publish the secret,
    the entrants and the winners, and announce them in a reply that mentions them.

    Idempotent: a draw that ran already, or a deadline still ahead, changes nothing.
    """
    giveaway = (
        Giveaway.objects.select_for_update().select_related("post__author").get(pk=giveaway.pk)
    )
    if giveaway.drawn or giveaway.deadline > timezone.now():
        return giveaway
    entrants = [str(account.pk) for account in giveaway_entrants(giveaway)]
    giveaway.entrants = entrants
    giveaway.winners = draw(giveaway.secret, entrants, giveaway.winners_count)
    giveaway.drawn_at = timezone.now()
    giveaway.announcement = _announce(giveaway)
    giveaway.save()
    return giveaway


def _announce(giveaway: Giveaway) -> Post | None:
    """Reply to the giveaway's post with its winners, which tells them (a mention)."""
    organiser: Account = giveaway.post.author
    winners = Account.objects.in_bulk([int(pk) for pk in giveaway.winners])
    handles = " ".join(f"@{winners[int(pk)].acct}" for pk in giveaway.winners)
    page = f"{settings.BASE_URL}/giveaways/{giveaway.pk}"
    language = organiser.user.language if organiser.user is not None else settings.LANGUAGE_CODE
    with override(language):
        text = (
            _("🎉 The giveaway's winners: %(winners)s. Check the draw: %(page)s")
            % {"winners": handles, "page": page}
            if handles
            else _("The giveaway ended with no entrants. The draw: %(page)s") % {"page": page}
        )
    try:
        with transaction.atomic():
            return post_create(author=organiser, text=text, reply_to=giveaway.post)
    except ValidationError:
        return None  # the draw stands; its page shows the winners


@transaction.atomic
def job_offer_create(
    *, sender: Account, recipient: Account, title: str, description: str, how_to_reply: str
) -> JobOffer:
    """Send a job offer from an organisation, business or startup to a person open to
    offers: one waiting offer to each person, and HUDHUD_JOB_OFFERS_PER_DAY a day."""
    if sender.kind not in ORGANISERS:
        raise ValidationError(
            _("Only business, startup and organisation accounts send job offers."),
            code="not_organiser",
        )
    blocked = Block.objects.filter(
        Q(account=recipient, target=sender) | Q(account=sender, target=recipient)
    ).exists()
    if (
        not recipient.open_to_offers
        or not recipient.local
        or recipient.suspended
        or recipient.pk == sender.pk
        or blocked
    ):
        raise ValidationError(_("This account does not take job offers."), code="closed")
    fields = {
        "title": (title, 120, _("The title")),
        "description": (description, 2000, _("The description")),
        "how_to_reply": (how_to_reply, 500, _("How to reply")),
    }
    cleaned = {}
    for name, (given, limit, what) in fields.items():
        value = given.strip()
        if is_blank(value):
            raise ValidationError(_("%(what)s is missing.") % {"what": what}, code="blank")
        if len(value) > limit:
            raise ValidationError(
                _("%(what)s is longer than %(limit)d characters.") % {"what": what, "limit": limit},
                code="too_long",
            )
        cleaned[name] = value
    day_ago = timezone.now() - timedelta(days=1)
    if JobOffer.objects.filter(sender=sender, created_at__gte=day_ago).count() >= (
        settings.JOB_OFFERS_PER_DAY
    ):
        raise ValidationError(
            _("You may send at most %(limit)d job offers a day.")
            % {"limit": settings.JOB_OFFERS_PER_DAY},
            code="too_many",
        )
    if JobOffer.objects.filter(
        sender=sender, recipient=recipient, status=OfferStatus.PENDING
    ).exists():
        raise ValidationError(
            _("Your last offer to this person is still waiting for an answer."), code="waiting"
        )
    offer = JobOffer.objects.create(sender=sender, recipient=recipient, **cleaned)
    notification_create(recipient=recipient, actor=sender, kind=NotificationKind.JOB_OFFER)
    return offer


@transaction.atomic
def job_offer_answer(*, offer: JobOffer, account: Account, accept: bool) -> JobOffer:
    """Accept or decline a waiting job offer sent to `account`."""
    offer = JobOffer.objects.select_for_update().get(pk=offer.pk)
    if offer.recipient_id != account.pk:
        raise PermissionDenied(_("Only its recipient answers a job offer."))
    if offer.status != OfferStatus.PENDING:
        raise ValidationError(_("This offer was answered already."), code="answered")
    offer.status = OfferStatus.ACCEPTED if accept else OfferStatus.DECLINED
    offer.answered_at = timezone.now()
    offer.save(update_fields=["status", "answered_at"])
    return offer
