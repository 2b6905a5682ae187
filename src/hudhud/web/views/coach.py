"""The coach in the browser: advice on a draft as it is typed, and the identity page."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST

from hudhud.accounts.models import Account
from hudhud.coach.selectors import draft_check, identity_report, identity_visible
from hudhud.web.charts import identity_chart
from hudhud.web.templatetags.hudhud import display_for
from hudhud.web.views.common import viewer_of


@require_POST
def coach_check(request: HttpRequest) -> HttpResponse:
    """Return the composer's advice on the draft it sent (htmx, as the person types)."""
    text = request.POST.get("text", "")
    findings = draft_check(author=viewer_of(request), text=text) if text.strip() else []
    return render(request, "web/_coach.html", {"findings": findings})


def identity(request: HttpRequest, username: str) -> HttpResponse:
    """Show what an account's posts focus on: everything to its owner, the shares to others
    once the owner shows them, else nothing (404, as for a page that is not there)."""
    account = get_object_or_404(Account, username__iexact=username, local=True, suspended=False)
    seen = identity_visible(account, viewer_of(request))
    if seen == "none":
        raise Http404
    report = identity_report(account)
    context = {
        "account": account,
        "report": report,
        "whole": seen == "all",
        "focus": round(report.shares["on_topic"] * 100),
        "personal": round(report.shares["personal"] * 100),
        "other": round(report.shares["other"] * 100),
        "chart": identity_chart(report.weeks, display_for(request.user)) if seen == "all" else "",
    }
    return render(request, "web/identity.html", context)
