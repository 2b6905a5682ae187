"""Giveaways: who may run one, who enters by which rule, and a draw that is fair, runs
once, and anyone can check."""

import hashlib
from datetime import datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hudhud.accounts.models import Account
from hudhud.accounts.services import block_create, follow_create
from hudhud.cli import giveaway_verify
from hudhud.coach.fairness import commitment, draw, verified
from hudhud.coach.models import EntryRule, Giveaway
from hudhud.coach.selectors.giveaways import giveaway_entrants, giveaway_entry
from hudhud.coach.services import MAX_WINNERS, giveaway_create, giveaway_draw, giveaway_update
from hudhud.moderation.services import account_suspend
from hudhud.notifications.models import Notification, NotificationKind
from hudhud.posts.models import Post, Visibility
from hudhud.posts.services import boost_create, post_create
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")


def in_an_hour() -> datetime:
    return timezone.now() + timedelta(hours=1)


def giveaway_of(organiser: Account, **fields: object) -> Giveaway:
    post = make_post(organiser, "🎁 مسابقة: رد على التغريدة وادخل السحب على ٣ اشتراكات")
    fields = {"rule": EntryRule.REPLY, "deadline": in_an_hour(), "winners": 2, **fields}
    return giveaway_create(post=post, **fields)  # type: ignore[arg-type]


def deadline_passes(giveaway: Giveaway) -> Giveaway:
    """Bring the deadline to now, as if the time had come."""
    Giveaway.objects.filter(pk=giveaway.pk).update(deadline=timezone.now())
    return Giveaway.objects.select_related("post__author").get(pk=giveaway.pk)


def test_a_giveaway_publishes_the_commitment_of_a_secret() -> None:
    giveaway = giveaway_of(make_account("mazen", kind="startup"))

    assert len(giveaway.secret) == 64
    assert giveaway.commitment == hashlib.sha256(giveaway.secret.encode()).hexdigest()
    assert not giveaway.drawn and giveaway.entrants == [] and giveaway.winners == []


@pytest.mark.parametrize("kind", ["business", "startup", "organisation"])
def test_businesses_startups_and_organisations_run_giveaways(kind: str) -> None:
    assert giveaway_of(make_account("mazen", kind=kind)).pk


def test_a_person_may_not_run_one() -> None:
    with pytest.raises(ValidationError) as refused:
        giveaway_of(make_account("sami"))
    assert refused.value.code == "not_organiser"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"deadline": timezone.now() - timedelta(minutes=1)}, "deadline_past"),
        ({"deadline": timezone.now() + timedelta(days=400)}, "deadline_far"),
        ({"winners": 0}, "winners"),
        ({"winners": MAX_WINNERS + 1}, "winners"),
        ({"rule": "like"}, "rule"),
        ({"min_account_age_days": 5000}, "age"),
    ],
)
def test_bad_rules_are_refused_and_make_nothing(fields: dict, code: str) -> None:  # type: ignore[type-arg]
    mazen = make_account("mazen", kind="startup")
    with pytest.raises(ValidationError) as refused:
        giveaway_of(mazen, **fields)
    assert refused.value.code == code
    assert not Giveaway.objects.exists()


def test_one_giveaway_a_public_post() -> None:
    mazen = make_account("mazen", kind="startup")
    giveaway = giveaway_of(mazen)
    private = make_post(mazen, "للمتابعين فقط", visibility=Visibility.FOLLOWERS)

    with pytest.raises(ValidationError):
        giveaway_create(post=giveaway.post, rule="reply", deadline=in_an_hour(), winners=1)
    with pytest.raises(ValidationError):
        giveaway_create(post=private, rule="reply", deadline=in_an_hour(), winners=1)


def test_entrants_by_reply_are_counted_once_and_must_be_eligible() -> None:
    mazen = make_account("mazen", kind="startup")
    giveaway = giveaway_of(mazen)
    sami, saad, bot, gone, blocker, blocked = (
        make_account(name) for name in ("sami", "saad", "robot", "gone", "blocker", "blocked")
    )
    bot.bot = True
    bot.save()
    for account in (sami, sami, saad, bot, gone, blocker, blocked, mazen):
        post_create(author=account, text="أنا مشارك 🙋", reply_to=giveaway.post)
    account_suspend(account=gone)
    block_create(account=blocker, target=mazen)
    block_create(account=mazen, target=blocked)

    assert giveaway_entrants(giveaway) == sorted([sami, saad], key=lambda a: a.pk)
    assert giveaway_entry(giveaway, sami) == "entered"
    assert giveaway_entry(giveaway, make_account("bassem")) == "not_entered"
    assert giveaway_entry(giveaway, bot) == "ineligible"


def test_young_accounts_are_left_out_when_a_minimum_age_is_set() -> None:
    mazen = make_account("mazen", kind="startup")
    giveaway = giveaway_of(mazen, min_account_age_days=30)
    old, new = make_account("sami"), make_account("saad")
    Account.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=60))
    for account in (old, new):
        post_create(author=account, text="مشارك", reply_to=giveaway.post)

    assert giveaway_entrants(giveaway) == [Account.objects.get(pk=old.pk)]
    assert giveaway_entry(giveaway, new) == "ineligible"


def test_boost_rules_count_boosts_and_follows() -> None:
    mazen = make_account("mazen", kind="business")
    by_boost = giveaway_of(mazen, rule=EntryRule.BOOST)
    by_both = giveaway_of(mazen, rule=EntryRule.FOLLOW_AND_BOOST)
    sami, saad = make_account("sami"), make_account("saad")
    for account in (sami, saad):
        boost_create(account=account, post=by_boost.post)
        boost_create(account=account, post=by_both.post)
    follow_create(follower=sami, target=mazen)

    assert giveaway_entrants(by_boost) == sorted([sami, saad], key=lambda a: a.pk)
    assert giveaway_entrants(by_both) == [sami]


def test_the_rules_change_only_until_someone_enters() -> None:
    mazen = make_account("mazen", kind="startup")
    giveaway = giveaway_of(mazen)

    changed = giveaway_update(giveaway=giveaway, winners=3, rule=EntryRule.BOOST)
    assert (changed.winners_count, changed.rule) == (3, "boost")
    boost_create(account=make_account("sami"), post=giveaway.post)
    with pytest.raises(ValidationError) as refused:
        giveaway_update(giveaway=giveaway, winners=1)
    assert refused.value.code == "entered"
    giveaway.refresh_from_db()
    assert giveaway.winners_count == 3


def test_the_draw_waits_for_the_deadline_then_runs_once_and_tells_the_winners() -> None:
    mazen = make_account("mazen", kind="startup")
    giveaway = giveaway_of(mazen, winners=2)
    people = [make_account(f"fan{i}") for i in range(5)]
    for account in people:
        post_create(author=account, text="مشارك", reply_to=giveaway.post)

    assert not giveaway_draw(giveaway=giveaway).drawn  # too early
    giveaway = giveaway_draw(giveaway=deadline_passes(giveaway))
    again = giveaway_draw(giveaway=giveaway)

    assert giveaway.drawn and again.drawn_at == giveaway.drawn_at
    assert giveaway.entrants == sorted(str(account.pk) for account in people)
    assert again.winners == giveaway.winners and len(giveaway.winners) == 2
    assert set(giveaway.winners) <= set(giveaway.entrants)
    assert giveaway.winners == draw(giveaway.secret, giveaway.entrants, 2)
    announcements = Post.objects.filter(author=mazen, in_reply_to=giveaway.post)
    assert list(announcements) == [giveaway.announcement]
    told = Notification.objects.filter(kind=NotificationKind.MENTION, post=giveaway.announcement)
    assert sorted(str(n.recipient_id) for n in told) == sorted(giveaway.winners)
    assert giveaway.announcement is not None
    assert f"/giveaways/{giveaway.pk}" in giveaway.announcement.text


def test_a_reply_after_the_deadline_does_not_enter() -> None:
    mazen = make_account("mazen", kind="startup")
    giveaway = deadline_passes(giveaway_of(mazen))
    post_create(author=make_account("sami"), text="متأخر", reply_to=giveaway.post)

    assert giveaway_draw(giveaway=giveaway).entrants == []


def test_fewer_entrants_than_winners_all_win_and_none_is_announced_too() -> None:
    mazen = make_account("mazen", kind="startup")
    few = giveaway_of(mazen, winners=5)
    sami = make_account("sami")
    post_create(author=sami, text="مشارك", reply_to=few.post)
    empty = giveaway_of(mazen)

    assert giveaway_draw(giveaway=deadline_passes(few)).winners == [str(sami.pk)]
    drawn = giveaway_draw(giveaway=deadline_passes(empty))
    assert drawn.winners == [] and drawn.announcement is not None


def test_the_draw_is_the_documented_function_of_the_secret_and_the_entrants() -> None:
    secret = "ab" * 32
    entrants = ["11", "22", "33", "44", "55"]
    remaining, expected = list(entrants), []
    for round_number in range(3):
        digest = hashlib.sha256(f"{secret}:{round_number}:11\n22\n33\n44\n55".encode()).hexdigest()
        expected.append(remaining.pop(int(digest, 16) % len(remaining)))

    assert draw(secret, entrants, 3) == expected
    assert commitment(secret) == hashlib.sha256(secret.encode()).hexdigest()
    assert verified(
        secret=secret, published=commitment(secret), entrants=entrants, count=3, winners=expected
    )
    assert not verified(
        secret="cd" * 32, published=commitment(secret), entrants=entrants, count=3, winners=expected
    )
    assert not verified(
        secret=secret,
        published=commitment(secret),
        entrants=entrants[::-1],
        count=3,
        winners=expected,
    )


def test_the_verify_command_recomputes_the_winners(capsys: pytest.CaptureFixture[str]) -> None:
    mazen = make_account("mazen", kind="startup")
    giveaway = giveaway_of(mazen, winners=1)
    for i in range(3):
        post_create(author=make_account(f"fan{i}"), text="مشارك", reply_to=giveaway.post)

    assert giveaway_verify(giveaway.pk) == 1  # not drawn yet
    giveaway = giveaway_draw(giveaway=deadline_passes(giveaway))
    assert giveaway_verify(giveaway.pk) == 0
    assert "verified: yes" in capsys.readouterr().out
    forged = [entrant for entrant in giveaway.entrants if entrant not in giveaway.winners][:1]
    Giveaway.objects.filter(pk=giveaway.pk).update(winners=forged)
    assert giveaway_verify(giveaway.pk) == 1
    assert "verified: NO" in capsys.readouterr().out
