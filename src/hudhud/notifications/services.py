"""Every write to notifications."""

from hudhud.accounts.models import Account, Block, Mute
from hudhud.notifications.models import Notification, NotificationKind
from hudhud.posts.models import Post

# Doing one of these twice (like, unlike, like) notifies once.
_ONCE = {
    NotificationKind.FOLLOW,
    NotificationKind.FOLLOW_REQUEST,
    NotificationKind.LIKE,
    NotificationKind.BOOST,
    NotificationKind.MENTION,
    NotificationKind.QUOTE,
}


def notification_create(
    *, recipient: Account, actor: Account, kind: NotificationKind, post: Post | None = None
) -> Notification | None:
    """Notify a local `recipient` of what `actor` did, unless they muted or blocked the actor."""
    if recipient.pk == actor.pk or not recipient.local:
        return None
    if (
        Block.objects.filter(account=recipient, target=actor).exists()
        or Mute.objects.filter(account=recipient, target=actor, notifications=True).exists()
    ):
        return None
    if kind in _ONCE:
        notification, _created = Notification.objects.get_or_create(
            recipient=recipient, actor=actor, kind=kind, post=post
        )
        return notification
    return Notification.objects.create(recipient=recipient, actor=actor, kind=kind, post=post)


def notifications_clear(*, recipient: Account) -> None:
    """Delete every notification of `recipient`."""
    Notification.objects.filter(recipient=recipient).delete()
