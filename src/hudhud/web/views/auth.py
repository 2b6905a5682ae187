"""Sign up, sign in, sign out."""

from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hudhud.accounts.selectors import awaits_approval
from hudhud.accounts.services import account_register
from hudhud.web.forms import LoginForm, SignUpForm
from hudhud.web.views.common import posted

# Which field a refusal of account_create belongs to, by its code.
FIELD_OF_ERROR = {
    "username": "username",
    "username_taken": "username",
    "username_reserved": "username",
    "email_taken": "email",
    "invalid": "email",
    "max_length": "email",
}


def signup(request: HttpRequest) -> HttpResponse:
    form = SignUpForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            account = account_register(
                username=form.cleaned_data["username"],
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                display_name=form.cleaned_data["display_name"],
                language=get_language() or "ar",
            )
        except PermissionDenied as refusal:
            form.add_error(None, str(refusal))
        except ValidationError as error:
            for item in error.error_list:
                code = item.code or ""
                field = FIELD_OF_ERROR.get(
                    code, "password" if code.startswith("password") else None
                )
                form.add_error(field, item)
        else:
            if account.user is None or not account.user.is_active:
                messages.info(request, _("Your account waits for a moderator's approval."))
                return redirect("web:login")
            login(request, account.user, backend="hudhud.accounts.backends.EmailOrUsernameBackend")
            messages.success(request, _("Welcome to Hudhud!"))
            return redirect("web:home")
    return render(request, "web/signup.html", {"form": form}, status=400 if form.errors else 200)


def login_view(request: HttpRequest) -> HttpResponse:
    form = LoginForm(posted(request))
    if request.method == "POST" and form.is_valid():
        user = authenticate(
            request, username=form.cleaned_data["login"], password=form.cleaned_data["password"]
        )
        if user is not None:
            login(request, user)
            target = request.GET.get("next", "")
            if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
                return redirect(target)
            return redirect("web:home")
        if awaits_approval(form.cleaned_data["login"], form.cleaned_data["password"]):
            form.add_error(None, _("Your account waits for a moderator's approval."))
        else:
            form.add_error(None, _("The e-mail, username or password is wrong."))
    return render(request, "web/login.html", {"form": form}, status=400 if form.errors else 200)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("web:home")
