"""The apps a person let into their account, and the apps they made for their bots."""

from typing import cast

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from hudhud.accounts.models import Account, User
from hudhud.api.scopes import SCOPES
from hudhud.api.selectors import application_of_user, applications_of, authorized_applications
from hudhud.api.services import application_delete, personal_application_create, token_revoke
from hudhud.web.views.common import account_required, int_or_none, posted

_TOP_SCOPES = ("read", "write", "follow", "push")


class ApplicationForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name of the app"), max_length=255)
    scopes = forms.MultipleChoiceField(
        label=gettext_lazy("What it may do"),
        choices=[(scope, SCOPES[scope]) for scope in _TOP_SCOPES],
        initial=["read", "write"],
        widget=forms.CheckboxSelectMultiple,
    )


def _page(
    request: HttpRequest, form: ApplicationForm, *, new_token: str = "", status: int = 200
) -> HttpResponse:
    user = cast(User, request.user)  # account_required let only a signed-in person in
    return render(
        request,
        "web/apps.html",
        {
            "form": form,
            "authorized": authorized_applications(user),
            "own": applications_of(user),
            "new_token": new_token,
        },
        status=status,
    )


@account_required
def apps(request: HttpRequest, viewer: Account) -> HttpResponse:
    """List the apps with access to the account; make an app and its token for a bot."""
    form = ApplicationForm(posted(request))
    if request.method != "POST":
        return _page(request, form)
    if form.is_valid():
        try:
            created, value = personal_application_create(
                owner=cast(User, request.user),
                name=form.cleaned_data["name"],
                scopes=form.cleaned_data["scopes"],
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(
                request,
                _("The app “%(name)s” was created. Copy its token now: it is shown only once.")
                % {"name": created.application.name},
            )
            return _page(request, ApplicationForm(), new_token=value)
    return _page(request, form, status=400)


@account_required
@require_POST
def app_revoke(request: HttpRequest, viewer: Account) -> HttpResponse:
    """Take back every token the person gave one app."""
    user = cast(User, request.user)
    application = application_of_user(user, int_or_none(request.POST.get("application")))
    if application is None:
        raise Http404
    token_revoke(user=user, application=application)
    messages.success(request, _("“%(name)s” no longer has access.") % {"name": application.name})
    return redirect("web:apps")


@account_required
@require_POST
def app_delete(request: HttpRequest, viewer: Account) -> HttpResponse:
    """Delete an app the person made, and its tokens."""
    user = cast(User, request.user)
    application = application_of_user(user, int_or_none(request.POST.get("application")))
    if application is None or application.user_id != user.pk:
        raise Http404
    application_delete(owner=user, application=application)
    messages.success(request, _("The app “%(name)s” was deleted.") % {"name": application.name})
    return redirect("web:apps")
