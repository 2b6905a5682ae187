"""Report: what the caller reported to the moderators."""

from datetime import datetime

from hudhud.api.schemas import Entity
from hudhud.moderation.models import Report as ReportModel

from .accounts import Account, account


class Report(Entity):
    id: str
    action_taken: bool
    action_taken_at: datetime | None
    category: str
    comment: str
    forwarded: bool
    created_at: datetime
    status_ids: list[str] | None
    rule_ids: list[str] | None
    target_account: Account


def report(report: ReportModel) -> Report:
    """Return the Mastodon Report of `report` (its target fetched with it)."""
    status_ids = [str(pk) for pk in report.posts.order_by("id").values_list("pk", flat=True)]
    return Report(
        id=str(report.pk),
        action_taken=report.resolved_at is not None,
        action_taken_at=report.resolved_at,
        category=report.category,
        comment=report.comment,
        forwarded=False,
        created_at=report.created_at,
        status_ids=status_ids or None,
        rule_ids=None,
        target_account=account(report.target),
    )
