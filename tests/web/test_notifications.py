"""The notifications page."""

from django.test import Client

from hudhud.accounts.models import Account
from hudhud.notifications.models import Notification
from tests.factories import make_post
from tests.web.pages import elements, html


def test_notifications_list_a_like_and_a_mention(
    as_sami: Client, as_yazeed: Client, sami: Account, yazeed: Account
) -> None:
    post = make_post(sami, "منشور سيعجب يزيد")
    as_yazeed.post(f"/posts/{post.pk}/like")
    as_yazeed.post("/compose", {"text": "@sami هل رأيت هذا؟", "visibility": "public"})
    mention = yazeed.posts.get(text="@sami هل رأيت هذا؟")

    response = as_sami.get("/notifications")

    assert response.status_code == 200
    kinds = {n.kind for n in response.context["notifications"]}
    assert kinds == {"favourite", "mention"}
    items = [li for li in elements(response, "li") if "notification" in li.classes]
    assert {c for li in items for c in li.classes} >= {"favourite", "mention"}
    hrefs = [a.attrs.get("href") for a in elements(response, "a")]
    assert f"/@sami/{post.pk}" in hrefs
    assert f"/@yazeed/{mention.pk}" in hrefs
    assert "يزيد" in html(response)
    assert "هل رأيت هذا؟" in html(response)


def test_no_notifications_is_an_empty_page(as_sami: Client) -> None:
    response = as_sami.get("/notifications")
    assert response.status_code == 200
    assert response.context["notifications"] == []


def test_notification_text_is_escaped(as_sami: Client, as_yazeed: Client, sami: Account) -> None:
    as_yazeed.post(
        "/compose", {"text": "@sami <img src=x onerror=alert(1)>", "visibility": "public"}
    )

    response = as_sami.get("/notifications")

    assert Notification.objects.filter(recipient=sami, kind="mention").exists()
    assert "<img src=x" not in html(response)
    assert "&lt;img src=x onerror=alert(1)&gt;" in html(response)
