"""Federation's writes: the key pair of a local account, made the first time it is needed."""

from hudhud.accounts.models import Account
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
