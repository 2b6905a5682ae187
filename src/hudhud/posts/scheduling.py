"""Every write to scheduled posts: schedule, move, cancel and publish one."""

from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from hudhud.accounts.models import Account
from hudhud.posts.models import Media, Post, ScheduledPost, Visibility
from hudhud.posts.polls import PollSpec
from hudhud.posts.services import post_create, post_validate
from hudhud.posts.tasks import enqueue_at

# As on Mastodon: at least five minutes ahead, at most 300 waiting, 25 of them on one day.
MIN_DELAY = timedelta(minutes=5)
MAX_AHEAD = timedelta(days=365)
MAX_SCHEDULED = 300
MAX_SCHEDULED_A_DAY = 25


def _check_time(account: Account, scheduled_at: datetime, moving: ScheduledPost | None) -> None:
    if timezone.is_naive(scheduled_at):
        raise ValidationError(_("The scheduled date needs a time zone."), code="naive")
    if scheduled_at < timezone.now() + MIN_DELAY:
        raise ValidationError(
            _("The scheduled date must be at least 5 minutes ahead."), code="too_soon"
        )
    if scheduled_at > timezone.now() + MAX_AHEAD:
        raise ValidationError(_("The scheduled date must be within a year."), code="too_late")
    waiting = ScheduledPost.objects.filter(account=account)
    if moving is not None:
        waiting = waiting.exclude(pk=moving.pk)
    if waiting.count() >= MAX_SCHEDULED:
        raise ValidationError(_("Too many posts are scheduled already."), code="too_many")
    day_start = scheduled_at.replace(hour=0, minute=0, second=0, microsecond=0)
    same_day = waiting.filter(
        scheduled_at__gte=day_start, scheduled_at__lt=day_start + timedelta(days=1)
    )
    if same_day.count() >= MAX_SCHEDULED_A_DAY:
        raise ValidationError(
            _("Too many posts are scheduled on that day already."), code="too_many_a_day"
        )


def _queue(scheduled: ScheduledPost) -> None:
    transaction.on_commit(
        lambda: enqueue_at(publish_scheduled_post, scheduled.scheduled_at, scheduled.pk)
    )


@transaction.atomic
def scheduled_post_create(
    *,
    author: Account,
    scheduled_at: datetime,
    text: str,
    visibility: str = Visibility.PUBLIC,
    spoiler_text: str = "",
    sensitive: bool = False,
    language: str = "",
    reply_to: Post | None = None,
    quote_of: Post | None = None,
    media: list[Media] | None = None,
    poll: PollSpec | None = None,
) -> ScheduledPost:
    """Keep a post to publish at `scheduled_at`, checked now as it will be then."""
    media = media or []
    post_validate(
        author=author,
        text=text,
        visibility=visibility,
        spoiler_text=spoiler_text,
        media=media,
        reply_to=reply_to,
        quote_of=quote_of,
        poll=poll,
    )
    _check_time(author, scheduled_at, None)
    params: dict[str, Any] = {
        "text": text,
        "visibility": visibility,
        "spoiler_text": spoiler_text,
        "sensitive": sensitive,
        "language": language[:16],
        "in_reply_to_id": reply_to.pk if reply_to else None,
        "quote_id": quote_of.pk if quote_of else None,
        "media_ids": [item.pk for item in media],
        "poll": asdict(poll) if poll else None,
    }
    if poll is not None:
        params["poll"]["options"] = list(poll.options)
    scheduled = ScheduledPost.objects.create(
        account=author, scheduled_at=scheduled_at, params=params
    )
    _queue(scheduled)
    return scheduled


@transaction.atomic
def scheduled_post_move(*, scheduled: ScheduledPost, scheduled_at: datetime) -> ScheduledPost:
    """Publish `scheduled` at `scheduled_at` instead."""
    _check_time(scheduled.account, scheduled_at, scheduled)
    scheduled.scheduled_at = scheduled_at
    scheduled.save(update_fields=["scheduled_at"])
    _queue(scheduled)  # the task queued before finds it too early and does nothing
    return scheduled


@transaction.atomic
def scheduled_post_delete(*, scheduled: ScheduledPost) -> None:
    """Cancel `scheduled`; its images stay, unattached, for another post."""
    scheduled.delete()


@task()
def publish_scheduled_post(scheduled_id: int) -> None:
    scheduled = ScheduledPost.objects.select_related("account").filter(pk=scheduled_id).first()
    if scheduled is not None:  # cancelled, or published already
        scheduled_post_publish(scheduled=scheduled)


@transaction.atomic
def scheduled_post_publish(*, scheduled: ScheduledPost) -> Post | None:
    """Publish `scheduled` if its time has come, and forget it; return the post, or None when
    it is too early or the post can no longer be made (its images were used, say)."""
    if scheduled.scheduled_at > timezone.now():
        return None
    params = scheduled.params
    author = scheduled.account
    ids = params.get("media_ids") or []
    found = {item.pk: item for item in Media.objects.filter(pk__in=ids)}
    poll = params.get("poll")
    try:
        post: Post | None = post_create(
            author=author,
            text=params.get("text", ""),
            visibility=params.get("visibility", Visibility.PUBLIC),
            spoiler_text=params.get("spoiler_text", ""),
            sensitive=bool(params.get("sensitive")),
            language=params.get("language", ""),
            reply_to=Post.objects.filter(pk=params.get("in_reply_to_id") or 0).first(),
            quote_of=Post.objects.filter(pk=params.get("quote_id") or 0).first(),
            media=[found[pk] for pk in ids if pk in found],
            poll=PollSpec(**poll) if poll else None,
        )
    except ValidationError:
        post = None
    scheduled.delete()
    return post
