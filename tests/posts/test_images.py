"""Tests of hudhud.posts.images: what an upload becomes before it is stored."""

import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pytest_django import Settings

from hudhud.posts.images import MAX_SIDE, image_process

EXIF_ARTIST = 0x013B
EXIF_ORIENTATION = 0x0112


def encoded(image: Image.Image, fmt: str, **options: object) -> io.BytesIO:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    buffer.seek(0)
    return buffer


def opened(content: bytes) -> Image.Image:
    return Image.open(io.BytesIO(content))


def codes(error: ValidationError) -> set[str | None]:
    return {item.code for item in error.error_list}


def test_image_process_drops_exif_and_keeps_the_size() -> None:
    exif = Image.Exif()
    exif[EXIF_ARTIST] = "Mazen, 24.7136 N 46.6753 E"
    upload = encoded(Image.new("RGB", (1000, 500), "navy"), "JPEG", exif=exif.tobytes())

    image = image_process(upload)

    full = opened(image.full.read())
    assert full.format == "JPEG"
    assert full.size == (1000, 500)
    assert not full.getexif()
    assert (image.width, image.height) == (1000, 500)
    assert (image.mime_type, image.extension) == ("image/jpeg", "jpg")
    assert opened(image.thumbnail.read()).size == (640, 320)


def test_image_process_turns_the_photo_as_its_exif_says() -> None:
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = 6  # taken with the phone on its side: turn 90° clockwise
    upload = encoded(Image.new("RGB", (400, 200), "navy"), "JPEG", exif=exif.tobytes())

    image = image_process(upload)

    assert (image.width, image.height) == (200, 400)
    assert opened(image.full.read()).size == (200, 400)


def test_image_process_scales_down_the_longest_side() -> None:
    image = image_process(encoded(Image.new("RGB", (MAX_SIDE * 2, 100), "white"), "PNG"))

    assert (image.width, image.height) == (MAX_SIDE, 50)


def test_image_process_makes_a_thumbnail_of_the_asked_size() -> None:
    image = image_process(encoded(Image.new("RGB", (1000, 800)), "PNG"), thumbnail_size=400)

    assert opened(image.thumbnail.read()).size == (400, 320)


def test_image_process_keeps_transparency_as_png() -> None:
    image = image_process(encoded(Image.new("RGBA", (60, 40), (255, 0, 0, 128)), "PNG"))

    full = opened(image.full.read())
    assert (image.mime_type, image.extension) == ("image/png", "png")
    assert full.format == "PNG"
    assert full.mode == "RGBA"
    pixel = full.getpixel((0, 0))
    assert isinstance(pixel, tuple)
    assert pixel[3] == 128


def test_image_process_makes_an_opaque_png_a_jpeg() -> None:
    image = image_process(encoded(Image.new("RGB", (60, 40), "red"), "PNG"))

    assert (image.mime_type, image.extension) == ("image/jpeg", "jpg")
    assert opened(image.full.read()).format == "JPEG"


def test_image_process_keeps_the_first_frame_of_an_animation() -> None:
    frames = [Image.new("P", (30, 20), colour) for colour in (1, 2, 3)]
    upload = io.BytesIO()
    frames[0].save(upload, "GIF", save_all=True, append_images=frames[1:])
    upload.seek(0)

    image = image_process(upload)

    assert (image.width, image.height) == (30, 20)
    assert getattr(opened(image.full.read()), "n_frames", 1) == 1


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF"])
def test_image_process_gives_a_blurhash(fmt: str) -> None:
    first = image_process(encoded(Image.new("RGB", (80, 60), "teal"), fmt))
    again = image_process(encoded(Image.new("RGB", (80, 60), "teal"), fmt))

    assert len(first.blurhash) == 28  # 4×3 components
    assert first.blurhash == again.blurhash


def test_image_process_refuses_too_many_pixels() -> None:
    upload = encoded(Image.new("1", (10_000, 5_000)), "PNG")  # 50 megapixels, a few kB

    with pytest.raises(ValidationError) as raised:
        image_process(upload)

    assert codes(raised.value) == {"too_many_pixels"}


def test_image_process_follows_the_pixel_setting(settings: Settings) -> None:
    settings.MAX_IMAGE_PIXELS = 100 * 100

    image_process(encoded(Image.new("RGB", (100, 100)), "PNG"))
    with pytest.raises(ValidationError):
        image_process(encoded(Image.new("RGB", (101, 100)), "PNG"))


def test_image_process_refuses_a_large_upload(settings: Settings) -> None:
    settings.MAX_UPLOAD_BYTES = 1000
    upload = SimpleUploadedFile("big.png", b"\x89PNG" + b"\0" * 1000, "image/png")

    with pytest.raises(ValidationError) as raised:
        image_process(upload)

    assert codes(raised.value) == {"too_large"}


@pytest.mark.parametrize(
    "content",
    [
        b"",
        "ليست صورة".encode(),
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        encoded(Image.new("RGB", (10, 10)), "JPEG").getvalue()[:100],  # cut short
    ],
)
def test_image_process_refuses_what_is_not_a_readable_image(content: bytes) -> None:
    with pytest.raises(ValidationError) as raised:
        image_process(SimpleUploadedFile("photo.jpg", content, "image/jpeg"))

    assert codes(raised.value) == {"format"}


@pytest.mark.parametrize("fmt", ["BMP", "TIFF"])
def test_image_process_refuses_other_image_formats(fmt: str) -> None:
    with pytest.raises(ValidationError) as raised:
        image_process(encoded(Image.new("RGB", (10, 10)), fmt))

    assert codes(raised.value) == {"format"}


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header(width: int, height: int) -> bytes:
    """Return a PNG that claims `width` × `height` but stops where its pixels would start."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"")


def test_image_process_says_too_many_pixels_for_a_giant_image() -> None:
    with pytest.raises(ValidationError) as raised:
        image_process(io.BytesIO(png_header(20_000, 10_000)))

    assert codes(raised.value) == {"too_many_pixels"}


def test_image_process_reads_only_the_header_of_a_large_image() -> None:
    with pytest.raises(ValidationError) as raised:
        image_process(io.BytesIO(png_header(8_000, 6_000)))  # 48 MP, no pixel data at all

    assert codes(raised.value) == {"too_many_pixels"}
