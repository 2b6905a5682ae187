"""Every write to users, accounts, follows, blocks and mutes."""

import re
from collections.abc import Sequence
from datetime import timedelta
from typing import IO, Any

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from hudhud.accounts.models import (
    Account,
    AccountKind,
    AccountNote,
    Block,
    Calendar,
    Digits,
    Endorsement,
    Follow,
    Mute,
    PostingPrivacy,
    SuggestionDismissal,
    User,
)
from hudhud.arabic import is_blank
from hudhud.coach.focus import focus_queue
from hudhud.federation import outbox
from hudhud.ids import new_id
from hudhud.notifications.models import Notification, NotificationKind
from hudhud.notifications.services import notification_create
from hudhud.posts.images import ProcessedImage, image_process
from hudhud.posts.rendering import render_text
from hudhud.search.services import account_index
from hudhud.timelines.services import timeline_forget
from hudhud.timelines.tasks import merge_followed

USERNAME_PATTERN = r"^[A-Za-z0-9_]{1,30}$"
RESERVED_USERNAMES = frozenset(
    {
        "admin",
        "administrator",
        "root",
        "api",
        "about",
        "help",
        "settings",
        "static",
        "media",
        "tags",
        "login",
        "logout",
        "signup",
        "explore",
        "search",
        "notifications",
        "users",
        "inbox",
        "outbox",
        "webfinger",
        "nodeinfo",
        "oauth",
        "hudhud",
        "support",
        "talent",
    }
)
MAX_PROFILE_FIELDS = 4
MAX_SPECIALTIES = 3
MAX_SPECIALTY_KEYWORDS = 10
#: The longest private note on an account, as on Mastodon.
MAX_NOTE_LENGTH = 2000
#: A language as Mastodon names one: ISO 639-1, or ISO 639-3 where 639-1 has none.
LANGUAGE_PATTERN = r"^[a-z]{2,3}$"


def _validate_username(username: str) -> None:
    if not re.fullmatch(USERNAME_PATTERN, username):
        raise ValidationError(
            _("A username has 1 to 30 Latin letters, digits or underscores."), code="username"
        )
    if username.lower() in RESERVED_USERNAMES:
        raise ValidationError(_("This username is reserved."), code="username_reserved")
    if Account.objects.filter(username__iexact=username, local=True).exists():
        raise ValidationError(_("This username is taken."), code="username_taken")


def _clean_line(value: str, *, limit: int, what: str) -> str:
    value = value.strip()
    if len(value) > limit:
        raise ValidationError(
            _("%(what)s is longer than %(limit)d characters.") % {"what": what, "limit": limit},
            code="too_long",
        )
    return "" if is_blank(value) else value


@transaction.atomic
def account_create(
    *,
    username: str,
    email: str,
    password: str | None,
    display_name: str = "",
    kind: str = AccountKind.PERSON,
    language: str = "ar",
    is_staff: bool = False,
) -> Account:
    """Create a user who signs in here and their local account."""
    username = username.strip().removeprefix("@")
    _validate_username(username)
    if kind not in AccountKind.values:
        raise ValidationError(_("Unknown kind of account."), code="kind")
    email = email.strip()
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError(_("This e-mail address is already registered."), code="email_taken")
    user = User(email=User.objects.normalize_email(email), language=language, is_staff=is_staff)
    if password is None:  # an account nobody signs in to, such as the demo's
        user.set_unusable_password()
    else:
        validate_password(password, user)
        user.set_password(password)
    try:
        user.full_clean(exclude=["password"])
    except ValidationError as error:  # one list of refusals, each keeping its code
        raise ValidationError(
            [item for items in error.error_dict.values() for item in items]
        ) from error
    user.save()
    account_id = new_id()
    base = settings.BASE_URL
    try:
        account = Account.objects.create(
            id=account_id,
            user=user,
            username=username,
            uri=f"{base}/users/{username}",
            url=f"{base}/@{username}",
            inbox_uri=f"{base}/users/{username}/inbox",
            shared_inbox_uri=f"{base}/inbox",
            display_name=_clean_line(display_name, limit=100, what=_("The display name")),
            kind=kind,
        )
    except IntegrityError as error:  # two sign-ups raced for one name
        raise ValidationError(_("This username is taken."), code="username_taken") from error
    account_index(account)
    return account


def _clean_specialties(specialties: Sequence[tuple[str, Sequence[str]]]) -> list[dict[str, Any]]:
    cleaned = []
    for given, keywords in specialties:
        name = _clean_line(given, limit=100, what=_("A specialty"))
        words = [_clean_line(word, limit=50, what=_("A keyword")) for word in keywords]
        if len(words) > MAX_SPECIALTY_KEYWORDS:
            raise ValidationError(
                _("A specialty has at most %(limit)d keywords.")
                % {"limit": MAX_SPECIALTY_KEYWORDS},
                code="keywords",
            )
        if name:
            cleaned.append({"name": name, "keywords": list(dict.fromkeys(w for w in words if w))})
    if len(cleaned) > MAX_SPECIALTIES:
        raise ValidationError(
            _("A profile has at most %(limit)d specialties.") % {"limit": MAX_SPECIALTIES},
            code="specialties",
        )
    return cleaned


@transaction.atomic
def profile_update(
    *,
    account: Account,
    display_name: str | None = None,
    bio: str | None = None,
    specialties: Sequence[tuple[str, Sequence[str]]] | None = None,
    open_to_offers: bool | None = None,
    focus_public: bool | None = None,
    kind: str | None = None,
    fields: Sequence[tuple[str, str]] | None = None,
    locked: bool | None = None,
    bot: bool | None = None,
    discoverable: bool | None = None,
    indexable: bool | None = None,
    hide_collections: bool | None = None,
    avatar: IO[bytes] | None = None,
    header: IO[bytes] | None = None,
) -> Account:
    """Change what the owner of a local account chose to change; leave the rest as it is.

    `specialties` are (name, keywords) pairs, most important first.
    """
    changes: dict[str, Any] = {}
    if display_name is not None:
        changes["display_name"] = _clean_line(display_name, limit=100, what=_("The display name"))
    if bio is not None:
        bio = _clean_line(bio, limit=500, what=_("The bio"))
        changes["bio"] = bio
        changes["bio_html"] = render_text(bio)
    if specialties is not None:
        changes["specialties"] = _clean_specialties(specialties)
    if kind is not None:
        if kind not in AccountKind.values:
            raise ValidationError(_("Unknown kind of account."), code="kind")
        changes["kind"] = kind
    if fields is not None:
        if len(fields) > MAX_PROFILE_FIELDS:
            raise ValidationError(_("A profile has at most 4 fields."), code="fields")
        changes["fields"] = [
            {
                "name": _clean_line(name, limit=255, what=_("A field's name")),
                "value": _clean_line(value, limit=255, what=_("A field's value")),
            }
            for name, value in fields
            if not (is_blank(name) and is_blank(value))
        ]
    flags = {
        "open_to_offers": open_to_offers,
        "focus_public": focus_public,
        "locked": locked,
        "bot": bot,
        "discoverable": discoverable,
        "indexable": indexable,
        "hide_collections": hide_collections,
    }
    changes.update((flag, value) for flag, value in flags.items() if value is not None)
    # Every image is checked before any is stored, so a refused one leaves no file behind.
    images = {
        name: image_process(upload, thumbnail_size=size)
        for name, upload, size in (("avatar", avatar, 400), ("header", header, 1500))
        if upload is not None
    }
    for name, image in images.items():
        changes[name] = _image_replace(account, name, image)
    for name, value in changes.items():
        setattr(account, name, value)
    # Only what changed: the counters and keys of a stale `account` are not written back.
    account.save(update_fields=[*changes, "updated_at"])
    account_index(account)
    if account.local and changes:
        outbox.actor_update(account=account)
    if "specialties" in changes or open_to_offers:
        focus_queue(account)
    return account


@transaction.atomic
def preferences_update(
    *,
    user: User,
    calendar: str | None = None,
    digits: str | None = None,
    language: str | None = None,
    posting_privacy: str | None = None,
    posting_sensitive: bool | None = None,
    posting_language: str | None = None,
) -> User:
    """Change how dates, numbers and the interface are shown to `user`, and what their new
    posts start with; refuse everything when one value is unknown."""
    refusals = []
    if calendar is not None and calendar not in Calendar.values:
        refusals.append(ValidationError(_("Unknown calendar."), code="calendar"))
    if digits is not None and digits not in Digits.values:
        refusals.append(ValidationError(_("Unknown kind of digits."), code="digits"))
    if language is not None and language not in {code for code, _name in settings.LANGUAGES}:
        refusals.append(ValidationError(_("Unknown language."), code="language"))
    if posting_privacy is not None and posting_privacy not in PostingPrivacy.values:
        refusals.append(ValidationError(_("Unknown default visibility."), code="privacy"))
    if posting_language and not re.fullmatch(LANGUAGE_PATTERN, posting_language):
        refusals.append(ValidationError(_("Unknown language."), code="posting_language"))
    if refusals:
        raise ValidationError(refusals)
    changes = {
        name: value
        for name, value in (
            ("calendar", calendar),
            ("digits", digits),
            ("language", language),
            ("posting_privacy", posting_privacy),
            ("posting_sensitive", posting_sensitive),
            ("posting_language", posting_language),
        )
        if value is not None
    }
    for name, value in changes.items():
        setattr(user, name, value)
    user.save(update_fields=list(changes))
    return user


@transaction.atomic
def account_credentials_update(
    *,
    account: Account,
    posting_privacy: str | None = None,
    posting_sensitive: bool | None = None,
    posting_language: str | None = None,
    **profile: Any,
) -> Account:
    """Change a local account's profile (what profile_update takes) and the defaults of
    its user's new posts together, as a Mastodon client does; refuse all if one is wrong."""
    if account.user is not None:
        # First: a refusal here must not come after new images were stored.
        preferences_update(
            user=account.user,
            posting_privacy=posting_privacy,
            posting_sensitive=posting_sensitive,
            posting_language=posting_language,
        )
    return profile_update(account=account, **profile)


def _image_replace(account: Account, name: str, image: ProcessedImage) -> str:
    """Store a new avatar or header, scaled and without metadata; drop the old file on commit."""
    field = getattr(account, name)
    if field:
        storage, old_name = field.storage, field.name
        transaction.on_commit(lambda: storage.delete(old_name))
    field.save(f"{account.id}.{image.extension}", image.thumbnail, save=False)
    return str(field.name)


def _ensure_not_blocked(account: Account, target: Account) -> None:
    if (
        Block.objects.filter(account=target, target=account).exists()
        or Block.objects.filter(account=account, target=target).exists()
    ):
        raise ValidationError(_("You cannot follow this account."), code="blocked")


def _languages(languages: Sequence[str]) -> list[str] | None:
    """Return the languages a follower chose, once each; none chosen means all of them."""
    chosen = list(dict.fromkeys(code.strip().lower() for code in languages if code.strip()))
    if any(not re.fullmatch(LANGUAGE_PATTERN, code) for code in chosen):
        raise ValidationError(_("Unknown language."), code="language")
    return chosen or None


@transaction.atomic
def follow_create(
    *,
    follower: Account,
    target: Account,
    show_boosts: bool | None = None,
    notify: bool | None = None,
    languages: Sequence[str] | None = None,
    uri: str = "",
) -> Follow:
    """Follow `target`, or ask to when the account is locked or on another server (which
    answers); following again only changes the options given: whether `target`'s boosts
    reach the home timeline (`show_boosts`), whether their posts notify (`notify`), and in
    which `languages` (empty: all). `uri` is the id of a Follow that came from elsewhere."""
    if follower.pk == target.pk:
        raise ValidationError(_("You cannot follow yourself."), code="self")
    _ensure_not_blocked(follower, target)
    options: dict[str, Any] = {
        name: value
        for name, value in (("show_boosts", show_boosts), ("notify", notify))
        if value is not None
    }
    if languages is not None:
        options["languages"] = _languages(languages)
    follow, created = Follow.objects.get_or_create(
        follower=follower,
        target=target,
        defaults={"accepted": target.local and not target.locked, "uri": uri, **options},
    )
    if not created:
        if options:
            for name, value in options.items():
                setattr(follow, name, value)
            follow.save(update_fields=list(options))
        return follow
    if follow.accepted:
        _follow_started(follow)
    elif target.local:
        notification_create(recipient=target, actor=follower, kind=NotificationKind.FOLLOW_REQUEST)
    else:
        outbox.follow_send(follow=follow)
    return follow


def _follow_started(follow: Follow) -> None:
    _count_follow(follow, 1)
    notification_create(
        recipient=follow.target, actor=follow.follower, kind=NotificationKind.FOLLOW
    )
    transaction.on_commit(lambda: merge_followed.enqueue(follow.follower_id, follow.target_id))


def _count_follow(follow: Follow, delta: int) -> None:
    Account.objects.filter(pk=follow.follower_id).update(
        following_count=F("following_count") + delta
    )
    Account.objects.filter(pk=follow.target_id).update(followers_count=F("followers_count") + delta)


@transaction.atomic
def follow_delete(*, follower: Account, target: Account) -> None:
    """Stop following `target`, or withdraw the request."""
    follow = Follow.objects.select_for_update().filter(follower=follower, target=target).first()
    if follow is None:
        return
    if follow.accepted:
        _count_follow(follow, -1)
    else:
        _forget_request(follow)
    if not target.local and follower.local:
        outbox.follow_undo(follow=follow)
    follow.delete()
    # One features only the accounts one follows.
    Endorsement.objects.filter(account=follower, target=target).delete()
    timeline_forget(account=follower, target=target, boosts_of_target=False)


@transaction.atomic
def follower_remove(*, account: Account, follower: Account) -> None:
    """Make `follower` stop following `account`, at `account`'s wish."""
    follow = Follow.objects.filter(follower=follower, target=account, accepted=True).first()
    if follow is not None:
        if not follower.local:
            outbox.follow_answer(follow=follow, accepted=False)
        follow_delete(follower=follower, target=account)


@transaction.atomic
def follow_accept(*, target: Account, follower: Account) -> Follow:
    """Accept the follow request `follower` sent to the locked account `target`."""
    follow = Follow.objects.select_for_update().filter(follower=follower, target=target).first()
    if follow is None:
        raise ValidationError(_("This follow request was not found."), code="not_found")
    if not follow.accepted:
        follow.accepted = True
        follow.save(update_fields=["accepted"])
        _follow_started(follow)
        if not follower.local:
            outbox.follow_answer(follow=follow, accepted=True)
    return follow


@transaction.atomic
def follow_reject(*, target: Account, follower: Account) -> None:
    """Refuse the follow request `follower` sent to `target`."""
    follow = Follow.objects.filter(follower=follower, target=target, accepted=False).first()
    if follow is not None:
        _forget_request(follow)
        if not follower.local:
            outbox.follow_answer(follow=follow, accepted=False)
        follow.delete()


def _forget_request(follow: Follow) -> None:
    """Drop the notification of a request that no longer stands."""
    Notification.objects.filter(
        recipient_id=follow.target_id,
        actor_id=follow.follower_id,
        kind=NotificationKind.FOLLOW_REQUEST,
    ).delete()


@transaction.atomic
def block_create(*, account: Account, target: Account) -> Block:
    """Block `target`: both stop following each other, and neither sees the other."""
    if account.pk == target.pk:
        raise ValidationError(_("You cannot block yourself."), code="self")
    block, created = Block.objects.get_or_create(account=account, target=target)
    follow_delete(follower=account, target=target)
    follow_delete(follower=target, target=account)
    timeline_forget(account=account, target=target)
    timeline_forget(account=target, target=account)
    if created and account.local and not target.local:
        outbox.block_send(block=block)
    return block


@transaction.atomic
def block_delete(*, account: Account, target: Account) -> None:
    block = Block.objects.filter(account=account, target=target).first()
    if block is None:
        return
    if account.local and not target.local:
        outbox.block_undo(block=block)
    block.delete()


@transaction.atomic
def mute_create(
    *,
    account: Account,
    target: Account,
    notifications: bool = True,
    duration: timedelta | None = None,
) -> Mute:
    """Hide `target`'s posts (and, by default, notifications) from `account`, for
    `duration` or for good; muting again replaces the mute."""
    if account.pk == target.pk:
        raise ValidationError(_("You cannot mute yourself."), code="self")
    if duration is not None and duration <= timedelta(0):
        duration = None  # Mastodon's 0: indefinitely
    expires_at = timezone.now() + duration if duration is not None else None
    # An expired mute is still a row: it is replaced, not duplicated.
    mute, _created = Mute.all_objects.update_or_create(
        account=account,
        target=target,
        defaults={"notifications": notifications, "expires_at": expires_at},
    )
    timeline_forget(account=account, target=target)
    return mute


@transaction.atomic
def mute_delete(*, account: Account, target: Account) -> None:
    Mute.all_objects.filter(account=account, target=target).delete()


@transaction.atomic
def endorsement_create(*, account: Account, target: Account) -> Endorsement:
    """Feature `target`, an account `account` follows, on `account`'s profile; featuring
    twice changes nothing."""
    if not Follow.objects.filter(follower=account, target=target, accepted=True).exists():
        raise ValidationError(
            _("You must be already following the person you want to endorse."),
            code="not_following",
        )
    endorsement, _created = Endorsement.objects.get_or_create(account=account, target=target)
    return endorsement


@transaction.atomic
def endorsement_delete(*, account: Account, target: Account) -> None:
    Endorsement.objects.filter(account=account, target=target).delete()


@transaction.atomic
def account_note_set(*, account: Account, target: Account, comment: str) -> None:
    """Keep `comment` as `account`'s private note on `target`; an empty one removes it."""
    comment = comment.strip()
    if len(comment) > MAX_NOTE_LENGTH:
        raise ValidationError(
            _("A note is at most %(limit)d characters long.") % {"limit": MAX_NOTE_LENGTH},
            code="too_long",
        )
    if is_blank(comment):
        AccountNote.objects.filter(account=account, target=target).delete()
        return
    AccountNote.objects.update_or_create(
        account=account, target=target, defaults={"comment": comment}
    )


@transaction.atomic
def suggestion_dismiss(*, account: Account, target: Account) -> None:
    """Never suggest `target` to `account` again."""
    SuggestionDismissal.objects.get_or_create(account=account, target=target)


@transaction.atomic
def account_register(
    *,
    username: str,
    email: str,
    password: str,
    display_name: str = "",
    language: str = "ar",
) -> Account:
    """Sign a person up as HUDHUD_REGISTRATIONS allows: refuse when sign-ups are closed, and
    when they need approval keep the user inactive until a moderator approves the account."""
    if settings.REGISTRATIONS == "closed":
        raise PermissionDenied(_("New accounts cannot be created on this server."))
    account = account_create(
        username=username,
        email=email,
        password=password,
        display_name=display_name,
        language=language,
    )
    if settings.REGISTRATIONS == "approval" and account.user is not None:
        account.user.is_active = False
        account.user.save(update_fields=["is_active"])
    return account


@transaction.atomic
def account_approve(*, account: Account) -> Account:
    """Let a local account that waits for approval sign in; a suspended one stays out."""
    if account.suspended or account.user is None:
        raise ValidationError(_("This account does not wait for approval."), code="approve")
    account.user.is_active = True
    account.user.save(update_fields=["is_active"])
    return account
