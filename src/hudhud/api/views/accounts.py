"""Accounts: the caller's own, others', relationships (docs.joinmastodon.org/methods/accounts)."""

from django.http import HttpRequest
from ninja import Router

from hudhud.accounts.models import Follow
from hudhud.api.auth import signed_in, token
from hudhud.api.schemas.accounts import CredentialAccount, credential_account

router = Router(tags=["accounts"])


@router.get(
    "/v1/accounts/verify_credentials", response=CredentialAccount, auth=token("read:accounts")
)
def verify_credentials(request: HttpRequest) -> CredentialAccount:
    me = signed_in(request)
    waiting = Follow.objects.filter(target=me, accepted=False).count()
    return credential_account(me, follow_requests=waiting)
