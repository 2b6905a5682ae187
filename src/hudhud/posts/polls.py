"""Every write to polls: a post's poll, votes, and the end of a poll."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from hudhud.accounts.models import Account
from hudhud.notifications.models import NotificationKind
from hudhud.notifications.services import notification_create
from hudhud.posts.models import Poll, PollVote, Post
from hudhud.posts.tasks import enqueue_at

# Mastodon's limits, which clients read from the instance's configuration.
MAX_OPTIONS = 4
MAX_OPTION_LENGTH = 50
MIN_EXPIRATION = 5 * 60
MAX_EXPIRATION = 30 * 24 * 60 * 60


@dataclass(frozen=True)
class PollSpec:
    """A poll as its author asks for it."""

    options: Sequence[str]
    expires_in: int  # seconds
    multiple: bool = False
    hide_totals: bool = False


def poll_check(spec: PollSpec) -> list[str]:
    """Return the options of `spec`, stripped, or raise ValidationError for a poll that
    cannot be made."""
    options = [option.strip() for option in spec.options]
    if not 2 <= len(options) <= MAX_OPTIONS:
        raise ValidationError(
            _("A poll has between 2 and %(limit)d options.") % {"limit": MAX_OPTIONS},
            code="poll_options",
        )
    if any(not option or len(option) > MAX_OPTION_LENGTH for option in options):
        raise ValidationError(
            _("Each option of a poll has between 1 and %(limit)d characters.")
            % {"limit": MAX_OPTION_LENGTH},
            code="poll_option_length",
        )
    if len(set(options)) != len(options):
        raise ValidationError(_("The options of a poll must differ."), code="poll_duplicate")
    if not MIN_EXPIRATION <= spec.expires_in <= MAX_EXPIRATION:
        raise ValidationError(
            _("A poll lasts between 5 minutes and 30 days."), code="poll_expiration"
        )
    return options


def poll_attach(*, post: Post, spec: PollSpec) -> Poll:
    """Give `post` the poll `spec` (in the caller's transaction), and end it on time."""
    options = poll_check(spec)
    poll = Poll.objects.create(
        post=post,
        options=options,
        option_votes=[0] * len(options),
        multiple=spec.multiple,
        hide_totals=spec.hide_totals,
        expires_at=timezone.now() + timedelta(seconds=spec.expires_in),
    )
    transaction.on_commit(lambda: enqueue_at(end_poll, poll.expires_at, poll.pk))
    return poll


def poll_replace(*, post: Post, spec: PollSpec | None) -> None:
    """Change `post`'s poll to `spec` (None: no poll); votes stay only when the options and
    the kind of poll stay the same."""
    current = Poll.objects.filter(post=post).first()
    if spec is None:
        if current is not None:
            current.delete()
        return
    if current is None:
        poll_attach(post=post, spec=spec)
        return
    options = poll_check(spec)
    if options != current.options or spec.multiple != current.multiple:
        current.delete()
        poll_attach(post=post, spec=spec)
        return
    current.hide_totals = spec.hide_totals
    current.save(update_fields=["hide_totals"])
    Post.objects.filter(pk=post.pk).revised()


@transaction.atomic
def poll_vote(*, account: Account, poll: Poll, choices: Sequence[int]) -> Poll:
    """Record `account`'s choices in `poll`, once, while it is open."""
    poll = Poll.objects.select_for_update().get(pk=poll.pk)
    if poll.expired:
        raise ValidationError(_("The poll has already ended."), code="poll_expired")
    wanted = sorted(set(choices))
    if not wanted or any(not 0 <= choice < len(poll.options) for choice in wanted):
        raise ValidationError(_("Choose among the options of the poll."), code="poll_choice")
    if len(wanted) > 1 and not poll.multiple:
        raise ValidationError(_("This poll allows one choice only."), code="poll_single")
    if PollVote.objects.filter(poll=poll, account=account).exists():
        raise ValidationError(_("You have already voted on this poll."), code="poll_voted")
    PollVote.objects.bulk_create(
        [PollVote(poll=poll, account=account, choice=choice) for choice in wanted]
    )
    counts = list(poll.option_votes)
    for choice in wanted:
        counts[choice] += 1
    Poll.objects.filter(pk=poll.pk).update(
        option_votes=counts,
        votes_count=F("votes_count") + len(wanted),
        voters_count=F("voters_count") + 1,
    )
    Post.objects.filter(pk=poll.post_id).revised()
    poll.refresh_from_db()
    return poll


@task()
def end_poll(poll_id: int) -> None:
    poll = Poll.objects.select_related("post__author").filter(pk=poll_id).first()
    if poll is not None:  # deleted with its post, or replaced by an edit
        poll_end(poll=poll)


@transaction.atomic
def poll_end(*, poll: Poll) -> None:
    """Tell the author and the voters of `poll` that it ended, once it has."""
    if not poll.expired:
        return  # a poll changed by an edit has a later task of its own
    post = poll.post
    voters = Account.objects.filter(
        pk__in=PollVote.objects.filter(poll=poll).values("account")
    ).exclude(pk=post.author_id)
    for recipient in [post.author, *voters]:
        notification_create(
            recipient=recipient, actor=post.author, kind=NotificationKind.POLL, post=post
        )
