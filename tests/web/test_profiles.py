"""Acting on accounts: follow, block, mute, follow requests, reports and moderation."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from hudhud.accounts.models import Account, Block, Follow, Mute
from hudhud.accounts.services import follow_create, profile_update
from hudhud.moderation.models import Report
from hudhud.moderation.services import report_create
from tests.factories import make_account, make_post
from tests.web.pages import arabic, elements, html, messages_of, path_of, signed_in

HTMX = {"HX-Request": "true"}


def follows(follower: Account, target: Account, *, accepted: bool = True) -> bool:
    return Follow.objects.filter(follower=follower, target=target, accepted=accepted).exists()


def blocks(account: Account, target: Account) -> bool:
    return Block.objects.filter(account=account, target=target).exists()


def mutes(account: Account, target: Account) -> bool:
    return Mute.objects.filter(account=account, target=target).exists()


def form_actions(response: Any) -> list[str]:
    return [form.attrs.get("action", "") for form in elements(response, "form")]


Relation = tuple[str, str, Callable[[Account, Account], bool]]
RELATIONS = [
    pytest.param(("follow", "unfollow", follows), id="follow"),
    pytest.param(("block", "unblock", blocks), id="block"),
    pytest.param(("mute", "unmute", mutes), id="mute"),
]


@pytest.mark.parametrize("relation", RELATIONS)
def test_relation_and_its_undo_with_htmx_answer_the_button(
    as_yazeed: Client, sami: Account, yazeed: Account, relation: Relation
) -> None:
    do, undo, done = relation
    response = as_yazeed.post(f"/@sami/{do}", headers=HTMX)

    assert response.status_code == 200
    assert [t.name for t in response.templates] == ["web/_follow_button.html"]
    assert html(response).startswith(f'<div class="relation" id="relation-{sami.pk}">')
    assert done(yazeed, sami)
    assert f"/@sami/{undo}" in form_actions(response)

    response = as_yazeed.post(f"/@sami/{undo}", headers=HTMX)

    assert response.status_code == 200
    assert not done(yazeed, sami)
    assert f"/@sami/{do}" in form_actions(response)


@pytest.mark.parametrize("relation", RELATIONS)
def test_relation_and_its_undo_without_htmx_go_back(
    as_yazeed: Client, sami: Account, yazeed: Account, relation: Relation
) -> None:
    do, undo, done = relation
    response = as_yazeed.post(f"/@sami/{do}", {"next": "/@sami"})

    assert response.status_code == 302
    assert response["Location"] == "/@sami"
    assert done(yazeed, sami)
    assert f"/@sami/{undo}" in form_actions(as_yazeed.get("/@sami"))

    response = as_yazeed.post(f"/@SAMI/{undo}", {"next": "/@sami"})

    assert response["Location"] == "/@sami"
    assert not done(yazeed, sami)


def test_following_fills_the_followers_page_and_home(
    as_yazeed: Client, sami: Account, yazeed: Account
) -> None:
    as_yazeed.post("/@sami/follow")
    make_post(sami, "منشور جديد لمتابعي سامي")

    assert "@yazeed" in html(as_yazeed.get("/@sami/followers"))
    assert "@sami" in html(as_yazeed.get("/@yazeed/following"))
    assert "منشور جديد لمتابعي سامي" in html(as_yazeed.get("/"))
    sami.refresh_from_db()
    assert sami.followers_count == 1


def test_blocking_ends_follows_both_ways(as_yazeed: Client, sami: Account, yazeed: Account) -> None:
    follow_create(follower=yazeed, target=sami)
    follow_create(follower=sami, target=yazeed)

    response = as_yazeed.post("/@sami/block", follow=True)

    assert arabic("You blocked @%(name)s.") % {"name": "sami"} in messages_of(response)
    assert not Follow.objects.exists()
    assert "@sami" in html(as_yazeed.get("/settings/blocks"))
    assert signed_in(sami).post("/@yazeed/follow").status_code == 302
    assert not follows(sami, yazeed)


def test_muting_hides_posts_from_the_local_timeline(
    as_yazeed: Client, sami: Account, yazeed: Account
) -> None:
    make_post(sami, "منشور سامي المكتوم")

    as_yazeed.post("/@sami/mute")

    assert "منشور سامي المكتوم" not in html(as_yazeed.get("/local"))
    assert "@sami" in html(as_yazeed.get("/settings/blocks"))


@pytest.mark.parametrize("action", ["dance", "delete", "report2", "FOLLOW"])
def test_unknown_action_is_404(as_yazeed: Client, sami: Account, action: str) -> None:
    assert as_yazeed.post(f"/@sami/{action}").status_code == 404
    assert not Follow.objects.exists()


def test_relation_actions_refuse_get_and_unknown_people(as_yazeed: Client, sami: Account) -> None:
    assert as_yazeed.get("/@sami/follow").status_code == 405
    assert as_yazeed.post("/@nobody/follow").status_code == 404
    assert not Follow.objects.exists()


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("follow", "You cannot follow yourself."),
        ("block", "You cannot block yourself."),
        ("mute", "You cannot mute yourself."),
    ],
)
def test_acting_on_oneself_is_an_error_message(
    as_sami: Client, sami: Account, action: str, message: str
) -> None:
    plain = as_sami.post(f"/@sami/{action}", {"next": "/@sami"}, follow=True)
    htmx = as_sami.post(f"/@sami/{action}", headers=HTMX)

    assert plain.status_code == 200
    assert arabic(message) in messages_of(plain)
    assert htmx.status_code == 200
    assert not (Follow.objects.exists() or Block.objects.exists() or Mute.objects.exists())


# Locked accounts and follow requests


@pytest.fixture
def mazen(db: None) -> Account:
    """A locked account: followers wait for approval."""
    return profile_update(account=make_account("mazen", display_name="مازن"), locked=True)


def test_following_a_locked_account_sends_a_request_that_can_be_accepted(
    as_yazeed: Client, yazeed: Account, mazen: Account
) -> None:
    response = as_yazeed.post("/@mazen/follow", {"next": "/@mazen"}, follow=True)

    assert arabic("Your follow request was sent.") in messages_of(response)
    assert follows(yazeed, mazen, accepted=False)
    assert "/@mazen/unfollow" in form_actions(response)
    as_mazen = signed_in(mazen)
    requests = as_mazen.get("/settings/follow_requests")
    assert requests.status_code == 200
    assert "@yazeed" in html(requests)
    assert "/settings/follow_requests" in [
        a.attrs.get("href") for a in elements(as_mazen.get("/notifications"), "a")
    ]

    accepted = as_mazen.post(
        "/settings/follow_requests", {"account": yazeed.pk, "decision": "accept"}
    )

    assert accepted.status_code == 302
    assert accepted["Location"] == reverse("web:follow_requests")
    assert follows(yazeed, mazen)
    assert "@yazeed" not in html(as_mazen.get("/settings/follow_requests"))
    assert "@yazeed" in html(as_mazen.get("/@mazen/followers"))


def test_a_follow_request_can_be_rejected(
    as_yazeed: Client, yazeed: Account, mazen: Account
) -> None:
    as_yazeed.post("/@mazen/follow")

    signed_in(mazen).post("/settings/follow_requests", {"account": yazeed.pk, "decision": "reject"})

    assert not Follow.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            {"account": "abc", "decision": "accept"},
            id="account-not-a-number",
        ),
        pytest.param(
            {"account": "{yazeed}", "decision": "accept"},
            id="accept-without-request",
        ),
        pytest.param({"account": "{yazeed}", "decision": "reject"}, id="reject-without-request"),
        pytest.param({"account": "123456789", "decision": "accept"}, id="unknown-account"),
    ],
)
def test_bad_follow_request_decisions_do_not_crash(
    yazeed: Account, mazen: Account, data: dict[str, str]
) -> None:
    data = {key: value.format(yazeed=yazeed.pk) for key, value in data.items()}

    response = signed_in(mazen).post("/settings/follow_requests", data)

    assert response.status_code in (302, 400, 404)
    assert not Follow.objects.exists()


# Reports and moderation


def test_report_reaches_the_moderators_who_can_suspend(
    as_sami: Client, as_yazeed: Client, sami: Account, yazeed: Account, bassem: Account
) -> None:
    post = make_post(sami, "منشور مزعج للغاية")
    form = as_yazeed.get(f"/@sami/report?post={post.pk}")
    assert form.status_code == 200
    assert f'value="{post.pk}"' in html(form)

    response = as_yazeed.post(
        "/@sami/report",
        {"category": "spam", "comment": "ينشر إعلانات كل دقيقة", "post": str(post.pk)},
        follow=True,
    )

    assert response.redirect_chain == [("/@sami", 302)]
    assert arabic("Thank you. The moderators will look at your report.") in messages_of(response)
    report = Report.objects.get()
    assert (report.reporter, report.target, report.category) == (yazeed, sami, "spam")
    assert list(report.posts.all()) == [post]

    as_bassem = signed_in(bassem)
    queue = as_bassem.get("/moderation")
    assert queue.status_code == 200
    assert "ينشر إعلانات كل دقيقة" in html(queue)
    assert "منشور مزعج للغاية" in html(queue)
    assert "@sami" in html(queue)

    resolved = as_bassem.post(
        "/moderation", {"report": report.pk, "action": "suspend"}, follow=True
    )

    assert resolved.status_code == 200
    assert arabic("The report was resolved.") in messages_of(resolved)
    assert "ينشر إعلانات كل دقيقة" not in html(resolved)
    sami.refresh_from_db()
    assert sami.suspended
    assert path_of(as_sami.get("/notifications")["Location"]) == reverse("web:login")
    assert Client().get("/@sami").status_code == 404
    assert Client().get(f"/@sami/{post.pk}").status_code == 404
    assert as_yazeed.get("/@sami").status_code == 404


def test_dismissed_report_leaves_the_account_alone(
    as_yazeed: Client, sami: Account, bassem: Account
) -> None:
    as_yazeed.post("/@sami/report", {"category": "other", "comment": ""})
    report = Report.objects.get()

    signed_in(bassem).post("/moderation", {"report": report.pk, "action": "dismiss"})

    report.refresh_from_db()
    assert report.action == "dismiss"
    assert report.resolved_at is not None
    assert Client().get("/@sami").status_code == 200


def test_report_with_a_post_of_someone_else_keeps_only_the_account(
    as_yazeed: Client, sami: Account, bassem: Account
) -> None:
    others = make_post(bassem)

    as_yazeed.post("/@sami/report", {"category": "spam", "post": str(others.pk)})

    assert list(Report.objects.get().posts.all()) == []


@pytest.mark.parametrize(
    ("who", "data"),
    [
        ("sami", {"category": "spam"}),  # oneself
        ("yazeed", {"category": "bogus"}),
        ("yazeed", {"category": "spam", "post": "abc"}),
        ("yazeed", {"category": "spam", "comment": "ت" * 1001}),
    ],
)
def test_bad_report_is_refused(
    as_sami: Client, sami: Account, yazeed: Account, who: str, data: dict[str, str]
) -> None:
    response = as_sami.post(f"/@{who}/report", data)

    assert response.status_code == 400
    assert response.context["form"].errors
    assert not Report.objects.exists()


def test_moderation_is_404_for_people_who_are_not_staff(
    as_yazeed: Client, sami: Account, yazeed: Account
) -> None:
    report = report_create(reporter=yazeed, target=sami, category="spam")

    assert as_yazeed.get("/moderation").status_code == 404
    assert (
        as_yazeed.post("/moderation", {"report": report.pk, "action": "suspend"}).status_code == 404
    )
    sami.refresh_from_db()
    assert not sami.suspended


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"report": "999999", "action": "suspend"}, id="unknown-report"),
        pytest.param({"report": "{report}", "action": "explode"}, id="unknown-action"),
        pytest.param(
            {"report": "abc", "action": "suspend"},
            id="report-not-a-number",
        ),
    ],
)
def test_bad_moderation_requests_do_not_crash(
    as_yazeed: Client, sami: Account, bassem: Account, data: dict[str, str]
) -> None:
    as_yazeed.post("/@sami/report", {"category": "spam"})
    report = Report.objects.get()
    data = {key: value.format(report=report.pk) for key, value in data.items()}

    response = signed_in(bassem).post("/moderation", data)

    assert response.status_code in (302, 400, 404)
    report.refresh_from_db()
    assert report.resolved_at is None
    sami.refresh_from_db()
    assert not sami.suspended
