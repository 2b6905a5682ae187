"""The demo loader. Loading the whole demo takes 7 s on SQLite and 14 s on PostgreSQL, so one
test loads it once and runs each check on it as a subtest, failing or passing on its own."""

from datetime import timedelta

import pytest
from django.utils import timezone

from hudhud.accounts.models import Account, Follow
from hudhud.arabic import extract_entities, hashtag_key
from hudhud.coach.selectors.talent import talent_directory
from hudhud.community.models import Session
from hudhud.community.selectors import growth_of, session_questions, startups
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
)
from hudhud.demo.loader import demo_load
from hudhud.paging import Page
from hudhud.posts.models import Hashtag, Like, Post
from hudhud.timelines.selectors import hashtag_timeline, home_timeline


def _post(key: str) -> Post:
    (content,) = (post for post in POSTS if post["key"] == key)
    return Post.objects.get(author__username=content["author"], text=content["text"].strip())


def _hashtags(text: str) -> set[str]:
    return {entity.value for entity in extract_entities(text) if entity.kind == "hashtag"}


def _counts() -> tuple[int, int, int, int]:
    return (
        Account.objects.count(),
        Post.objects.count(),
        Like.objects.count(),
        Follow.objects.count(),
    )


def loads_the_content_faithfully() -> None:
    assert Account.objects.count() == len(ACCOUNTS)
    assert Post.objects.filter(boost_of__isnull=True).count() == len(POSTS)
    assert Post.objects.filter(boost_of__isnull=False).count() == len(BOOSTS)
    assert Follow.objects.filter(accepted=True).count() == len(FOLLOWS)
    assert Account.objects.get(username="reem_ux").specialty == "التصميم"
    for key, likers in LIKES_BY_POST.items():
        assert _post(key).likes_count == len(likers), key
    for content in POSTS:
        post = _post(content["key"])
        assert post.spoiler_text == content.get("spoiler", "")
        if "reply_to" in content:
            assert post.in_reply_to == _post(content["reply_to"])
        if "quote_of" in content:
            assert post.quote_of == _post(content["quote_of"])


def real_people_are_shown_only_as_the_seed_reports_them() -> None:
    ministry = Account.objects.select_related("user").get(username="mcit_sa")
    assert ministry.kind == "organisation"
    assert ministry.user is not None
    assert not ministry.user.is_staff
    assert not ministry.user.is_superuser
    for person in (account for account in ACCOUNTS if account["real"]):
        username = person["username"]
        said = sorted(Post.objects.filter(author__username=username).values_list("text", flat=True))
        assert said == sorted(post["text"].strip() for post in POSTS if post["author"] == username)
        assert not Like.objects.filter(account__username=username).exists()


def session_hashtag_gathers_its_spelling_variants() -> None:
    session = hashtag_key(SESSION_HASHTAG)
    spellings = {tag for post in POSTS for tag in _hashtags(post["text"])}
    assert len({tag for tag in spellings if hashtag_key(tag) == session}) > 1  # ٢٠١٢ and 2012
    assert Hashtag.objects.count() == len({hashtag_key(tag) for tag in spellings}) < len(spellings)
    tagged = [post for post in POSTS if session in map(hashtag_key, _hashtags(post["text"]))]
    assert Post.objects.filter(hashtags__key=session).count() == len(tagged)
    assert hashtag_timeline(None, SESSION_HASHTAG, Page())
    assert hashtag_timeline(None, "جيتكس_٢٠١٢", Page()) == hashtag_timeline(
        None, SESSION_HASHTAG, Page()
    )


def the_session_ends_shortly_before_now_and_fills_home_timelines() -> None:
    now = timezone.now()
    newest = Post.objects.order_by("-created_at").first()
    oldest = Post.objects.order_by("created_at").first()
    assert newest is not None and oldest is not None
    assert now - timedelta(hours=1) < newest.created_at <= now
    assert oldest.created_at < now - timedelta(days=1)
    # IDs sort by time, so paging by ID replays the session in the order it happened.
    assert list(Post.objects.order_by("id")) == list(Post.objects.order_by("created_at"))
    for post in Post.objects.exclude(in_reply_to=None).select_related("in_reply_to"):
        assert post.in_reply_to is not None
        assert post.created_at > post.in_reply_to.created_at
    for boost in Post.objects.exclude(boost_of=None).select_related("boost_of"):
        assert boost.boost_of is not None
        assert boost.created_at > boost.boost_of.created_at
    assert home_timeline(Account.objects.get(username="nouf_alharbi"), Page())


def loading_twice_changes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    before = _counts()
    capsys.readouterr()  # what the first load said
    demo_load()
    assert _counts() == before
    assert "already loaded" in capsys.readouterr().out


def the_talent_directory_of_the_demo_lists_fictional_attendees_only() -> None:
    listed = {item.account.username for item in talent_directory(None)}

    assert listed == set(OPEN_TO_OFFERS)
    real = {person["username"] for person in ACCOUNTS if person["real"]}
    assert not listed & real
    assert any(item.on_topic > 0 for item in talent_directory(None))


def the_session_itself_with_its_agenda_and_the_audiences_questions() -> None:
    [session] = Session.objects.all()

    assert (session.organiser.username, session.moderator.username) == (  # type: ignore[union-attr]
        SESSION["organiser"],
        SESSION["moderator"],
    )
    assert [(s.account.username, s.talk_title) for s in session.speakers.all()] == [  # type: ignore[union-attr]
        tuple(speaker) for speaker in SESSION["speakers"]
    ]
    asked = session_questions(session, None)
    assert asked[0].question.text == QUESTIONS[0]["text"]  # the most upvoted
    assert sum(item.question.answered for item in asked) == 2
    real = {person["username"] for person in ACCOUNTS if person["real"]}
    assert not {item.question.author.username for item in asked} & real


def three_fictional_startups_with_a_year_of_growth() -> None:
    showcase = startups()

    assert {item.account.username for item in showcase} == {s["username"] for s in STARTUPS}
    for item in showcase:
        year = growth_of(item.account, days=365)
        assert len(year) >= 364
        assert year[-1].followers >= year[0].followers
        assert year[-1].day == timezone.localdate()  # recorded by the task, as every day


def test_the_demo_loads_and_every_check_holds(
    db: None, subtests: pytest.Subtests, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_load()
    for check in (
        loads_the_content_faithfully,
        real_people_are_shown_only_as_the_seed_reports_them,
        session_hashtag_gathers_its_spelling_variants,
        the_session_ends_shortly_before_now_and_fills_home_timelines,
        the_talent_directory_of_the_demo_lists_fictional_attendees_only,
        the_session_itself_with_its_agenda_and_the_audiences_questions,
        three_fictional_startups_with_a_year_of_growth,
    ):
        with subtests.test(check.__name__):
            check()
    with subtests.test("loading_twice_changes_nothing"):  # last: it loads once more
        loading_twice_changes_nothing(capsys)
