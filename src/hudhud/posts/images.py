"""Check and re-encode uploaded images: pixel limit, EXIF removed, thumbnail, blurhash."""

import io
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

if TYPE_CHECKING:  # Pillow is imported by image_process: most web workers never need it
    from PIL import Image

ACCEPTED_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF"})
# The longest side kept of an original; larger photos are scaled down as Mastodon does.
MAX_SIDE = 4096


@dataclass(frozen=True)
class ProcessedImage:
    full: ContentFile[bytes]
    thumbnail: ContentFile[bytes]
    width: int
    height: int
    blurhash: str
    mime_type: str
    extension: str


def _encode(image: "Image.Image", fmt: str) -> ContentFile[bytes]:
    buffer = io.BytesIO()
    # No `exif=` argument: the re-encoded file carries no EXIF (location, camera, owner).
    if fmt == "JPEG":
        image.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    else:
        image.save(buffer, "PNG", optimize=True)
    return ContentFile(buffer.getvalue())


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        _("The image has too many pixels (at most %(limit)s megapixels).")
        % {"limit": f"{settings.MAX_IMAGE_PIXELS / 1_000_000:g}"},
        code="too_many_pixels",
    )


def image_process(upload: IO[bytes], *, thumbnail_size: int = 640) -> ProcessedImage:
    """Return the upload re-encoded without metadata, with a thumbnail and blurhash.

    Raise ValidationError for anything that is not a JPEG, PNG, WebP or GIF image of at most
    HUDHUD_MAX_IMAGE_PIXELS pixels and HUDHUD_MAX_UPLOAD_MB bytes.
    """
    import blurhash  # noqa: PLC0415 - see the imports above
    from PIL import Image, ImageOps, UnidentifiedImageError  # noqa: PLC0415

    size = getattr(upload, "size", None)
    if size is not None and size > settings.MAX_UPLOAD_BYTES:
        raise ValidationError(_("The file is too large."), code="too_large")
    try:
        with Image.open(upload) as opened:
            if opened.format not in ACCEPTED_FORMATS:
                raise ValidationError(
                    _("Only JPEG, PNG, WebP and GIF images can be uploaded."), code="format"
                )
            # Checked on the header, before any pixel is decoded: a decompression bomb stops here.
            if opened.width * opened.height > settings.MAX_IMAGE_PIXELS:
                raise _too_many_pixels()
            opened.seek(0)  # the first frame of an animation
            image = ImageOps.exif_transpose(opened)
            image.load()
    except Image.DecompressionBombError as error:  # Pillow's own, higher limit
        raise _too_many_pixels() from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(_("This file is not an image we can read."), code="format") from error

    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    image = image.convert("RGBA" if has_alpha else "RGB")
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    fmt, mime, extension = (
        ("PNG", "image/png", "png") if has_alpha else ("JPEG", "image/jpeg", "jpg")
    )
    thumbnail = image.copy()
    thumbnail.thumbnail((thumbnail_size, thumbnail_size), Image.Resampling.LANCZOS)
    small = image.convert("RGB")
    small.thumbnail((64, 64))
    return ProcessedImage(
        full=_encode(image, fmt),
        thumbnail=_encode(thumbnail, fmt),
        width=image.width,
        height=image.height,
        blurhash=blurhash.encode(small, x_components=4, y_components=3),
        mime_type=mime,
        extension=extension,
    )
