"""The startup showcase in the browser: the directory, and a startup's page with its growth
chart (its owner edits the profile there)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from hudhud.accounts.models import Account, AccountKind
from hudhud.community.models import Sector, Stage, Startup
from hudhud.community.selectors import growth_of, startups
from hudhud.community.startups import startup_update
from hudhud.web.charts import growth_chart
from hudhud.web.forms import StartupForm
from hudhud.web.templatetags.hudhud import display_for
from hudhud.web.views.common import account_required, viewer_of

RANGES = (30, 90, 365)


def directory(request: HttpRequest) -> HttpResponse:
    sector = request.GET.get("sector", "")
    stage = request.GET.get("stage", "")
    chosen = {
        "sector": sector if sector in Sector.values else "",
        "stage": stage if stage in Stage.values else "",
    }
    return render(
        request,
        "web/startups.html",
        {
            "startups": startups(**chosen)[:100],
            "chosen": chosen,
            "sectors": Sector.choices,
            "stages": Stage.choices,
        },
    )


def startup(request: HttpRequest, username: str) -> HttpResponse:
    account = get_object_or_404(
        Account, username__iexact=username, local=True, suspended=False, kind=AccountKind.STARTUP
    )
    found = Startup.objects.filter(account=account).first()
    days = int(request.GET["days"]) if request.GET.get("days") in ("30", "90", "365") else 90
    growth = growth_of(account, days=days)
    viewer = viewer_of(request)
    initial = (
        {
            "sector": found.sector,
            "stage": found.stage,
            "founded_on": found.founded_on,
            "website": found.website,
        }
        if found
        else {}
    )
    return render(
        request,
        "web/startup.html",
        {
            "account": account,
            "startup": found,
            "days": days,
            "ranges": RANGES,
            "chart": growth_chart(growth, display_for(request.user)) if growth else "",
            "form": StartupForm(initial=initial) if viewer == account else None,
        },
    )


@require_POST
@account_required
def startup_edit(request: HttpRequest, viewer: Account) -> HttpResponse:
    form = StartupForm(request.POST)
    if form.is_valid():
        try:
            startup_update(account=viewer, **form.cleaned_data)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
    else:
        for field, errors in form.errors.items():
            messages.error(request, f"{form.fields[field].label}: {' '.join(map(str, errors))}")
    return redirect("web:startup", username=viewer.username)
