"""Hudhud's own entities of the coach: advice on a draft, and identity reports."""

from datetime import date

from hudhud.api.schemas import Entity
from hudhud.coach.selectors import Finding as FindingData
from hudhud.coach.selectors import IdentityReport


class Finding(Entity):
    kind: str
    severity: str
    message: str
    suggestion: str | None


class Check(Entity):
    findings: list[Finding]


class IdentityWeek(Entity):
    #: The Monday the week starts on.
    week: date
    on_topic: int
    personal: int
    other: int


class IdentityPost(Entity):
    id: str
    category: str
    #: The words that decided the category.
    reasons: list[str]


class Identity(Entity):
    #: The share (0 to 1) of the classified posts of each kind: on_topic, personal, other.
    shares: dict[str, float]
    #: The rest is the owner's only.
    history: list[IdentityWeek] | None = None
    top_terms: list[str] | None = None
    advice: list[str] | None = None
    posts: list[IdentityPost] | None = None


def check(findings: list[FindingData]) -> Check:
    return Check(
        findings=[
            Finding(
                kind=item.kind,
                severity=item.severity,
                message=item.message,
                suggestion=item.suggestion,
            )
            for item in findings
        ]
    )


def identity(report: IdentityReport, *, whole: bool) -> Identity:
    """Return the Identity of `report`: whole for its owner, the shares alone for others."""
    shares: dict[str, float] = {kind: round(share, 4) for kind, share in report.shares.items()}
    if not whole:
        return Identity(shares=shares)
    return Identity(
        shares=shares,
        history=[
            IdentityWeek(
                week=week.start, on_topic=week.on_topic, personal=week.personal, other=week.other
            )
            for week in report.weeks
        ],
        top_terms=[term for term, _count in report.top_terms],
        advice=report.advice,
        posts=[
            IdentityPost(
                id=str(item.post.pk),
                category=item.verdict.category,
                reasons=list(item.verdict.reasons),
            )
            for item in report.posts
        ],
    )
