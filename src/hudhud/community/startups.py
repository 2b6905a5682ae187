"""Every write of the startup showcase: a startup's profile, and its growth recorded day by
day.

Growth is recorded by a task that queues itself for the next day. Each startup's chain
starts when its profile is made; should two chains meet (a profile saved twice), the day's
row exists already for the second, which then stops, so one chain goes on.
"""

from datetime import date, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from hudhud.accounts.models import Account, AccountKind
from hudhud.community.models import Growth, Sector, Stage, Startup
from hudhud.posts.models import Post
from hudhud.posts.tasks import enqueue_at


@transaction.atomic
def startup_update(
    *, account: Account, sector: str, stage: str, founded_on: date, website: str = ""
) -> Startup:
    """Set what a startup account shows in the showcase, and start recording its growth."""
    if account.kind != AccountKind.STARTUP:
        raise ValidationError(_("Only startup accounts are in the showcase."), code="kind")
    if sector not in Sector.values:
        raise ValidationError(_("Choose a sector."), code="sector")
    if stage not in Stage.values:
        raise ValidationError(_("Choose a stage."), code="stage")
    if founded_on > timezone.localdate():
        raise ValidationError(_("The founding date cannot be in the future."), code="future")
    website = website.strip()
    if website and (not website.startswith(("https://", "http://")) or len(website) > 300):
        raise ValidationError(_("The website is a link: https://…"), code="website")
    startup, created = Startup.objects.update_or_create(
        account=account,
        defaults={"sector": sector, "stage": stage, "founded_on": founded_on, "website": website},
    )
    if created:
        today = timezone.localdate().isoformat()
        transaction.on_commit(lambda: record_growth.enqueue(account.pk, today))
    return startup


def growth_measure(*, account: Account, day: date) -> Growth:
    """Record `account`'s followers, posts and engagement as they stand, for `day`."""
    month_ago = timezone.now() - timedelta(days=30)
    recent = Post.objects.filter(author=account, boost_of__isnull=True, created_at__gte=month_ago)
    totals = recent.aggregate(
        reactions=Sum(F("likes_count") + F("boosts_count") + F("replies_count")),
    )
    count = recent.count()
    return growth_record(
        account=account,
        day=day,
        followers=account.followers_count,
        posts=account.posts_count,
        engagement=(totals["reactions"] or 0) / count if count else 0.0,
    )


def growth_record(
    *, account: Account, day: date, followers: int, posts: int, engagement: float
) -> Growth:
    """Keep one day of growth (the first record of a day stands)."""
    growth, _created = Growth.objects.get_or_create(
        account=account,
        day=day,
        defaults={"followers": followers, "posts": posts, "engagement": engagement},
    )
    return growth


@task()
def record_growth(account_id: int, day: str) -> None:
    """Record a startup's day, and queue the next day's."""
    when = date.fromisoformat(day)
    if timezone.make_aware(datetime.combine(when, time(0))) > timezone.now():
        return  # too early: a backend that cannot wait runs every task at once
    account = Account.objects.filter(pk=account_id, kind=AccountKind.STARTUP).first()
    if account is None or Growth.objects.filter(account=account, day=when).exists():
        return  # no longer a startup, or another chain recorded the day already
    growth_measure(account=account, day=when)
    following = when + timedelta(days=1)
    at = timezone.make_aware(datetime.combine(following, time(0, 5)))
    enqueue_at(record_growth, at, account_id, following.isoformat())
