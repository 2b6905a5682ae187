"""Sign in with an e-mail address or a username."""

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.http import HttpRequest

from hudhud.accounts.models import User


class EmailOrUsernameBackend(ModelBackend):
    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> User | None:
        login = (username or kwargs.get("email") or "").strip().removeprefix("@")
        if not login or password is None:
            return None
        field = "email__iexact" if "@" in login else "account__username__iexact"
        user = User.objects.filter(**{field: login}, account__local=True).first()
        if user is None:
            User().set_password(password)  # spend the same time as a real check
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
