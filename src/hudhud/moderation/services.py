"""Every write of moderation: reports, their resolution, and suspensions."""

from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hudhud.accounts.models import Account, User
from hudhud.federation import outbox
from hudhud.moderation.models import Report, ReportAction, ReportCategory
from hudhud.notifications.models import NotificationKind
from hudhud.notifications.services import notification_create
from hudhud.posts.models import Post
from hudhud.timelines.services import timeline_forget

MAX_COMMENT_LENGTH = 1000


@transaction.atomic
def report_create(
    *,
    reporter: Account,
    target: Account,
    posts: Sequence[Post] = (),
    category: str = ReportCategory.OTHER,
    comment: str = "",
    forward: bool = False,
) -> Report:
    """File a report about `target` (and some of their posts) for the moderators; with
    `forward`, a remote account's server is sent it too, in this server's name."""
    comment = comment.strip()
    if reporter.pk == target.pk:
        raise ValidationError(_("You cannot report yourself."), code="self")
    if category not in ReportCategory.values:
        raise ValidationError(_("Unknown report category."), code="category")
    if len(comment) > MAX_COMMENT_LENGTH:
        raise ValidationError(
            _("The comment is longer than %(limit)d characters.") % {"limit": MAX_COMMENT_LENGTH},
            code="too_long",
        )
    if any(post.author_id != target.pk for post in posts):
        raise ValidationError(_("A reported post is not by the reported account."), code="posts")
    report = Report.objects.create(
        reporter=reporter, target=target, category=category, comment=comment
    )
    report.posts.set(posts)
    for moderator in Account.objects.filter(user__is_staff=True, local=True):
        notification_create(
            recipient=moderator, actor=reporter, kind=NotificationKind.ADMIN_REPORT, report=report
        )
    if forward and not target.local:
        outbox.report_forward(report=report)
    return report


@transaction.atomic
def report_resolve(*, report: Report, moderator: Account, action: str) -> Report:
    """Close a report, suspending the reported account when that is the action."""
    if action not in ReportAction.values:
        raise ValidationError(_("Unknown moderation action."), code="action")
    if action == ReportAction.SUSPEND:
        account_suspend(account=report.target)
    report.action = action
    report.resolved_by = moderator
    report.resolved_at = timezone.now()
    report.save(update_fields=["action", "resolved_by", "resolved_at"])
    return report


@transaction.atomic
def account_suspend(*, account: Account) -> Account:
    """Hide an account and everything it posted; its user can no longer sign in."""
    account.suspended = True
    account.save(update_fields=["suspended"])
    timeline_forget(account=None, target=account)
    if account.user_id is not None:
        User.objects.filter(pk=account.user_id).update(is_active=False)
    return account


@transaction.atomic
def account_unsuspend(*, account: Account) -> Account:
    account.suspended = False
    account.save(update_fields=["suspended"])
    if account.user_id is not None:
        User.objects.filter(pk=account.user_id).update(is_active=True)
    return account
