"""What the web tests share: signed-in clients, reading rendered pages, files to upload."""

import io
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image

from hudhud.accounts.models import Account

if TYPE_CHECKING:
    # What the test client answers: a response with `context` and `templates` added.
    from django.test.client import _MonkeyPatchedWSGIResponse as Response


def signed_in(account: Account) -> Client:
    """Return a new test client signed in as `account`."""
    client = Client()
    assert account.user is not None
    client.force_login(account.user)
    return client


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.elements.append(element)
        if tag in ("a", "textarea", "title", "h1", "li", "p", "dt", "dd"):
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i].tag == tag:
                del self._open[i]
                break

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data


def elements(response: "Response", tag: str) -> list[Element]:
    """Return the `tag` elements of the page, with their attributes and text (entities decoded)."""
    page = _Page()
    page.feed(response.content.decode())
    page.close()
    return [element for element in page.elements if element.tag == tag]


def html(response: "Response") -> str:
    return response.content.decode()


def path_of(href: str) -> str:
    """Return the decoded path of a link, absolute or not (`/tags/%D8%AC…` → `/tags/ج…`)."""
    return unquote(urlsplit(href).path)


def composer_text(response: "Response") -> str:
    """Return what the composer's textarea holds."""
    (textarea,) = [t for t in elements(response, "textarea") if t.attrs.get("id") == "compose-text"]
    return textarea.text


def messages_of(response: "Response") -> list[str]:
    """Return the flash messages the (followed) response showed."""
    return [str(message) for message in response.context["messages"]]


def arabic(message: str) -> str:
    """Return `message` as the Arabic UI shows it (English when the catalogue is not compiled)."""
    with translation.override("ar"):
        return gettext(message)


def _image_bytes(fmt: str, size: tuple[int, int], mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, "white" if mode != "1" else 0).save(buffer, fmt)
    return buffer.getvalue()


def jpeg(name: str = "photo.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, _image_bytes("JPEG", (80, 60)), content_type="image/jpeg")


def png(name: str = "avatar.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(
        name, _image_bytes("PNG", (120, 120), "RGBA"), content_type="image/png"
    )


@cache
def _fifty_megapixels() -> bytes:
    return _image_bytes("PNG", (10_000, 5_000), "1")


def huge_png() -> SimpleUploadedFile:
    """Return a 50-megapixel PNG of a few kilobytes: what a decompression bomb looks like."""
    return SimpleUploadedFile("bomb.png", _fifty_megapixels(), content_type="image/png")


def bmp() -> SimpleUploadedFile:
    return SimpleUploadedFile("old.bmp", _image_bytes("BMP", (10, 10)), content_type="image/bmp")


def text_file(name: str = "notes.txt", content_type: str = "text/plain") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, "ليست صورة".encode(), content_type=content_type)
