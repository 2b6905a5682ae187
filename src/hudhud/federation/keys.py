"""The keys this server signs with: each local account's, made on first use, and the
instance actor's."""

from hudhud.accounts.models import Account
from hudhud.federation.models import ServerKey
from hudhud.federation.signatures import key_pair


def account_keys(*, account: Account) -> tuple[str, str]:
    """Return the private and public key of a local account, making them on first use (a
    sign-up does not pay the 50 ms an RSA key costs; most accounts never federate)."""
    if not account.public_key:
        private, public = key_pair()
        # Two processes may make keys at once: the first one saved is everyone's.
        Account.objects.filter(pk=account.pk, public_key="").update(
            private_key=private, public_key=public
        )
        account.refresh_from_db(fields=["private_key", "public_key"])
    return account.private_key, account.public_key


def server_key() -> ServerKey:
    """Return the instance actor's key pair, made the first time it is needed."""
    found = ServerKey.objects.first()
    if found is None:
        private, public = key_pair()
        ServerKey.objects.get_or_create(
            pk=1, defaults={"private_key": private, "public_key": public}
        )
        found = ServerKey.objects.get(pk=1)
    return found
