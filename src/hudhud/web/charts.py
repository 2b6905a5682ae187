"""Charts, drawn on the server as SVG by pygal."""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from hudhud.coach.selectors.identity import Week
from hudhud.community.models import Growth
from hudhud.web.templatetags.hudhud import Display

# pygal is imported by the charts themselves: it is 3 MiB of every web worker, and only two
# pages draw a chart.
if TYPE_CHECKING:
    from pygal.style import Style


def _style() -> "Style":
    from pygal.style import Style  # noqa: PLC0415

    return Style(
        background="transparent",
        plot_background="transparent",
        font_family="'IBM Plex Sans Arabic', 'Noto Sans Arabic', sans-serif",
        colors=("#0f7b6c", "#d9822b", "#9aa5b1"),
        label_font_size=13,
        legend_font_size=14,
        value_font_size=12,
    )


def identity_chart(weeks: Sequence[Week], display: Display) -> SafeString:
    """Return a stacked bar chart of each week's share of on-topic, personal and other posts."""
    import pygal  # noqa: PLC0415

    title = _("What your posts were about, week by week (%)")
    chart = pygal.StackedBar(
        style=_style(),
        height=320,
        width=720,
        range=(0, 100),
        legend_at_bottom=True,
        show_y_guides=True,
        js=[],
        title=title,
        value_formatter=lambda value: display.numerals(f"{value:.0f}"),
    )
    chart.x_labels = [display.numerals(week.start.strftime("%d/%m")) for week in weeks]
    for name, kind in (
        (_("On your specialty"), "on_topic"),
        (_("Personal"), "personal"),
        (_("Other"), "other"),
    ):
        chart.add(name, [100 * getattr(week, kind) / (week.total or 1) for week in weeks])
    # An image, not inline SVG: pygal's SVG carries a script, which an <img> never runs.
    uri: str = chart.render_data_uri()
    return format_html('<img class="chart" src="{}" alt="{}">', uri, title)


def growth_chart(days: Sequence[Growth], display: Display) -> SafeString:
    """Return a line chart of a startup's followers (left) and engagement (right) by day."""
    import pygal  # noqa: PLC0415

    title = _("Followers and engagement")
    chart = pygal.Line(
        style=_style(),
        height=320,
        width=720,
        legend_at_bottom=True,
        show_dots=False,
        x_label_rotation=0,
        show_minor_x_labels=False,
        truncate_label=-1,
        js=[],
        title=title,
        value_formatter=lambda value: display.numerals(f"{value:,.0f}"),
    )
    chart.x_labels = [display.numerals(day.day.strftime("%d/%m")) for day in days]
    chart.x_labels_major_every = max(1, len(days) // 6)
    chart.add(_("Followers"), [day.followers for day in days])
    chart.add(
        _("Engagement a post"),
        [round(day.engagement, 1) for day in days],
        secondary=True,
        formatter=lambda value: display.numerals(f"{value:.1f}"),
    )
    uri: str = chart.render_data_uri()
    return format_html('<img class="chart" src="{}" alt="{}">', uri, title)
