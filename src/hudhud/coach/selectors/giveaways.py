"""Who entered a giveaway, and who may; whether its draw checks out."""

from datetime import timedelta
from typing import Literal

from django.db.models import QuerySet

from hudhud.accounts.models import Account, Block, Follow
from hudhud.coach.fairness import draw, verified
from hudhud.coach.models import EntryRule, Giveaway
from hudhud.posts.models import Post

EntryStatus = Literal["entered", "not_entered", "ineligible"]


def _eligible(giveaway: Giveaway) -> QuerySet[Account]:
    """Return who may win `giveaway`: not its organiser, a bot, a suspended account, one
    that blocks or is blocked by the organiser, nor one younger than the minimum age."""
    organiser = giveaway.post.author_id
    oldest = giveaway.deadline - timedelta(days=giveaway.min_account_age_days)
    return (
        Account.objects.filter(bot=False, suspended=False, created_at__lte=oldest)
        .exclude(pk=organiser)
        .exclude(pk__in=Block.objects.filter(target=organiser).values("account"))
        .exclude(pk__in=Block.objects.filter(account=organiser).values("target"))
    )


def _entered(giveaway: Giveaway) -> QuerySet[Account]:
    """Return who may win `giveaway` and did what its rule asks before its deadline."""
    post = giveaway.post
    if giveaway.rule == EntryRule.REPLY:
        acted = Post.objects.filter(in_reply_to=post, created_at__lte=giveaway.deadline)
    else:
        acted = Post.objects.filter(boost_of=post, created_at__lte=giveaway.deadline)
    entrants = _eligible(giveaway).filter(pk__in=acted.values("author"))
    if giveaway.rule == EntryRule.FOLLOW_AND_BOOST:
        followers = Follow.objects.filter(target=post.author_id, accepted=True)
        entrants = entrants.filter(pk__in=followers.values("follower"))
    return entrants


def giveaway_entrants(giveaway: Giveaway) -> list[Account]:
    """Return who has entered `giveaway` and may win, ordered by ID."""
    return list(_entered(giveaway).order_by("pk"))


def giveaway_entry(giveaway: Giveaway, account: Account) -> EntryStatus:
    """Return whether `account` has entered `giveaway`: as things stand before the draw, as
    they stood at the draw after it."""
    if giveaway.drawn:
        return "entered" if str(account.pk) in giveaway.entrants else "not_entered"
    if _entered(giveaway).filter(pk=account.pk).exists():
        return "entered"
    return "not_entered" if _eligible(giveaway).filter(pk=account.pk).exists() else "ineligible"


def giveaway_recomputed(giveaway: Giveaway) -> list[str]:
    """Return the winners that the published secret and entrants give (see `fairness`)."""
    return draw(giveaway.secret, giveaway.entrants, giveaway.winners_count)


def giveaway_verified(giveaway: Giveaway) -> bool:
    """Return whether a drawn giveaway's secret is the one committed to, and gives exactly
    the winners it announced."""
    return giveaway.drawn and verified(
        secret=giveaway.secret,
        published=giveaway.commitment,
        entrants=giveaway.entrants,
        count=giveaway.winners_count,
        winners=giveaway.winners,
    )
