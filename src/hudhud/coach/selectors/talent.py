"""The talent directory, and the job offers of an account."""

import math
from dataclasses import dataclass

from django.db.models import QuerySet

from hudhud.accounts.models import Account, Block
from hudhud.coach.models import JobOffer
from hudhud.search.selectors import accounts_matching

TALENT_CANDIDATES = 1000


@dataclass(frozen=True)
class Talent:
    """A person of the talent directory, with the focus it is ranked by."""

    account: Account
    on_topic: float
    engagement: float


def talent_directory(viewer: Account | None, q: str = "", *, limit: int = 40) -> list[Talent]:
    """Return the people open to offers, those whose specialty (or name, or bio) has the
    words of `q` when given, ranked by focus and then engagement."""
    people = Account.objects.filter(
        open_to_offers=True, local=True, suspended=False, discoverable=True
    ).select_related("focus")
    if q.strip():
        people = people.filter(pk__in=accounts_matching(q))
    if viewer is not None:
        people = people.exclude(
            pk__in=Block.objects.filter(target=viewer).values("account")
        ).exclude(pk__in=Block.objects.filter(account=viewer).values("target"))
    talents = [
        Talent(
            account=person,
            on_topic=getattr(getattr(person, "focus", None), "on_topic", 0.0),
            engagement=getattr(getattr(person, "focus", None), "engagement", 0.0),
        )
        for person in people[:TALENT_CANDIDATES]
    ]
    talents.sort(key=lambda t: (-t.on_topic * (1 + math.log1p(t.engagement)), t.account.pk))
    return talents[:limit]


def offers_received(account: Account) -> QuerySet[JobOffer]:
    """Return the job offers sent to `account`, newest first."""
    return JobOffer.objects.filter(recipient=account).select_related("sender").order_by("-id")


def offers_sent(account: Account) -> QuerySet[JobOffer]:
    """Return the job offers `account` sent, newest first."""
    return JobOffer.objects.filter(sender=account).select_related("recipient").order_by("-id")
