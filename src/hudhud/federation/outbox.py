"""What local accounts send to other servers when they act: the service that makes the
change calls one of these, which queue the deliveries on commit."""

from django.conf import settings

from hudhud.accounts.models import Follow
from hudhud.federation.ap import follow_activity, follow_answer_activity, undo_activity
from hudhud.federation.delivery import deliver


def follow_send(*, follow: Follow) -> None:
    """Ask a remote account to let a local one follow it."""
    if not follow.uri:
        follow.uri = f"{settings.BASE_URL}/follows/{follow.pk}"
        follow.save(update_fields=["uri"])
    deliver(
        activity=follow_activity(follow), sender=follow.follower, inboxes=[follow.target.inbox_uri]
    )


def follow_undo(*, follow: Follow) -> None:
    """Tell a remote account a local one no longer follows it (or asks to)."""
    deliver(
        activity=undo_activity(follow_activity(follow)),
        sender=follow.follower,
        inboxes=[follow.target.inbox_uri],
    )


def follow_answer(*, follow: Follow, accepted: bool) -> None:
    """Tell a remote follower that a local account accepted (or refused) its follow."""
    deliver(
        activity=follow_answer_activity(follow, accepted=accepted),
        sender=follow.target,
        inboxes=[follow.follower.inbox_uri],
    )
