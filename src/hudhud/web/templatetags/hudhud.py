"""Template tags of the web UI: times, dates and numbers as the reader chose to see them.

The tags read the reader's preferences (`User.calendar`, `User.digits`) from the template's
`request.user`; a visitor gets the fields' defaults. Babel writes Western digits in every
locale (its `numbering_system` changes only the separators), so Arabic-Indic digits are
put in here.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any, Literal, cast

from babel import Locale
from babel.dates import format_date, format_time, format_timedelta
from babel.numbers import format_decimal
from django import template
from django.conf import settings
from django.db.models import Field
from django.utils import timezone
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext as _
from hijridate import Gregorian

from hudhud.accounts.models import Calendar, Digits, User

register = template.Library()

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# Babel rounds a moment less than a second away to "in 0 seconds"; clocks of other servers
# run a little ahead, so their new posts would be "in 3 seconds" too.
JUST_NOW = timedelta(seconds=1)


@dataclass(frozen=True)
class Display:
    """How one reader sees dates and numbers on one page."""

    language: str
    calendar: str
    arabic_digits: bool

    @property
    def locale(self) -> Locale:
        return _locale(self.language)

    def numerals(self, text: str) -> str:
        """Return `text` (written by Babel) in the reader's digits."""
        return text.translate(ARABIC_INDIC) if self.arabic_digits else text


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(to_locale(language))


def _default(field: str) -> str:
    """Return the default of one of User's display fields: what a visitor sees."""
    return str(cast("Field[Any, Any]", User._meta.get_field(field)).get_default())


def display_for(user: object) -> Display:
    """Return how `user` (a User, or a visitor) sees dates and numbers in the active language."""
    language = get_language() or settings.LANGUAGE_CODE
    calendar = getattr(user, "calendar", None) or _default("calendar")
    digits = getattr(user, "digits", None) or _default("digits")
    if digits == Digits.AUTO:  # Arabic-Indic in the Arabic interface, Western in the English one
        digits = Digits.ARABIC if language.startswith("ar") else Digits.WESTERN
    return Display(language=language, calendar=calendar, arabic_digits=digits == Digits.ARABIC)


def _display_of(context: template.Context) -> Display:
    request = context.get("request")
    return display_for(getattr(request, "user", None) or context.get("user"))


def relative_time(moment: datetime, display: Display) -> str:
    """Return how long ago `moment` was, with the language's plural forms (قبل ٣ دقائق)."""
    delta = moment - timezone.now()
    if delta > -JUST_NOW:
        return _("just now")
    return display.numerals(
        format_timedelta(delta, add_direction=True, threshold=1, locale=display.locale)
    )


def hijri_date(day: date, language: str) -> str | None:
    """Return `day` in the Umm al-Qura calendar (29 ذو القعدة 1433 هـ), or None outside
    the years the calendar's tables cover (1924-08-01 … 2077-11-16)."""
    try:
        hijri = Gregorian.fromdate(day).to_hijri()
    except (OverflowError, ValueError):
        return None
    names: Literal["ar", "en"] = "ar" if language.startswith("ar") else "en"
    return (
        f"{hijri.day} {hijri.month_name(language=names)} {hijri.year} "
        f"{hijri.notation(language=names)}"
    )


def absolute_time(moment: datetime, display: Display) -> str:
    """Return the date and time of `moment` in the reader's calendar(s) and time zone; a date
    the Hijri calendar cannot convert is shown in the Gregorian one."""
    local = timezone.localtime(moment)
    locale = display.locale
    gregorian = format_date(local, "long", locale=locale)
    hijri = (
        None
        if display.calendar == Calendar.GREGORIAN
        else hijri_date(local.date(), display.language)
    )
    if hijri is None:
        day = gregorian
    elif display.calendar == Calendar.HIJRI:
        day = hijri
    else:
        day = f"{hijri} ({gregorian})"
    # The locale's own way of joining a date and a time ("{1}، {0}" in Arabic).
    pattern = str(locale.datetime_formats["long"]).replace("'", "")
    return display.numerals(pattern.format(format_time(local, "short", locale=locale), day))


def number(value: int | float | Decimal, display: Display) -> str:
    """Return `value` grouped as the language does, in the reader's digits (١٬٢٣٤)."""
    system = "arab" if display.arabic_digits else "latn"
    return display.numerals(format_decimal(value, locale=display.locale, numbering_system=system))


@register.simple_tag(takes_context=True, name="ago")
def ago_tag(context: template.Context, moment: datetime) -> str:
    """`{% ago post.created_at %}`: how long ago, in the reader's digits."""
    return relative_time(moment, _display_of(context))


@register.simple_tag(takes_context=True)
def when(context: template.Context, moment: datetime) -> str:
    """`{% when post.created_at %}`: the date and time in the reader's calendar(s) and digits."""
    return absolute_time(moment, _display_of(context))


@register.simple_tag(takes_context=True)
def digits(context: template.Context, value: object) -> str:
    """`{% digits post.likes_count %}`: a count in the reader's digits; what is not a number
    is shown as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return str(value)
    return number(value, _display_of(context))


class _NumeralsNode(template.Node):
    def __init__(self, nodelist: template.NodeList) -> None:
        self.nodelist = nodelist

    def render(self, context: template.Context) -> str:
        return _display_of(context).numerals(self.nodelist.render(context))


@register.tag
def numerals(parser: template.base.Parser, token: template.base.Token) -> _NumeralsNode:
    """`{% numerals %}…{% endnumerals %}`: the counts a translation writes inside, in the
    reader's digits; links and other markup with digits in attributes stay outside."""
    nodelist = parser.parse(("endnumerals",))
    parser.delete_first_token()
    return _NumeralsNode(nodelist)
