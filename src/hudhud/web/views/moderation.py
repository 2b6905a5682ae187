"""The moderators' queue of reports, and the other servers with their policies."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hudhud.accounts.models import Account
from hudhud.accounts.selectors import accounts_awaiting_approval
from hudhud.accounts.services import account_approve
from hudhud.federation.models import DomainPolicy
from hudhud.federation.selectors import instances_overview
from hudhud.federation.services import instance_policy_set
from hudhud.moderation.models import Report
from hudhud.moderation.services import report_resolve
from hudhud.web.views.common import account_required, int_or_none, show_errors


@account_required
def reports(request: HttpRequest, viewer: Account) -> HttpResponse:
    """List open reports and resolve one (staff only)."""
    if viewer.user is None or not viewer.user.is_staff:
        raise Http404
    if request.method == "POST":
        report = get_object_or_404(
            Report, pk=int_or_none(request.POST.get("report")), resolved_at=None
        )
        try:
            report_resolve(report=report, moderator=viewer, action=request.POST.get("action", ""))
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("The report was resolved."))
        return redirect("web:moderation")
    open_reports = (
        Report.objects.filter(resolved_at=None)
        .select_related("reporter", "target")
        .prefetch_related("posts")
        .order_by("-created_at")
    )
    return render(
        request,
        "web/moderation.html",
        {"reports": open_reports, "awaiting": accounts_awaiting_approval()},
    )


@account_required
@require_POST
def approve(request: HttpRequest, viewer: Account) -> HttpResponse:
    """Let an account that signed up while sign-ups need approval in (staff only)."""
    if viewer.user is None or not viewer.user.is_staff:
        raise Http404
    account = get_object_or_404(
        accounts_awaiting_approval(), pk=int_or_none(request.POST.get("account"))
    )
    account_approve(account=account)
    messages.success(request, _("The account was approved."))
    return redirect("web:moderation")


@account_required
def federation(request: HttpRequest, viewer: Account) -> HttpResponse:
    """The known servers with their delivery health; block or silence one (staff only)."""
    if viewer.user is None or not viewer.user.is_staff:
        raise Http404
    if request.method == "POST":
        try:
            instance = instance_policy_set(
                domain=request.POST.get("domain", "")[:300],
                policy=request.POST.get("policy", ""),
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(
                request,
                _("%(domain)s: %(policy)s.")
                % {"domain": instance.domain, "policy": instance.get_policy_display()},
            )
        return redirect("web:moderation_federation")
    return render(
        request,
        "web/federation.html",
        {"instances": instances_overview()[:500], "policies": DomainPolicy.choices},
    )
