"""Tests of hudhud.moderation.services: reports, their resolution, and suspensions."""

import pytest
from django.contrib.auth import authenticate
from django.core.exceptions import ValidationError

from hudhud.accounts.models import Account
from hudhud.accounts.services import follow_create
from hudhud.moderation.models import Report
from hudhud.moderation.services import (
    account_suspend,
    account_unsuspend,
    report_create,
    report_resolve,
)
from hudhud.notifications.models import Notification
from hudhud.paging import Page
from hudhud.posts.models import Post
from hudhud.posts.selectors import post_visible
from hudhud.timelines.selectors import hashtag_timeline, home_timeline, public_timeline
from tests.factories import PASSWORD, make_account, make_post


def codes(error: ValidationError) -> set[str | None]:
    return {item.code for item in error.error_list}


def staff(username: str = "saad") -> Account:
    return make_account(username, is_staff=True)


@pytest.mark.usefixtures("db")
def test_report_create_files_the_report_and_tells_the_staff() -> None:
    saad, bassem = staff("saad"), staff("bassem")
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    posts = [make_post(mazen, "إعلان مزعج"), make_post(mazen, "إعلان آخر")]

    report = report_create(
        reporter=yazeed, target=mazen, posts=posts, category="spam", comment="  رسائل مزعجة  "
    )

    report = Report.objects.get(pk=report.pk)
    assert (report.reporter_id, report.target_id) == (yazeed.pk, mazen.pk)
    assert (report.category, report.comment) == ("spam", "رسائل مزعجة")
    assert set(report.posts.all()) == set(posts)
    assert report.resolved_at is None
    for moderator in (saad, bassem):
        assert list(
            Notification.objects.filter(recipient=moderator).values_list("kind", "actor_id")
        ) == [("admin.report", yazeed.pk)]
    assert not Notification.objects.filter(recipient__in=[yazeed, mazen]).exists()


@pytest.mark.usefixtures("db")
def test_report_create_by_a_moderator_tells_the_other_moderators() -> None:
    saad, bassem = staff("saad"), staff("bassem")
    mazen = make_account("mazen")

    report_create(reporter=saad, target=mazen)

    assert Notification.objects.filter(recipient=bassem, kind="admin.report").count() == 1
    assert not Notification.objects.filter(recipient=saad).exists()


@pytest.mark.usefixtures("db")
def test_report_create_refuses_reporting_oneself() -> None:
    staff()
    yazeed = make_account("yazeed")

    with pytest.raises(ValidationError) as raised:
        report_create(reporter=yazeed, target=yazeed)

    assert codes(raised.value) == {"self"}
    assert not Report.objects.exists()
    assert not Notification.objects.exists()


@pytest.mark.usefixtures("db")
def test_report_create_refuses_an_unknown_category() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")

    with pytest.raises(ValidationError) as raised:
        report_create(reporter=yazeed, target=mazen, category="rude")

    assert codes(raised.value) == {"category"}
    assert not Report.objects.exists()


@pytest.mark.usefixtures("db")
def test_report_create_refuses_a_comment_over_1000_characters() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")

    with pytest.raises(ValidationError) as raised:
        report_create(reporter=yazeed, target=mazen, comment="ت" * 1001)
    report_create(reporter=yazeed, target=mazen, comment="ت" * 1000)

    assert codes(raised.value) == {"too_long"}
    assert Report.objects.count() == 1


@pytest.mark.usefixtures("db")
def test_report_create_refuses_posts_of_someone_else() -> None:
    staff()
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    theirs, other = make_post(mazen, "منشور مازن"), make_post(sami, "منشور سامي")

    with pytest.raises(ValidationError) as raised:
        report_create(reporter=yazeed, target=mazen, posts=[theirs, other])

    assert codes(raised.value) == {"posts"}
    assert not Report.objects.exists()
    assert not Notification.objects.filter(kind="admin.report").exists()


@pytest.mark.usefixtures("db")
def test_report_resolve_dismiss_closes_the_report_only() -> None:
    saad = staff()
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    report = report_create(reporter=yazeed, target=mazen)

    report_resolve(report=report, moderator=saad, action="dismiss")

    report = Report.objects.get(pk=report.pk)
    assert (report.action, report.resolved_by_id) == ("dismiss", saad.pk)
    assert report.resolved_at is not None
    mazen.refresh_from_db()
    assert not mazen.suspended


@pytest.mark.usefixtures("db")
def test_report_resolve_refuses_an_unknown_action() -> None:
    saad = staff()
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    report = report_create(reporter=yazeed, target=mazen)

    with pytest.raises(ValidationError) as raised:
        report_resolve(report=report, moderator=saad, action="ban")

    assert codes(raised.value) == {"action"}
    report = Report.objects.get(pk=report.pk)
    assert (report.action, report.resolved_at) == ("", None)


@pytest.mark.usefixtures("db")
def test_report_resolve_suspend_hides_the_account_and_its_posts() -> None:
    saad = staff()
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    spam = make_post(mazen, "إعلان #هدهد")
    kept = make_post(yazeed, "منشور يزيد #هدهد")
    report = report_create(reporter=yazeed, target=mazen, posts=[spam], category="spam")

    report_resolve(report=report, moderator=saad, action="suspend")

    mazen.refresh_from_db()
    assert mazen.suspended
    assert mazen.user is not None
    assert not mazen.user.is_active
    assert authenticate(None, username="mazen", password=PASSWORD) is None
    assert [p.pk for p in public_timeline(None, Page())] == [kept.pk]
    assert [p.pk for p in public_timeline(yazeed, Page(), local_only=True)] == [kept.pk]
    assert [p.pk for p in hashtag_timeline(None, "هدهد", Page())] == [kept.pk]
    for viewer in (None, yazeed, mazen):
        assert not Post.objects.visible_to(viewer).filter(pk=spam.pk).exists()
        assert post_visible(viewer, spam.pk) is None
    assert Post.objects.filter(pk=spam.pk).exists()  # hidden, not deleted
    assert Report.objects.get(pk=report.pk).action == "suspend"


@pytest.mark.usefixtures("db")
def test_account_suspend_takes_the_posts_off_home_timelines() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    follow_create(follower=yazeed, target=mazen)
    make_post(mazen, "إعلان")
    mine = make_post(yazeed, "منشوري")

    account_suspend(account=mazen)

    assert [p.pk for p in home_timeline(yazeed, Page())] == [mine.pk]


@pytest.mark.usefixtures("db")
def test_suspended_account_is_not_mentioned() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    account_suspend(account=mazen)

    post = make_post(yazeed, "مرحبا @mazen")

    assert list(post.mentions.all()) == []
    assert not Notification.objects.filter(recipient=mazen).exists()


@pytest.mark.usefixtures("db")
def test_account_unsuspend_brings_everything_back() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(mazen, "منشور")
    account_suspend(account=mazen)

    account_unsuspend(account=mazen)

    mazen.refresh_from_db()
    assert not mazen.suspended
    assert authenticate(None, username="mazen", password=PASSWORD) is not None
    assert post_visible(yazeed, post.pk) == post
    assert [p.pk for p in public_timeline(None, Page())] == [post.pk]
