"""Account, its profile fields and source, Relationship, FamiliarFollowers and Suggestion."""

import functools
from datetime import date, datetime

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import escape

from hudhud.accounts.models import Account as AccountModel
from hudhud.accounts.selectors import Relationship as RelationshipData
from hudhud.accounts.selectors import Suggestion as SuggestionData
from hudhud.api.schemas import Entity


class CustomEmoji(Entity):
    shortcode: str
    url: str
    static_url: str
    visible_in_picker: bool
    category: str | None = None


class Field(Entity):
    name: str
    value: str
    verified_at: datetime | None = None


class Account(Entity):
    id: str
    username: str
    acct: str
    url: str
    uri: str
    display_name: str
    note: str
    avatar: str
    avatar_static: str
    header: str
    header_static: str
    locked: bool
    fields: list[Field]
    emojis: list[CustomEmoji]
    bot: bool
    group: bool
    discoverable: bool | None
    indexable: bool
    hide_collections: bool
    noindex: bool
    suspended: bool
    limited: bool
    created_at: datetime
    last_status_at: date | None
    statuses_count: int
    followers_count: int
    following_count: int
    roles: list[dict[str, str]]
    #: Hudhud: the account's specialties, most important first; whether it welcomes job
    #: offers; its kind (person, business, startup, organisation).
    specialties: list[str]
    open_to_offers: bool
    kind: str


class Source(Entity):
    note: str
    fields: list[Field]
    privacy: str
    sensitive: bool
    language: str
    follow_requests_count: int
    hide_collections: bool
    discoverable: bool
    indexable: bool


class CredentialAccount(Account):
    source: Source


class MutedAccount(Account):
    """An Account in the caller's list of mutes."""

    mute_expires_at: datetime | None


class Relationship(Entity):
    id: str
    following: bool
    showing_reblogs: bool
    notifying: bool
    languages: list[str] | None
    followed_by: bool
    blocking: bool
    blocked_by: bool
    muting: bool
    muting_notifications: bool
    requested: bool
    requested_by: bool
    domain_blocking: bool
    endorsed: bool
    note: str


class FamiliarFollowers(Entity):
    id: str
    accounts: list[Account]


class Suggestion(Entity):
    source: str
    sources: list[str]
    account: Account


def absolute(path: str) -> str:
    """Return `path` (a URL on this server, or already absolute) as an absolute URL."""
    return path if "://" in path else settings.BASE_URL + path


def _fields(account: AccountModel) -> list[Field]:
    return [Field(name=item["name"], value=escape(item["value"])) for item in account.fields]


# The default images' URLs, looked up once: static() costs a third of rendering a Status.
# The static files are stored under their own names (no manifest), so these never change.
_default_static = functools.cache(static)


def account(account: AccountModel) -> Account:
    """Return the Mastodon Account of `account`."""
    avatar = absolute(account.avatar.url if account.avatar else _default_static("web/avatar.png"))
    header = absolute(account.header.url if account.header else _default_static("web/header.png"))
    return Account(
        id=str(account.pk),
        username=account.username,
        acct=account.acct,
        url=account.url or account.uri,
        uri=account.uri,
        display_name=account.display_name,
        note=account.bio_html,
        avatar=avatar,
        avatar_static=avatar,
        header=header,
        header_static=header,
        locked=account.locked,
        fields=_fields(account),
        emojis=[],
        bot=account.bot,
        group=False,
        discoverable=account.discoverable,
        indexable=account.indexable,
        hide_collections=account.hide_collections,
        noindex=not account.indexable,
        suspended=account.suspended,
        limited=False,
        # Mastodon shows the day an account was made, not the moment.
        created_at=account.created_at.replace(hour=0, minute=0, second=0, microsecond=0),
        last_status_at=None,
        statuses_count=account.posts_count,
        followers_count=account.followers_count,
        following_count=account.following_count,
        roles=[],
        specialties=[item["name"] for item in account.specialties],
        open_to_offers=account.open_to_offers,
        kind=account.kind,
    )


def credential_account(me: AccountModel, *, follow_requests: int) -> CredentialAccount:
    """Return the signed-in caller's own Account, with the source of their profile."""
    user = me.user
    return CredentialAccount(
        **account(me).model_dump(),
        source=Source(
            note=me.bio,
            fields=[Field(name=item["name"], value=item["value"]) for item in me.fields],
            privacy=user.posting_privacy if user is not None else "public",
            sensitive=user.posting_sensitive if user is not None else False,
            language=user.posting_language if user is not None else "",
            follow_requests_count=follow_requests,
            hide_collections=me.hide_collections,
            discoverable=me.discoverable,
            indexable=me.indexable,
        ),
    )


def muted_account(target: AccountModel, expires_at: datetime | None) -> MutedAccount:
    return MutedAccount(**account(target).model_dump(), mute_expires_at=expires_at)


def relationship(target: AccountModel, found: RelationshipData) -> Relationship:
    """Return the Mastodon Relationship of the caller with `target`."""
    following_or_asked = found.following or found.requested
    return Relationship(
        id=str(target.pk),
        following=found.following,
        showing_reblogs=following_or_asked and found.showing_reblogs,
        notifying=following_or_asked and found.notifying,
        languages=list(found.languages) if found.languages is not None else None,
        followed_by=found.followed_by,
        blocking=found.blocking,
        blocked_by=found.blocked_by,
        muting=found.muting,
        muting_notifications=found.muting and found.muting_notifications,
        requested=found.requested,
        requested_by=found.requested_by,
        domain_blocking=found.domain_blocking,
        endorsed=found.endorsed,
        note=found.note,
    )


#: Mastodon's older `source` of a suggestion, for each of its `sources`.
_LEGACY_SOURCE = {
    "featured": "staff",
    "most_followed": "global",
    "most_interactions": "global",
}


def suggestion(found: SuggestionData) -> Suggestion:
    return Suggestion(
        source=_LEGACY_SOURCE.get(found.sources[0], "past_interactions"),
        sources=found.sources,
        account=account(found.account),
    )
