"""Tests of preferences_update: how dates, digits and the interface are shown to a user."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from hudhud.accounts.models import Account, Calendar, Digits, User
from hudhud.accounts.services import preferences_update
from tests.factories import make_account


@pytest.fixture
def sami(db: None) -> User:
    account: Account = make_account("sami")
    assert account.user is not None
    return account.user


def saved(user: User) -> tuple[str, str, str]:
    user = User.objects.get(pk=user.pk)
    return user.calendar, user.digits, user.language


def test_a_new_user_sees_both_calendars_and_the_languages_digits(sami: User) -> None:
    assert saved(sami) == (Calendar.BOTH, Digits.AUTO, "ar")


def test_every_preference_changes(sami: User) -> None:
    preferences_update(user=sami, calendar="hijri", digits="western", language="en")

    assert saved(sami) == ("hijri", "western", "en")


def test_what_is_not_given_stays(sami: User) -> None:
    preferences_update(user=sami, digits="arabic")
    preferences_update(user=sami, calendar="gregorian")

    assert saved(sami) == ("gregorian", "arabic", "ar")


@pytest.mark.parametrize(
    ("values", "codes"),
    [
        ({"calendar": "julian"}, {"calendar"}),
        ({"calendar": "HIJRI"}, {"calendar"}),
        ({"digits": "roman"}, {"digits"}),
        ({"language": "fr"}, {"language"}),
        ({"language": ""}, {"language"}),
        ({"calendar": "", "digits": "", "language": "xx"}, {"calendar", "digits", "language"}),
    ],
)
def test_unknown_values_are_refused_and_nothing_changes(
    sami: User, values: dict[str, str], codes: set[str]
) -> None:
    with pytest.raises(ValidationError) as refused:
        preferences_update(
            user=sami,
            calendar=values.get("calendar", "hijri"),
            digits=values.get("digits", "western"),
            language=values.get("language", "en"),
        )

    assert {item.code for item in refused.value.error_list} == codes
    assert saved(sami) == (Calendar.BOTH, Digits.AUTO, "ar")


def test_refusals_speak_the_readers_language(sami: User) -> None:
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        preferences_update(user=sami, calendar="julian")

    assert refused.value.messages == ["Unknown calendar."]
