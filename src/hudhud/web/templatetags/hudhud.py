"""Template filters of the web UI: relative times in the reader's language."""

from datetime import datetime

from babel.dates import format_timedelta
from django import template
from django.utils import timezone
from django.utils.translation import get_language

register = template.Library()


@register.filter
def ago(moment: datetime) -> str:
    """Return how long ago `moment` was, with the language's plural forms (قبل 3 دقائق)."""
    return format_timedelta(
        moment - timezone.now(), add_direction=True, threshold=1, locale=get_language() or "ar"
    )
