"""Hudhud's own entities of the coach: advice on a draft, identity reports, giveaways, the
talent directory and job offers."""

from datetime import date, datetime

from hudhud.accounts.models import Account as AccountModel
from hudhud.api.schemas import Entity
from hudhud.api.schemas.accounts import Account, account
from hudhud.coach.fairness import ALGORITHM
from hudhud.coach.models import Giveaway as GiveawayModel
from hudhud.coach.models import JobOffer as JobOfferModel
from hudhud.coach.selectors.drafts import Finding as FindingData
from hudhud.coach.selectors.identity import IdentityReport
from hudhud.coach.selectors.talent import Talent as TalentData


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


class GiveawayAccount(Entity):
    id: str
    acct: str


class Giveaway(Entity):
    id: str
    status_id: str
    #: reply, boost or follow_and_boost.
    rule: str
    deadline: datetime
    winners_count: int
    min_account_age_days: int
    #: The SHA-256 (hex) of the secret, published from the start.
    commitment: str
    algorithm: str
    drawn_at: datetime | None
    #: Published at the draw, with the entrants (by ID, sorted) and the winners (in order).
    secret: str | None
    entrants: list[GiveawayAccount] | None
    winners: list[GiveawayAccount] | None
    announcement_id: str | None


class GiveawayEntry(Entity):
    #: entered, not_entered or ineligible.
    status: str


class GiveawayCheck(Entity):
    verified: bool
    recomputed_winners: list[str]


def giveaway(found: GiveawayModel) -> Giveaway:
    """Return the Giveaway of `found`: its secret and entrants only once it is drawn."""
    drawn = found.drawn
    people = AccountModel.objects.in_bulk([int(pk) for pk in found.entrants]) if drawn else {}

    def listed(ids: list[str]) -> list[GiveawayAccount]:
        return [
            GiveawayAccount(id=pk, acct=people[int(pk)].acct if int(pk) in people else "")
            for pk in ids
        ]

    return Giveaway(
        id=str(found.pk),
        status_id=str(found.post_id),
        rule=found.rule,
        deadline=found.deadline,
        winners_count=found.winners_count,
        min_account_age_days=found.min_account_age_days,
        commitment=found.commitment,
        algorithm=ALGORITHM,
        drawn_at=found.drawn_at,
        secret=found.secret if drawn else None,
        entrants=listed(found.entrants) if drawn else None,
        winners=listed(found.winners) if drawn else None,
        announcement_id=str(found.announcement_id) if found.announcement_id else None,
    )


class Talent(Entity):
    account: Account
    #: The share (0 to 1) of the person's latest posts on their specialty.
    on_topic: float
    #: The mean of likes, boosts and replies of those posts.
    engagement: float


class JobOffer(Entity):
    id: str
    sender: Account
    recipient: Account
    title: str
    description: str
    how_to_reply: str
    #: pending, accepted or declined.
    status: str
    created_at: datetime
    answered_at: datetime | None


def talent(found: TalentData) -> Talent:
    return Talent(
        account=account(found.account),
        on_topic=round(found.on_topic, 4),
        engagement=round(found.engagement, 2),
    )


def job_offer(offer: JobOfferModel) -> JobOffer:
    return JobOffer(
        id=str(offer.pk),
        sender=account(offer.sender),
        recipient=account(offer.recipient),
        title=offer.title,
        description=offer.description,
        how_to_reply=offer.how_to_reply,
        status=offer.status,
        created_at=offer.created_at,
        answered_at=offer.answered_at,
    )
