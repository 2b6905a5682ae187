"""The composer: posting, replying, images, and what happens to bad input."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from hudhud.accounts.models import Account
from hudhud.accounts.services import follow_create
from hudhud.posts.images import image_process
from hudhud.posts.models import Media, Post, Visibility
from tests.factories import make_post
from tests.web.pages import (
    arabic,
    bmp,
    composer_text,
    elements,
    html,
    huge_png,
    jpeg,
    messages_of,
    path_of,
    text_file,
)

BLANK = arabic("Write something before posting.")


def stored() -> tuple[int, int]:
    return Post.objects.count(), Media.objects.count()


def compose(client: Client, text: str, **fields: Any) -> Any:
    data = {"text": text, "visibility": "public", "next": "/", **fields}
    return client.post("/compose", data, follow=True)


def too_long(length: int) -> str:
    return arabic("The post has %(length)d characters; the limit is %(limit)d.") % {
        "length": length,
        "limit": 500,
    }


def test_post_shows_on_home_with_its_hashtag_and_link_linked(
    as_sami: Client, sami: Account
) -> None:
    response = compose(as_sami, "مرحبا #جيتكس_2012 https://example.com")

    post = Post.objects.get(author=sami)
    assert post.text == "مرحبا #جيتكس_2012 https://example.com"
    assert post.visibility == Visibility.PUBLIC
    assert response.redirect_chain == [("/", 302)]
    assert arabic("Posted.") in messages_of(response)
    assert "مرحبا" in html(response)
    links = elements(response, "a")
    (tag,) = [a for a in links if "hashtag" in a.classes]
    assert path_of(tag.attrs["href"]) == "/tags/جيتكس_2012"
    assert tag.text == "#جيتكس_2012"
    (link,) = [a for a in links if a.attrs.get("href") == "https://example.com"]
    assert link.text == "example.com"
    assert "nofollow" in link.attrs["rel"]
    tag_page = as_sami.get(path_of(tag.attrs["href"]))
    assert tag_page.status_code == 200
    assert post.pk in [p.pk for p in tag_page.context["posts"]]


def test_post_is_written_in_the_language_of_the_interface(as_sami: Client, sami: Account) -> None:
    compose(as_sami, "أول منشور")
    as_sami.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    compose(as_sami, "First post in English")

    assert Post.objects.get(text="أول منشور").language == "ar"
    assert Post.objects.get(text="First post in English").language == "en"


def test_a_post_of_500_letters_with_harakat_is_accepted(as_sami: Client, sami: Account) -> None:
    text = "بَ" * 500  # 1,000 code points, 500 letters as the reader counts them

    response = compose(as_sami, text)

    assert messages_of(response) == [arabic("Posted.")]
    assert Post.objects.filter(author=sami, text=text).exists()


@pytest.mark.parametrize(
    ("text", "message", "draft"),
    [
        pytest.param("", BLANK, "", id="empty"),
        pytest.param("  \n\t  ", BLANK, "", id="whitespace"),
        pytest.param("\u200f\u200d", BLANK, "\u200f\u200d", id="invisible-marks"),
        pytest.param("ب" * 501, too_long(501), "ب" * 501, id="501-letters"),
    ],
)
def test_refused_post_says_why_and_keeps_the_draft(
    as_sami: Client, sami: Account, text: str, message: str, draft: str
) -> None:
    before = stored()

    response = compose(as_sami, text)

    assert response.redirect_chain == [("/", 302)]
    assert response.status_code == 200
    assert message in messages_of(response)
    assert stored() == before
    assert composer_text(response) == draft
    # The draft comes back once, not on every page after.
    assert composer_text(as_sami.get("/")) == ""


def test_typed_html_is_shown_as_text(as_sami: Client, sami: Account) -> None:
    compose(as_sami, "<script>alert(1)</script> <b>عريض</b>")
    post = Post.objects.get(author=sami)

    for page in (as_sami.get("/"), as_sami.get(f"/@sami/{post.pk}"), Client().get("/@sami")):
        assert page.status_code == 200
        assert "<script>alert" not in html(page)
        assert "<b>عريض" not in html(page)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html(page)


def test_reply_shows_in_the_thread(as_sami: Client, sami: Account, yazeed: Account) -> None:
    question = make_post(yazeed, "من سيحضر جيتكس هذا العام؟")
    page = as_sami.get(f"/@yazeed/{question.pk}")
    assert composer_text(page) == "@yazeed "

    response = compose(as_sami, "@yazeed أنا سأحضر", in_reply_to=str(question.pk))

    reply = Post.objects.get(author=sami)
    assert reply.in_reply_to_id == question.pk
    assert response.redirect_chain == [(f"/@yazeed/{question.pk}", 302)]
    thread = [p.pk for p in response.context["thread"].descendants]
    assert thread == [reply.pk]
    shown = html(response)
    assert shown.index("من سيحضر جيتكس") < shown.index("أنا سأحضر")
    assert html(as_sami.get(f"/@sami/{reply.pk}")).count("من سيحضر جيتكس") >= 1


@pytest.mark.parametrize("target", ["followers-only", "direct", "unknown"])
def test_reply_to_a_post_one_cannot_see_is_refused(
    as_sami: Client, sami: Account, yazeed: Account, target: str
) -> None:
    if target == "unknown":
        post_id = 123456789
    else:
        visibility = Visibility.FOLLOWERS if target == "followers-only" else Visibility.DIRECT
        post_id = make_post(yazeed, "ليس لسامي", visibility=visibility).pk
    before = stored()

    response = compose(as_sami, "رد لا يجب أن يُنشر", in_reply_to=str(post_id))

    assert response.status_code == 200
    assert arabic("This post was not found.") in messages_of(response)
    assert stored() == before


def test_image_is_shown_with_its_alt_text(as_sami: Client, sami: Account) -> None:
    alt = 'شروق الشمس فوق "جبل طويق"'

    response = compose(as_sami, "صباح الخير", media=[jpeg()], alt=[alt])

    post = Post.objects.get(author=sami)
    (media,) = post.media.all()
    assert media.description == alt
    assert media.mime_type == "image/jpeg"
    assert media.file.name
    assert (Path(settings.MEDIA_ROOT) / media.file.name).exists()
    images = [img for img in elements(response, "img") if img.attrs.get("alt") == alt]
    assert images, "the image with its alt text is on the home page"
    assert images[0].attrs["src"] == media.thumbnail.url
    assert 'alt="شروق الشمس فوق &quot;جبل طويق&quot;"' in html(response)


def test_image_without_text_is_a_post(as_sami: Client, sami: Account) -> None:
    compose(as_sami, "", media=[jpeg()], alt=["صورة"])
    assert Post.objects.filter(author=sami, text="").count() == 1


def refusal_in_arabic(upload: SimpleUploadedFile) -> str:
    """Return why the image service refuses `upload`, as the Arabic UI says it."""
    with translation.override("ar"), pytest.raises(ValidationError) as refused:
        image_process(upload)
    return refused.value.messages[0]


@pytest.mark.parametrize(
    "upload",
    [
        pytest.param(text_file, id="text-file"),
        pytest.param(lambda: text_file("photo.jpg", "image/jpeg"), id="text-named-jpg"),
        pytest.param(bmp, id="bmp"),
        pytest.param(huge_png, id="50-megapixels"),
    ],
)
def test_bad_upload_is_refused_and_nothing_is_stored(
    as_sami: Client, sami: Account, upload: Callable[[], SimpleUploadedFile]
) -> None:
    before = stored()

    response = compose(as_sami, "منشور مع ملف", media=[upload()], alt=["وصف"])

    assert response.status_code == 200
    assert messages_of(response) == [refusal_in_arabic(upload())]
    assert stored() == before
    assert composer_text(response) == "منشور مع ملف"


def test_refused_post_leaves_no_image_files(as_sami: Client, sami: Account) -> None:
    response = compose(as_sami, "ب" * 501, media=[jpeg()], alt=["صورة"])

    assert too_long(501) in messages_of(response)
    assert Media.objects.count() == 0
    media_root = Path(settings.MEDIA_ROOT)
    assert not media_root.exists() or not [p for p in media_root.rglob("*") if p.is_file()]


@pytest.mark.parametrize(
    "fields",
    [
        {"in_reply_to": "abc"},
        {"in_reply_to": "1.5"},
        {"in_reply_to": "-5"},
        {"in_reply_to": "99999999999999999999999"},
        {"quote_of": "xyz"},
        {"quote_of": "99999999999999999999999"},
        {"visibility": "bogus"},
        {"visibility": ""},
        {"spoiler_text": "ت" * 501},
    ],
    ids=lambda fields: "-".join(f"{k}={v[:12]}" for k, v in fields.items()),
)
def test_garbage_in_the_form_is_refused_without_a_crash(
    as_sami: Client, sami: Account, fields: dict[str, str]
) -> None:
    before = stored()

    response = as_sami.post(
        "/compose", {"text": "منشور", "visibility": "public", "next": "/", **fields}
    )

    assert 300 <= response.status_code < 500
    if response.status_code == 302:
        followed = as_sami.get(response["Location"])
        assert any(m.level_tag == "error" for m in followed.context["messages"])
    assert stored() == before


def test_compose_is_post_only(as_sami: Client) -> None:
    assert as_sami.get("/compose").status_code == 405


def test_compose_returns_to_the_page_it_came_from(as_sami: Client, sami: Account) -> None:
    page = as_sami.post(
        "/compose", {"text": "من الخط المحلي", "visibility": "public", "next": "/local"}
    )
    outside = as_sami.post(
        "/compose", {"text": "إلى الخارج", "visibility": "public", "next": "https://evil.example/"}
    )

    assert page["Location"] == "/local"
    assert outside["Location"] == reverse("web:home")


def test_followers_only_post_is_kept_from_visitors(as_sami: Client, sami: Account) -> None:
    compose(as_sami, "لمتابعيّ فقط", visibility="private")

    post = Post.objects.get(author=sami)
    assert post.visibility == Visibility.FOLLOWERS
    assert "لمتابعيّ فقط" in html(as_sami.get("/@sami"))
    assert "لمتابعيّ فقط" not in html(Client().get("/@sami"))
    assert Client().get(f"/@sami/{post.pk}").status_code == 404


def test_upload_sent_as_plain_field_is_ignored(as_sami: Client, sami: Account) -> None:
    # A media "file" sent as text (no multipart file part) is not an upload at all.
    compose(as_sami, "نص فقط", media="not-a-file")
    assert Post.objects.get(author=sami).media.count() == 0


def test_mentions_are_linked_to_the_profile(
    as_sami: Client, sami: Account, yazeed: Account
) -> None:
    response = compose(as_sami, "شكراً @yazeed على المساعدة")

    (mention,) = [
        a for a in elements(response, "a") if "mention" in a.classes and "hashtag" not in a.classes
    ]
    assert path_of(mention.attrs["href"]) == "/@yazeed"
    assert mention.text == "@yazeed"


def test_quote_shows_the_quoted_post(as_sami: Client, sami: Account, yazeed: Account) -> None:
    original = make_post(yazeed, "اقتباس يستحق المشاركة")
    form = as_sami.get(f"/@yazeed/{original.pk}?quote=1")
    hidden = {i.attrs.get("name"): i.attrs.get("value") for i in elements(form, "input")}
    assert hidden["quote_of"] == str(original.pk)

    response = compose(as_sami, "أتفق تماماً", quote_of=str(original.pk))

    quote = Post.objects.get(author=sami)
    assert quote.quote_of_id == original.pk
    assert response.redirect_chain == [(f"/@sami/{quote.pk}", 302)]
    assert '<blockquote class="quote">' in html(response)
    assert "اقتباس يستحق المشاركة" in html(response)


def test_quoting_a_followers_only_post_is_refused(
    as_sami: Client, sami: Account, yazeed: Account
) -> None:
    follow_create(follower=sami, target=yazeed)
    private = make_post(yazeed, "لمتابعي يزيد", visibility=Visibility.FOLLOWERS)

    response = compose(as_sami, "اقتباس ممنوع", quote_of=str(private.pk))

    assert arabic("Only public posts can be quoted.") in messages_of(response)
    assert not Post.objects.filter(author=sami).exists()
