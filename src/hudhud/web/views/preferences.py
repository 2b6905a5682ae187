"""How the signed-in person sees the site: calendar, digits and language."""

from typing import cast

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from hudhud.accounts.models import Account, User
from hudhud.accounts.services import preferences_update
from hudhud.web.forms import PreferencesForm
from hudhud.web.views.common import account_required, posted


def _remember_language(response: HttpResponse, language: str) -> None:
    """Set the cookie LanguageMiddleware reads first, as Django's set_language does."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


@account_required
def preferences(request: HttpRequest, viewer: Account) -> HttpResponse:
    user = cast(User, request.user)  # account_required let only a signed-in person in
    form = PreferencesForm(
        posted(request),
        initial={"calendar": user.calendar, "digits": user.digits, "language": user.language},
    )
    if request.method == "POST" and form.is_valid():
        try:
            preferences_update(user=user, **form.cleaned_data)
        except ValidationError as error:
            for item in error.error_list:
                form.add_error(item.code if item.code in form.fields else None, item)
        else:
            response = redirect("web:preferences")
            _remember_language(response, user.language)
            with translation.override(user.language):  # said in the language just chosen
                messages.success(request, _("Your preferences were saved."))
            return response
    status = 400 if form.errors else 200
    return render(
        request, "web/preferences.html", {"form": form, "now": timezone.now()}, status=status
    )
