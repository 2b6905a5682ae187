"""Tests of hudhud.search.selectors: what is found, for whom, and in which order."""

from datetime import timedelta

import pytest
from django.utils import timezone

from hudhud.accounts.models import Account
from hudhud.accounts.services import (
    block_create,
    follow_create,
    mute_create,
    profile_update,
)
from hudhud.moderation.services import account_suspend
from hudhud.paging import Page
from hudhud.posts.models import Hashtag, Visibility
from hudhud.posts.services import boost_create
from hudhud.search.selectors import (
    TOP_CANDIDATES,
    SearchResults,
    search,
    search_accounts,
    search_hashtags,
    search_posts,
)
from hudhud.search.services import account_index
from tests.factories import make_post
from tests.search.conftest import make_person

# --- who sees what ---------------------------------------------------------------------


def test_a_visitor_finds_public_posts_only(sami: Account) -> None:
    public = make_post(sami, "لقاء التطوع العام")
    for visibility in (Visibility.UNLISTED, Visibility.FOLLOWERS):
        make_post(sami, "لقاء التطوع الخاص", visibility=visibility)

    assert search_posts(None, "لقاء التطوع") == [public]


def test_followers_only_posts_of_others_stay_hidden(sami: Account, yazeed: Account) -> None:
    make_post(yazeed, "سر المتابعين", visibility=Visibility.FOLLOWERS)

    assert search_posts(sami, "المتابعين") == []


def test_followers_only_posts_of_followed_accounts_are_found(
    sami: Account, yazeed: Account
) -> None:
    follow_create(follower=sami, target=yazeed)
    post = make_post(yazeed, "سر المتابعين", visibility=Visibility.FOLLOWERS)

    assert search_posts(sami, "المتابعين") == [post]


def test_a_follow_request_not_yet_accepted_shows_nothing_private(
    sami: Account, yazeed: Account
) -> None:
    profile_update(account=yazeed, locked=True)
    follow_create(follower=sami, target=yazeed)
    make_post(yazeed, "سر المتابعين", visibility=Visibility.FOLLOWERS)

    assert search_posts(sami, "المتابعين") == []


def test_ones_own_private_and_direct_posts_are_found(sami: Account, yazeed: Account) -> None:
    private = make_post(sami, "مسودة خاصة", visibility=Visibility.FOLLOWERS)
    direct = make_post(sami, "@yazeed مسودة مباشرة", visibility=Visibility.DIRECT)

    assert set(search_posts(sami, "مسودة")) == {private, direct}


def test_direct_posts_are_found_only_by_the_people_they_mention(
    sami: Account, yazeed: Account, mazen: Account
) -> None:
    post = make_post(yazeed, "@sami رسالة مباشرة", visibility=Visibility.DIRECT)

    assert search_posts(sami, "رسالة") == [post]
    assert search_posts(mazen, "رسالة") == []
    assert search_posts(None, "رسالة") == []


def test_unlisted_posts_are_found_by_followers_only(
    sami: Account, yazeed: Account, mazen: Account
) -> None:
    post = make_post(yazeed, "منشور بعيد عن الأنظار", visibility=Visibility.UNLISTED)
    follow_create(follower=sami, target=yazeed)

    assert search_posts(sami, "الأنظار") == [post]
    assert search_posts(mazen, "الأنظار") == []
    assert search_posts(yazeed, "الأنظار") == [post]


def test_posts_of_someone_who_blocked_the_searcher_are_hidden(
    sami: Account, yazeed: Account
) -> None:
    make_post(yazeed, "منشور المحظور")
    block_create(account=yazeed, target=sami)

    assert search_posts(sami, "المحظور") == []


def test_posts_of_someone_the_searcher_blocked_or_muted_are_hidden(
    sami: Account, yazeed: Account, mazen: Account
) -> None:
    make_post(yazeed, "منشور مكتوم")
    make_post(mazen, "منشور مكتوم")
    block_create(account=sami, target=yazeed)
    mute_create(account=sami, target=mazen)

    assert search_posts(sami, "مكتوم") == []
    assert len(search_posts(None, "مكتوم")) == 2


def test_posts_of_suspended_accounts_are_hidden(sami: Account, yazeed: Account) -> None:
    make_post(yazeed, "منشور موقوف")

    account_suspend(account=yazeed)

    assert search_posts(sami, "موقوف") == []
    assert search_posts(None, "موقوف") == []


def test_a_boosted_post_is_found_once_as_itself(
    sami: Account, yazeed: Account, mazen: Account
) -> None:
    post = make_post(yazeed, "منشور معاد")
    boost_create(account=mazen, post=post)

    assert search_posts(sami, "معاد") == [post]


def test_a_hidden_majority_does_not_hide_the_visible_few(sami: Account, yazeed: Account) -> None:
    visible = make_post(sami, "كلمة نادرة للجميع")
    for _ in range(30):
        make_post(yazeed, "كلمة نادرة للمتابعين", visibility=Visibility.FOLLOWERS)

    assert search_posts(None, "كلمة نادرة", Page(limit=5), order="recent") == [visible]
    assert search_posts(None, "كلمة نادرة", Page(limit=5)) == [visible]


# --- spellings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "searched"),
    [
        ("التطوّع في جيتكس", "التطوع"),  # shadda
        ("التطوع في جيتكس", "التَّطَوُّع"),  # harakat in the query
        ("التطـــوع في جيتكس", "التطوع"),  # tatweel
        ("أحمد وإياد وآمنة", "احمد"),  # alef forms
        ("احمد", "أحمد"),
        ("مستشفى الملك", "مستشفي"),  # alef maqsura
        ("المدرسة الأولى", "المدرسه"),  # teh marbuta
        ("مسؤول الفعالية", "مسوول"),  # hamza on waw
        ("جيتكس ٢٠١٢", "2012"),  # Arabic-Indic digits
        ("جيتكس ۲۰۱۲", "٢٠١٢"),  # Persian digits
        ("Hudhud Search", "hudhud search"),  # case
        ("ﻻعب الفريق", "لاعب"),  # presentation forms
    ],
)
def test_every_spelling_of_a_word_is_found(sami: Account, written: str, searched: str) -> None:
    post = make_post(sami, written)
    make_post(sami, "منشور آخر لا علاقة له")

    assert post in search_posts(None, searched)


def test_posts_are_found_by_whole_words_not_by_their_beginnings(sami: Account) -> None:
    post = make_post(sami, "ورشة workshop programming")

    assert search_posts(None, "workshop programming") == [post]
    assert search_posts(None, "workshop prog") == []


def test_every_word_must_be_there(sami: Account) -> None:
    both = make_post(sami, "جيتكس والتقنية")
    make_post(sami, "جيتكس وحده")

    assert search_posts(None, "جيتكس والتقنية") == [both]


# --- order ---------------------------------------------------------------------------------


def test_a_post_about_the_words_ranks_above_one_that_mentions_them(sami: Account) -> None:
    mention = make_post(
        sami,
        "كان يوما طويلا في المعرض وقد تحدثنا عن أشياء كثيرة منها الذكاء الاصطناعي "
        "والسيارات والطاقة والمدن الذكية والتعليم والصحة والرياضة والسفر",
    )
    about = make_post(sami, "الذكاء الاصطناعي، الذكاء الاصطناعي، ثم الذكاء الاصطناعي")

    assert search_posts(None, "الذكاء الاصطناعي") == [about, mention]


def test_of_two_equal_posts_the_newer_ranks_first(sami: Account) -> None:
    old = make_post(sami, "ورشة التصميم", created_at=timezone.now() - timedelta(days=30))
    new = make_post(sami, "ورشة التصميم")

    assert search_posts(None, "ورشة التصميم") == [new, old]


def test_recency_outweighs_a_little_relevance(sami: Account) -> None:
    old = make_post(
        sami, "ورشة التصميم ورشة التصميم", created_at=timezone.now() - timedelta(days=365)
    )
    new = make_post(sami, "اليوم ورشة التصميم في القاعة الكبرى مع المدربين")

    assert search_posts(None, "ورشة التصميم") == [new, old]


def test_latest_first_pages_by_max_id(sami: Account) -> None:
    posts = [make_post(sami, f"سلسلة رقم {i}") for i in range(5)]

    first = search_posts(None, "سلسلة", Page(limit=2), order="recent")
    second = search_posts(None, "سلسلة", Page(limit=2, max_id=first[-1].pk), order="recent")

    assert first == posts[:2:-1][:2] == [posts[4], posts[3]]
    assert second == [posts[2], posts[1]]


def test_top_results_page_by_offset_without_repeats(sami: Account) -> None:
    posts = {make_post(sami, f"سلسلة رقم {i}") for i in range(7)}

    pages = [search_posts(None, "سلسلة", Page(limit=3), offset=offset) for offset in (0, 3, 6, 9)]

    assert [len(page) for page in pages] == [3, 3, 1, 0]
    assert {post for page in pages for post in page} == posts
    assert search_posts(None, "سلسلة", offset=TOP_CANDIDATES) == []


def test_posts_of_one_author(sami: Account, yazeed: Account) -> None:
    mine = make_post(sami, "مشاركة مشتركة")
    make_post(yazeed, "مشاركة مشتركة")

    assert search_posts(None, "مشاركة", author=sami) == [mine]


# --- people --------------------------------------------------------------------------------


def test_people_are_found_by_arabic_display_name(sami: Account, yazeed: Account) -> None:
    assert search_accounts(None, "سامي") == [sami]
    assert search_accounts(None, "يزيد") == [yazeed]


def test_people_are_found_by_specialty_and_bio_in_any_spelling(db: None) -> None:
    bassem = make_person("bassem", display_name="باسم")
    profile_update(account=bassem, specialties=[("أمن المعلومات", ())], bio="مهندس شبكات في الرياض")
    account_index(bassem)
    make_person("saad", display_name="سعد")

    assert search_accounts(None, "امن") == [bassem]
    assert search_accounts(None, "الرياض") == [bassem]


def test_people_are_found_as_their_name_is_typed(sami: Account, yazeed: Account) -> None:
    assert search_accounts(None, "ya") == [yazeed]
    assert search_accounts(None, "سا") == [sami]


def test_a_name_as_typed_ranks_above_its_completions(db: None) -> None:
    completion = make_person("mazen", display_name="cartoon fan")
    exact = make_person("yazeed", display_name="car fan")

    assert search_accounts(None, "fan car") == [exact, completion]


def test_names_weigh_more_than_bios(sami: Account, mazen: Account) -> None:
    profile_update(account=mazen, bio="صديق سامي منذ الجامعة")
    account_index(mazen)

    assert search_accounts(None, "سامي") == [sami, mazen]


def test_the_handle_as_typed_comes_first(db: None) -> None:
    samira = make_person("samira", display_name="sami sami sami")
    sami = make_person("sami", display_name="س")

    assert search_accounts(None, "@sami")[0] == sami
    assert search_accounts(None, "sami")[0] == sami
    assert set(search_accounts(None, "sami")) == {sami, samira}


def test_hidden_people_are_not_found(sami: Account, yazeed: Account, mazen: Account) -> None:
    saad = make_person("saad", display_name="سعد")
    bassem = make_person("bassem", display_name="باسم")
    block_create(account=yazeed, target=sami)
    block_create(account=sami, target=mazen)
    mute_create(account=sami, target=saad)
    account_suspend(account=bassem)

    for q in ("yazeed", "mazen", "saad", "bassem"):
        assert search_accounts(sami, q) == [], q
    assert search_accounts(None, "bassem") == []
    assert search_accounts(None, "yazeed") == [yazeed]


def test_undiscoverable_people_are_found_by_their_handle_only(
    sami: Account, yazeed: Account
) -> None:
    profile_update(account=yazeed, discoverable=False)

    assert search_accounts(None, "يزيد") == []
    assert search_accounts(None, "yazeed") == [yazeed]


def test_people_the_searcher_follows(sami: Account, yazeed: Account, mazen: Account) -> None:
    follow_create(follower=sami, target=yazeed)

    assert search_accounts(sami, "y", following=True) == [yazeed]
    assert search_accounts(sami, "m", following=True) == []
    assert search_accounts(None, "y", following=True) == []


# --- hashtags ------------------------------------------------------------------------------


def test_hashtags_complete_as_they_are_typed(sami: Account) -> None:
    make_post(sami, "#جيتكس_2012 #جيزان #تقنية")

    assert [tag.name for tag in search_hashtags("جي")] == ["جيزان", "جيتكس_2012"]
    assert [tag.name for tag in search_hashtags("#جيتك")] == ["جيتكس_2012"]
    assert [tag.name for tag in search_hashtags("جيتكس 20")] == ["جيتكس_2012"]
    assert search_hashtags("تقنيات") == []


@pytest.mark.parametrize("typed", ["أمن", "امن", "اَمن", "امـن", "#أمن_المعلومات"])
def test_hashtags_complete_whatever_the_spelling(sami: Account, typed: str) -> None:
    make_post(sami, "#أمن_المعلومات")

    assert [tag.key for tag in search_hashtags(typed)] == ["امن_المعلومات"]


def test_hashtags_with_arabic_indic_digits(sami: Account) -> None:
    make_post(sami, "#رؤية٢٠٣٠")

    assert [tag.key for tag in search_hashtags("رويه20")] == ["رويه2030"]


def test_the_tag_itself_then_the_most_used(sami: Account) -> None:
    make_post(sami, "#هدهد_الرياض")
    for _ in range(3):
        make_post(sami, "#هدهد_جدة")
    make_post(sami, "#هدهد")

    names = [tag.name for tag in search_hashtags("هدهد")]

    assert names == ["هدهد", "هدهد_جدة", "هدهد_الرياض"]
    assert Hashtag.objects.count() == 3


# --- everything at once --------------------------------------------------------------------


def test_search_answers_the_three_kinds(sami: Account) -> None:
    post = make_post(sami, "سامي يكتب عن #سامي_والتقنية")

    results = search(None, "سامي")

    assert results == SearchResults(accounts=[sami], statuses=[post], hashtags=results.hashtags)
    assert [tag.name for tag in results.hashtags] == ["سامي_والتقنية"]
    only = search(None, "سامي", kind="hashtags")
    assert (only.accounts, only.statuses, len(only.hashtags)) == ([], [], 1)
