"""Both translation catalogues are complete and keep every placeholder."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent.parent / "src" / "hudhud" / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_catalogue_is_complete(language: str) -> None:
    with (LOCALE_DIR / language / "LC_MESSAGES" / "django.po").open("rb") as po:
        catalogue = read_po(po, locale=language)
    messages = [message for message in catalogue if message.id]
    assert len(messages) > 100
    for message in messages:
        assert not message.fuzzy, message.id
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = (
            [message.string] if isinstance(message.string, str) else list(message.string or ())
        )
        assert all(strings), message.id
        expected = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            assert set(PLACEHOLDER.findall(string)) <= expected | set(PLACEHOLDER.findall(ids[0]))


def test_arabic_plural_forms_are_six() -> None:
    with (LOCALE_DIR / "ar" / "LC_MESSAGES" / "django.po").open("rb") as po:
        catalogue = read_po(po, locale="ar")
    assert catalogue.num_plurals == 6
    plurals = [message for message in catalogue if message.id and not isinstance(message.id, str)]
    assert plurals
    assert all(len(message.string or ()) == 6 for message in plurals)
