"""The talent directory, and the job offers people open to offers receive."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hudhud.accounts.models import Account
from hudhud.coach.models import JobOffer
from hudhud.coach.selectors.talent import offers_received, offers_sent, talent_directory
from hudhud.coach.services import ORGANISERS, job_offer_answer, job_offer_create
from hudhud.web.forms import JobOfferForm
from hudhud.web.views.common import account_required, show_errors, viewer_of


def talent(request: HttpRequest) -> HttpResponse:
    """List the people open to offers, by specialty when searched, the most focused first."""
    viewer = viewer_of(request)
    q = request.GET.get("q", "")[:500]
    return render(
        request,
        "web/talent.html",
        {
            "q": q,
            "talents": talent_directory(viewer, q),
            "can_offer": viewer is not None and viewer.kind in ORGANISERS,
            "form": JobOfferForm(),
        },
    )


@require_POST
@account_required
def offer_send(request: HttpRequest, viewer: Account, username: str) -> HttpResponse:
    recipient = get_object_or_404(Account, username__iexact=username, local=True)
    form = JobOfferForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The offer needs a title, a description and how to reply."))
        return redirect("web:talent")
    try:
        job_offer_create(sender=viewer, recipient=recipient, **form.cleaned_data)
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(request, _("Your offer was sent."))
    return redirect("web:talent")


@account_required
def offers(request: HttpRequest, viewer: Account) -> HttpResponse:
    """Show the offers the viewer received (to answer) and sent."""
    return render(
        request,
        "web/offers.html",
        {"received": offers_received(viewer)[:100], "sent": offers_sent(viewer)[:100]},
    )


@require_POST
@account_required
def offer_answer(request: HttpRequest, viewer: Account, offer_id: int) -> HttpResponse:
    offer = JobOffer.objects.filter(Q(recipient=viewer) | Q(sender=viewer), pk=offer_id).first()
    if offer is None:
        raise Http404
    try:
        job_offer_answer(offer=offer, account=viewer, accept=request.POST.get("answer") == "accept")
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
    return redirect("web:offers")
