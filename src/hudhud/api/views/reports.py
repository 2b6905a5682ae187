"""Reports (docs.joinmastodon.org/methods/reports)."""

from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import Field

from hudhud.api.auth import signed_in, token
from hudhud.api.lookup import account_named, visible_post
from hudhud.api.schemas.reports import Report, report
from hudhud.moderation.models import ReportCategory
from hudhud.moderation.services import report_create

router = Router(tags=["reports"])


class ReportCreate(Schema):
    account_id: str
    status_ids: list[str] = Field(default_factory=list, max_length=100)
    comment: str = ""
    forward: bool = False
    forward_to_domains: list[str] = Field(default_factory=list)
    category: str | None = None
    rule_ids: list[str] = Field(default_factory=list)


@router.post("/v1/reports", response=Report, auth=token("write:reports"))
def report_file(request: HttpRequest, body: ReportCreate) -> Report:
    me = signed_in(request)
    target = account_named(body.account_id)
    # A post the reporter may not see is not there for them: 404, as on Mastodon.
    posts = [visible_post(me, status_id) for status_id in dict.fromkeys(body.status_ids)]
    category = body.category or (
        ReportCategory.VIOLATION if body.rule_ids else ReportCategory.OTHER
    )
    filed = report_create(
        reporter=me,
        target=target,
        posts=posts,
        category=category,
        comment=body.comment,
        forward=body.forward,
    )
    return report(filed)
