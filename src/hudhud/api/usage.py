"""Reads of the server as a whole: how many use it, how much they post, which servers it
knows, and who answers for it. The instance endpoints and NodeInfo show them."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db.models import Q, QuerySet, Sum
from django.utils import timezone

from hudhud.accounts.models import Account
from hudhud.ids import first_id_at
from hudhud.posts.models import Post

MONTH = timedelta(days=30)
HALF_YEAR = timedelta(days=180)


@dataclass(frozen=True)
class ServerUsage:
    users: int
    active_month: int
    active_halfyear: int
    local_posts: int
    domains: int


@dataclass(frozen=True)
class WeekActivity:
    week: datetime
    posts: int
    logins: int
    registrations: int


def _users() -> QuerySet[Account]:
    """Return the accounts of people who sign in here (once approved, where sign-ups wait
    for approval)."""
    return Account.objects.filter(local=True, suspended=False, user__is_active=True)


def _active(start: datetime, end: datetime | None = None) -> Q:
    """Match the users who signed in or posted from `start` (until `end`)."""
    signed_in = Q(user__last_login__gte=start)
    posts = Post.objects.filter(local=True, id__gte=first_id_at(start))
    if end is not None:
        signed_in &= Q(user__last_login__lt=end)
        posts = posts.filter(id__lt=first_id_at(end))
    return signed_in | Q(pk__in=posts.values("author_id"))


def peer_domains() -> list[str]:
    """Return the domains of the other servers whose accounts are known here."""
    return list(
        Account.objects.filter(local=False)
        .order_by("domain")
        .values_list("domain", flat=True)
        .distinct()
    )


def server_usage() -> ServerUsage:
    """Return the server's users (and those active in the last month and half year), its
    posts and the number of other servers it knows."""
    now = timezone.now()
    users = _users()
    return ServerUsage(
        users=users.count(),
        active_month=users.filter(_active(now - MONTH)).count(),
        active_halfyear=users.filter(_active(now - HALF_YEAR)).count(),
        local_posts=users.aggregate(total=Sum("posts_count"))["total"] or 0,
        domains=Account.objects.filter(local=False).values("domain").distinct().count(),
    )


def weekly_activity(weeks: int = 12) -> list[WeekActivity]:
    """Return the last `weeks` weeks, this one first, each starting on Monday (UTC): posts
    written here, the users who signed in or posted, and sign-ups."""
    today = timezone.now().astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    monday = today - timedelta(days=today.weekday())
    users = _users()
    activity = []
    for back in range(weeks):
        start = monday - timedelta(weeks=back)
        end = start + timedelta(weeks=1)
        activity.append(
            WeekActivity(
                week=start,
                posts=Post.objects.filter(
                    local=True, id__gte=first_id_at(start), id__lt=first_id_at(end)
                ).count(),
                logins=users.filter(_active(start, end)).count(),
                registrations=users.filter(created_at__gte=start, created_at__lt=end).count(),
            )
        )
    return activity


def contact_account() -> Account | None:
    """Return the local account named as the server's contact, if one is."""
    if not settings.CONTACT_USERNAME:
        return None
    return _users().filter(username__iexact=settings.CONTACT_USERNAME).first()
