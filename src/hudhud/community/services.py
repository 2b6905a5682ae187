"""Every write of volunteering: help requests and offers posted, answered, marked, closed
and expired; cities and categories followed."""

from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task

from hudhud.accounts.models import Account, Block
from hudhud.arabic import is_blank, normalise
from hudhud.community.models import (
    ON_THE_BOARD,
    Help,
    HelpAnswer,
    HelpCategory,
    HelpFollow,
    HelpKind,
    HelpStatus,
    Urgency,
)
from hudhud.notifications.models import NotificationKind
from hudhud.notifications.services import notification_create
from hudhud.posts.models import Post
from hudhud.posts.services import post_create
from hudhud.posts.tasks import enqueue_at

#: The longest a request or offer stays on the board.
MAX_LIFETIME = timedelta(days=90)
#: How long before its expiry the author of a request or offer is reminded of it (halfway
#: through its life for one that lives less than twice this).
REMIND_AHEAD = timedelta(days=1)
#: The hashtags every request and offer carries, whatever the author's language.
HASHTAGS = {HelpKind.REQUEST: "#طلب_مساعدة", HelpKind.OFFER: "#عرض_مساعدة"}


def city_key(city: str) -> str:
    """Return the one spelling a city is matched by («الرياض» and «الرياض»)."""
    return " ".join(normalise(city).split())[:60]


def text_field(value: str, *, limit: int, what: str) -> str:
    """Return `value` stripped, refusing it blank or longer than `limit`."""
    value = value.strip()
    if is_blank(value):
        raise ValidationError(_("%(what)s is missing.") % {"what": what}, code="blank")
    if len(value) > limit:
        raise ValidationError(
            _("%(what)s is longer than %(limit)d characters.") % {"what": what, "limit": limit},
            code="too_long",
        )
    return value


def _summary(
    author: Account, *, kind: str, category: str, city: str, urgency: str, details: str
) -> str:
    """Return the text of the post: what any app shows, in the author's language."""
    language = author.user.language if author.user is not None else "ar"
    with override(language):
        head = [HelpKind(kind).label, HelpCategory(category).label, city]
        if urgency != Urgency.NORMAL:
            head.append(Urgency(urgency).label)
    icon = "🆘" if kind == HelpKind.REQUEST else "🤝"
    return f"{icon} {' · '.join(str(part) for part in head)}\n{details}\n{HASHTAGS[HelpKind(kind)]}"


@transaction.atomic
def help_create(
    *,
    author: Account,
    kind: str,
    category: str,
    city: str,
    details: str,
    urgency: str = Urgency.NORMAL,
    expires_at: datetime | None = None,
) -> Help:
    """Post a help request or offer with its structure; tell those who follow its city or
    category of a new request; queue its expiry."""
    if kind not in HelpKind.values:
        raise ValidationError(_("Say whether you ask for help or offer it."), code="kind")
    if category not in HelpCategory.values:
        raise ValidationError(_("Choose a category."), code="category")
    if urgency not in Urgency.values:
        raise ValidationError(_("Unknown urgency."), code="urgency")
    city = text_field(city, limit=60, what=_("The city"))
    details = text_field(details, limit=400, what=_("The details"))
    if expires_at is not None:
        if timezone.is_naive(expires_at):
            raise ValidationError(_("The expiry needs a time zone."), code="naive")
        if expires_at <= timezone.now():
            raise ValidationError(_("The expiry must be in the future."), code="expired")
        if expires_at > timezone.now() + MAX_LIFETIME:
            raise ValidationError(_("The expiry must be within 90 days."), code="too_far")
    post = post_create(
        author=author,
        text=_summary(
            author, kind=kind, category=category, city=city, urgency=urgency, details=details
        ),
    )
    help = Help.objects.create(
        post=post,
        kind=kind,
        category=category,
        city=city,
        city_key=city_key(city),
        urgency=urgency,
        expires_at=expires_at,
    )
    if kind == HelpKind.REQUEST:
        transaction.on_commit(lambda: tell_help_followers.enqueue(help.pk))
    if expires_at is not None:
        due = reminder_due(expires_at, help.created_at)
        transaction.on_commit(lambda: enqueue_at(remind_help, due, help.pk))
        transaction.on_commit(lambda: enqueue_at(expire_help, expires_at, help.pk))
    return help


def reminder_due(expires_at: datetime, created_at: datetime) -> datetime:
    """Return when the author of a request or offer made at `created_at` and expiring at
    `expires_at` is reminded of its expiry."""
    return expires_at - min(REMIND_AHEAD, (expires_at - created_at) / 2)


@task()
def remind_help(help_id: int) -> None:
    help = Help.objects.select_related("post__author").filter(pk=help_id).first()
    if help is not None:
        help_remind(help=help)


@transaction.atomic
def help_remind(*, help: Help) -> bool:
    """Remind the author of a request or offer still on the board that it expires soon,
    once, when it is time; return whether they were reminded."""
    expires_at = help.expires_at
    if (
        expires_at is None
        or help.status not in ON_THE_BOARD
        or not reminder_due(expires_at, help.created_at) <= timezone.now() < expires_at
    ):
        return False
    if not Help.objects.filter(pk=help.pk, reminded_at=None).update(reminded_at=timezone.now()):
        return False  # reminded already
    author = help.post.author
    notification_create(
        recipient=author, actor=author, kind=NotificationKind.REMINDER, post=help.post
    )
    return True


@task()
def tell_help_followers(help_id: int) -> None:
    help = Help.objects.select_related("post__author").filter(pk=help_id).first()
    if help is not None:
        help_followers_tell(help=help)


def help_followers_tell(*, help: Help) -> None:
    """Tell those who follow the request's city, its category, or both, of it."""
    followers = (
        HelpFollow.objects.filter(
            Q(city_key=help.city_key, category="")
            | Q(city_key="", category=help.category)
            | Q(city_key=help.city_key, category=help.category)
        )
        .exclude(account=help.post.author)
        .select_related("account")
    )
    told: set[int] = set()
    for follow in followers:
        if follow.account_id not in told:
            told.add(follow.account_id)
            notification_create(
                recipient=follow.account,
                actor=help.post.author,
                kind=NotificationKind.STATUS,
                post=help.post,
            )


@transaction.atomic
def help_answer(
    *,
    help: Help,
    helper: Account,
    message: str,
    contact: str,
    boost: Post | None = None,
) -> HelpAnswer:
    """Answer a request with "I can help", privately: only its author sees the message and
    the contact. `boost` is the boost of the request the helper came through."""
    requester = help.post.author
    if help.kind != HelpKind.REQUEST or help.status not in ON_THE_BOARD:
        raise ValidationError(_("This request takes no more answers."), code="closed")
    if helper.pk == requester.pk:
        raise ValidationError(_("You cannot answer your own request."), code="own")
    if Block.objects.filter(
        Q(account=requester, target=helper) | Q(account=helper, target=requester)
    ).exists():
        raise ValidationError(_("This request takes no more answers."), code="closed")
    if boost is not None and boost.boost_of_id != help.post_id:
        raise ValidationError(_("That is not a boost of this request."), code="boost")
    try:
        with transaction.atomic():
            answer = HelpAnswer.objects.create(
                help=help,
                helper=helper,
                message=text_field(message, limit=500, what=_("The message")),
                contact=text_field(contact, limit=200, what=_("How to reach you")),
                boost=boost,
            )
    except IntegrityError as error:
        raise ValidationError(_("You have answered this request already."), code="twice") from error
    notification_create(
        recipient=requester, actor=helper, kind=NotificationKind.HELP_ANSWER, post=help.post
    )
    return answer


def _own(help: Help, account: Account) -> None:
    if help.post.author_id != account.pk:
        raise PermissionDenied(_("Only its author changes a request or an offer."))


@transaction.atomic
def help_mark_helper(*, help: Help, account: Account, answer: HelpAnswer) -> Help:
    """Mark who helps: the request is being helped."""
    _own(help, account)
    if answer.help_id != help.pk:
        raise ValidationError(_("That answer is not of this request."), code="answer")
    if help.status not in ON_THE_BOARD:
        raise ValidationError(_("This request is closed."), code="closed")
    HelpAnswer.objects.filter(pk=answer.pk).update(helped=True)
    help.status = HelpStatus.BEING_HELPED
    help.save(update_fields=["status"])
    return help


@transaction.atomic
def help_close(*, help: Help, account: Account, status: str) -> Help:
    """Close a request or offer: fulfilled or withdrawn by its author. It leaves the board
    and stays on the profile."""
    _own(help, account)
    if status not in (HelpStatus.FULFILLED, HelpStatus.WITHDRAWN):
        raise ValidationError(_("A request is closed as fulfilled or withdrawn."), code="status")
    if help.status not in ON_THE_BOARD:
        raise ValidationError(_("This request is closed."), code="closed")
    help.status = status
    help.closed_at = timezone.now()
    help.save(update_fields=["status", "closed_at"])
    return help


@task()
def expire_help(help_id: int) -> None:
    help = Help.objects.filter(pk=help_id).first()
    if help is not None:
        help_expire(help=help)


@transaction.atomic
def help_expire(*, help: Help) -> Help:
    """Take a request or offer off the board once its expiry has come."""
    if help.status in ON_THE_BOARD and help.expires_at and help.expires_at <= timezone.now():
        help.status = HelpStatus.EXPIRED
        help.closed_at = timezone.now()
        help.save(update_fields=["status", "closed_at"])
    return help


@transaction.atomic
def help_follow(*, account: Account, city: str = "", category: str = "") -> HelpFollow:
    """Follow a city, a category, or a category in a city."""
    if category and category not in HelpCategory.values:
        raise ValidationError(_("Choose a category."), code="category")
    city = city.strip()
    if len(city) > 60:
        raise ValidationError(
            _("%(what)s is longer than %(limit)d characters.")
            % {"what": _("The city"), "limit": 60},
            code="too_long",
        )
    key = city_key(city)
    if not key and not category:
        raise ValidationError(_("Follow a city, a category, or both."), code="blank")
    follow, _created = HelpFollow.objects.get_or_create(
        account=account, city_key=key, category=category, defaults={"city": city}
    )
    return follow


@transaction.atomic
def help_unfollow(*, account: Account, follow: HelpFollow) -> None:
    if follow.account_id != account.pk:
        raise PermissionDenied(_("This is not your follow."))
    follow.delete()
