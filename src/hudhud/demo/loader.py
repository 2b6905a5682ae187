"""Load the demo of `hudhud.demo.content` through the real services."""

import zlib
from collections import Counter
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from tqdm import tqdm

from hudhud.accounts.models import Account
from hudhud.accounts.services import account_create, follow_create, profile_update
from hudhud.community.sessions import (
    SpeakerSpec,
    question_ask,
    question_mark,
    question_upvote,
    session_attend,
    session_create,
)
from hudhud.community.startups import growth_record, startup_update
from hudhud.demo.content import (
    ACCOUNTS,
    BOOSTS,
    FOLLOWS,
    LIKES_BY_POST,
    OPEN_TO_OFFERS,
    POSTS,
    QUESTIONS,
    SESSION,
    SESSION_HASHTAG,
    STARTUPS,
    DemoPost,
)
from hudhud.posts.models import Post
from hudhud.posts.services import boost_create, like_create, post_create

#: The account whose presence means the demo is already loaded.
GUARD_USERNAME = "mcit_sa"
#: The latest post of the demo is this long before the moment it is loaded.
LATEST_POST_AGE = timedelta(minutes=10)


def _session_load(accounts: dict[str, Account], *, start: datetime, now: datetime) -> None:
    """Publish the session itself with its agenda and the audience's questions; it stays
    open a day, so that visitors of the demo can ask and upvote too."""
    speakers = [
        SpeakerSpec(accounts[username].name, title, accounts[username])
        for username, title in SESSION["speakers"]
    ]
    moderator = accounts[SESSION["moderator"]]
    session = session_create(
        organiser=accounts[SESSION["organiser"]],
        initiative=SESSION["initiative"],
        title=SESSION["title"],
        venue=SESSION["venue"],
        starts_at=start,
        ends_at=now + timedelta(days=1),
        hashtag=SESSION_HASHTAG,
        moderator=moderator,
        speakers=speakers,
    )
    for asked in QUESTIONS:
        session_attend(session=session, account=accounts[asked["author"]])
        question = question_ask(
            session=session, author=accounts[asked["author"]], text=asked["text"]
        )
        for voter in asked["voters"]:
            question_upvote(question=question, account=accounts[voter])
        if asked["answered"]:
            question_mark(question=question, account=moderator, answered=True)


def _startups_load(accounts: dict[str, Account]) -> None:
    """Put the fictional startups in the showcase, each with a year of growth that rises
    smoothly, with small dips, to the followers it has today (the same every load: a hash,
    not a random draw); today's day is recorded by the showcase's own task."""
    today = timezone.localdate()
    for spec in STARTUPS:
        account = accounts[spec["username"]]
        startup_update(
            account=account,
            sector=spec["sector"],
            stage=spec["stage"],
            founded_on=today - timedelta(days=spec["founded_days_ago"]),
            website=spec["website"],
        )
        last = account.followers_count
        first = last * spec["followers_a_year_ago"]
        low, high = spec["engagement"]
        for back in range(365, 0, -1):
            share = (365 - back) / 364
            wobble = (zlib.crc32(f"{spec['username']}{back}".encode()) % 100) / 100 - 0.5
            growth_record(
                account=account,
                day=today - timedelta(days=back),
                followers=round(first + (last - first) * share**1.6 * (1 + wobble / 20)),
                posts=round(account.posts_count * share),
                engagement=max(0.0, low + (high - low) * share + wobble * 0.3),
            )


def _posts_in_order() -> list[DemoPost]:
    """Return the posts by minute; content.py lists what is answered before its answers."""
    ordered = sorted(POSTS, key=lambda post: post["minute"])  # stable: same minute keeps order
    seen: set[str] = set()
    for post in ordered:
        for parent in (post.get("reply_to"), post.get("quote_of")):
            if parent is not None and parent not in seen:
                raise ValueError(
                    f"Demo post {post['key']} comes before {parent}, which it answers."
                )
        seen.add(post["key"])
    return ordered


def _post_times(posts: list[DemoPost], start: datetime) -> dict[str, datetime]:
    """Date each post at its minute, with a few seconds that keep same-minute posts in order."""
    earlier_in_minute: Counter[int] = Counter()
    times = {}
    for post in posts:
        rank = earlier_in_minute[post["minute"]]
        earlier_in_minute[post["minute"]] += 1
        seconds = 15 * rank + zlib.crc32(post["key"].encode()) % 15  # deterministic jitter
        times[post["key"]] = start + timedelta(minutes=post["minute"], seconds=seconds)
    return times


def _first_free(moment: datetime, taken: set[datetime]) -> datetime:
    """Return `moment`, or the first millisecond after it that no other post was given."""
    while moment in taken:
        moment += timedelta(milliseconds=1)
    taken.add(moment)
    return moment


def demo_load() -> None:
    """Recreate the GITEX 2012 awareness session: its people, their posts, boosts, likes and follows."""
    if Account.objects.filter(username__iexact=GUARD_USERNAME, local=True).exists():
        print(f"هدهد demo: already loaded (@{GUARD_USERNAME} exists); nothing to do.")
        return
    posts = _posts_in_order()
    now = timezone.now()
    start = now - timedelta(minutes=max(post["minute"] for post in posts)) - LATEST_POST_AGE
    times = _post_times(posts, start)
    steps = len(ACCOUNTS) + len(FOLLOWS) + len(posts) + len(BOOSTS)
    steps += sum(len(likers) for likers in LIKES_BY_POST.values())
    with transaction.atomic(), tqdm(total=steps, desc="هدهد demo") as progress:
        accounts: dict[str, Account] = {}
        for person in ACCOUNTS:
            username = person["username"]
            account = account_create(
                username=username,
                email=f"{username}@demo.invalid",
                password=None,  # nobody signs in to a demo account
                display_name=person["display_name"],
                kind=person["kind"],
            )
            accounts[username] = profile_update(
                account=account,
                bio=person["bio"],
                specialties=[(person["specialty"], ())],
                open_to_offers=username in OPEN_TO_OFFERS,
            )
            progress.update()
        # Follows before posts, so that fan-out fills home timelines.
        for follower, target in FOLLOWS:
            follow_create(follower=accounts[follower], target=accounts[target])
            progress.update()
        created: dict[str, Post] = {}
        for post in posts:
            reply_to, quote_of = post.get("reply_to"), post.get("quote_of")
            created[post["key"]] = post_create(
                author=accounts[post["author"]],
                text=post["text"],
                spoiler_text=post.get("spoiler", ""),
                reply_to=created[reply_to] if reply_to else None,
                quote_of=created[quote_of] if quote_of else None,
                created_at=times[post["key"]],
            )
            progress.update()
        # A boost comes a few minutes after its post, never at the very moment of another post,
        # so that ordering by ID and by date agree.
        taken = set(times.values())
        boosts_of: Counter[str] = Counter()
        for booster, key in BOOSTS:
            boosts_of[key] += 1
            moment = min(times[key] + timedelta(minutes=3 * boosts_of[key] - 1), now)
            boost_create(
                account=accounts[booster],
                post=created[key],
                created_at=_first_free(moment, taken),
            )
            progress.update()
        for key, likers in LIKES_BY_POST.items():
            for liker in likers:
                like_create(account=accounts[liker], post=created[key])
                progress.update()
        _session_load(accounts, start=start, now=now)
        _startups_load(accounts)
