"""The coach in the browser: advice on a draft as it is typed, the identity page, and
giveaways."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from hudhud.accounts.models import Account
from hudhud.accounts.selectors import relationship
from hudhud.arabic import detect_language
from hudhud.coach import fairness
from hudhud.coach.models import Giveaway
from hudhud.coach.selectors.drafts import draft_check
from hudhud.coach.selectors.giveaways import giveaway_entry, giveaway_verified
from hudhud.coach.selectors.identity import identity_report, identity_visible
from hudhud.coach.services import giveaway_create
from hudhud.posts.models import Post
from hudhud.web.charts import identity_chart
from hudhud.web.forms import GiveawayForm
from hudhud.web.templatetags.hudhud import display_for
from hudhud.web.views.common import account_required, show_errors, viewer_of


@require_POST
def coach_check(request: HttpRequest) -> HttpResponse:
    """Return the composer's advice on the draft it sent (htmx, as the person types)."""
    text = request.POST.get("text", "")
    findings = draft_check(author=viewer_of(request), text=text) if text.strip() else []
    # A rewrite starts with its mentions: its direction is the draft's language's, not theirs.
    direction = "ltr" if detect_language(text) == "en" else "rtl"
    return render(request, "web/_coach.html", {"findings": findings, "direction": direction})


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
        "relationship": relationship(viewer_of(request), account),
        "report": report,
        "whole": seen == "all",
        "focus": round(report.shares["on_topic"] * 100),
        "personal": round(report.shares["personal"] * 100),
        "other": round(report.shares["other"] * 100),
        "chart": identity_chart(report.weeks, display_for(request.user)) if seen == "all" else "",
    }
    return render(request, "web/identity.html", context)


def giveaway(request: HttpRequest, giveaway_id: int) -> HttpResponse:
    """Show a giveaway: its rules and commitment; once drawn, the secret, the entrants and
    the winners, checked here and again by the reader's own browser."""
    found = get_object_or_404(Giveaway.objects.select_related("post__author"), pk=giveaway_id)
    viewer = viewer_of(request)
    if not Post.objects.visible_to(viewer).filter(pk=found.post_id).exists():
        raise Http404
    people = Account.objects.in_bulk([int(pk) for pk in found.entrants])
    context = {
        "giveaway": found,
        "algorithm": fairness.__doc__,
        "entrants": [people.get(int(pk)) for pk in found.entrants],
        "winners": [people.get(int(pk)) for pk in found.winners],
        "entry": giveaway_entry(found, viewer)
        if viewer is not None and viewer.pk != found.post.author_id
        else None,
        "verified": giveaway_verified(found),
    }
    return render(request, "web/giveaway.html", context)


@require_POST
@account_required
def giveaway_new(request: HttpRequest, viewer: Account, post_id: int) -> HttpResponse:
    """Attach a giveaway to one of the viewer's posts, from its page."""
    post = get_object_or_404(Post, pk=post_id, author=viewer)
    form = GiveawayForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            made = giveaway_create(
                post=post,
                rule=data["rule"],
                deadline=data["deadline"],
                winners=data["winners"],
                min_account_age_days=data["min_account_age_days"] or 0,
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            return redirect("web:giveaway", giveaway_id=made.pk)
    else:
        for field, errors in form.errors.items():
            messages.error(request, f"{form.fields[field].label}: {' '.join(map(str, errors))}")
    return redirect("web:post", username=viewer.username, post_id=post.pk)
