"""Instance (v1 and v2), Rule, activity, extended description, announcements, languages
(docs.joinmastodon.org/entities/Instance, V1_Instance, Rule, ExtendedDescription,
Announcement)."""

from datetime import datetime
from typing import Any

from django.conf import settings
from django.templatetags.static import static

from hudhud.accounts.models import Account as AccountModel
from hudhud.api.schemas import Entity
from hudhud.api.schemas.accounts import Account, absolute, account
from hudhud.api.usage import ServerUsage, WeekActivity
from hudhud.api.version import API_VERSIONS, MASTODON_VERSION
from hudhud.arabic.length import MAX_POST_LENGTH, URL_LENGTH
from hudhud.posts import polls
from hudhud.posts.images import ACCEPTED_FORMATS
from hudhud.posts.services import MAX_DESCRIPTION_LENGTH, MAX_MEDIA, MAX_PINS

#: Mastodon's limit of featured hashtags, which Hudhud has no model of yet.
MAX_FEATURED_TAGS = 10


class Rule(Entity):
    id: str
    text: str
    hint: str


class StatusesConfiguration(Entity):
    max_characters: int
    max_media_attachments: int
    characters_reserved_per_url: int


class MediaConfiguration(Entity):
    supported_mime_types: list[str]
    description_limit: int
    image_size_limit: int
    image_matrix_limit: int
    #: Hudhud takes images only: no video is accepted, so every video limit is 0.
    video_size_limit: int
    video_frame_rate_limit: int
    video_matrix_limit: int


class PollsConfiguration(Entity):
    max_options: int
    max_characters_per_option: int
    min_expiration: int
    max_expiration: int


class AccountsConfiguration(Entity):
    max_featured_tags: int
    max_pinned_statuses: int


class V1Configuration(Entity):
    accounts: AccountsConfiguration
    statuses: StatusesConfiguration
    media_attachments: MediaConfiguration
    polls: PollsConfiguration


class V1Urls(Entity):
    streaming_api: str


class V1Stats(Entity):
    user_count: int
    status_count: int
    domain_count: int


class V1Instance(Entity):
    uri: str
    title: str
    short_description: str
    description: str
    email: str
    version: str
    urls: V1Urls
    stats: V1Stats
    thumbnail: str | None
    languages: list[str]
    registrations: bool
    approval_required: bool
    invites_enabled: bool
    configuration: V1Configuration
    contact_account: Account | None
    rules: list[Rule]


class Urls(Entity):
    streaming: str
    status: str | None


class Vapid(Entity):
    public_key: str


class Translation(Entity):
    enabled: bool


class Configuration(V1Configuration):
    urls: Urls
    vapid: Vapid
    translation: Translation


class UsageUsers(Entity):
    active_month: int


class Usage(Entity):
    users: UsageUsers


class Thumbnail(Entity):
    url: str
    blurhash: str | None = None
    versions: dict[str, str] | None = None


class Icon(Entity):
    src: str
    size: str


class Registrations(Entity):
    enabled: bool
    approval_required: bool
    message: str | None
    url: str | None


class Contact(Entity):
    email: str
    account: Account | None


class Instance(Entity):
    domain: str
    title: str
    version: str
    source_url: str
    description: str
    usage: Usage
    thumbnail: Thumbnail
    icon: list[Icon]
    languages: list[str]
    configuration: Configuration
    registrations: Registrations
    api_versions: dict[str, int]
    contact: Contact
    rules: list[Rule]


class Activity(Entity):
    """A week of the server's activity; Mastodon sends every number as a string."""

    week: str
    statuses: str
    logins: str
    registrations: str


class ExtendedDescription(Entity):
    updated_at: datetime
    content: str


class Language(Entity):
    code: str
    name: str


class Announcement(Entity):
    id: str
    content: str
    starts_at: datetime | None
    ends_at: datetime | None
    all_day: bool
    published_at: datetime
    updated_at: datetime
    read: bool
    mentions: list[dict[str, Any]]
    statuses: list[dict[str, Any]]
    tags: list[dict[str, Any]]
    emojis: list[dict[str, Any]]
    reactions: list[dict[str, Any]]


def rules() -> list[Rule]:
    """Return the server's rules, numbered from 1."""
    return [
        Rule(id=str(number), text=text, hint="")
        for number, text in enumerate(settings.INSTANCE_RULES, start=1)
    ]


def _thumbnail_url() -> str:
    return absolute(static("web/header.png"))


def _v1_configuration() -> V1Configuration:
    return V1Configuration(
        accounts=AccountsConfiguration(
            max_featured_tags=MAX_FEATURED_TAGS, max_pinned_statuses=MAX_PINS
        ),
        statuses=StatusesConfiguration(
            max_characters=MAX_POST_LENGTH,
            max_media_attachments=MAX_MEDIA,
            characters_reserved_per_url=URL_LENGTH,
        ),
        media_attachments=MediaConfiguration(
            supported_mime_types=sorted(f"image/{name.lower()}" for name in ACCEPTED_FORMATS),
            description_limit=MAX_DESCRIPTION_LENGTH,
            image_size_limit=settings.MAX_UPLOAD_BYTES,
            image_matrix_limit=settings.MAX_IMAGE_PIXELS,
            video_size_limit=0,
            video_frame_rate_limit=0,
            video_matrix_limit=0,
        ),
        polls=PollsConfiguration(
            max_options=polls.MAX_OPTIONS,
            max_characters_per_option=polls.MAX_OPTION_LENGTH,
            min_expiration=polls.MIN_EXPIRATION,
            max_expiration=polls.MAX_EXPIRATION,
        ),
    )


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def v1_instance(usage: ServerUsage, contact: AccountModel | None) -> V1Instance:
    """Return the v1 Instance: the server, its limits and its size in `usage`."""
    mode = settings.REGISTRATIONS
    return V1Instance(
        uri=settings.DOMAIN,
        title=settings.INSTANCE_TITLE,
        short_description=settings.INSTANCE_DESCRIPTION,
        description=settings.INSTANCE_DESCRIPTION,
        email=settings.CONTACT_EMAIL,
        version=MASTODON_VERSION,
        urls=V1Urls(streaming_api=settings.STREAMING_URL),
        stats=V1Stats(
            user_count=usage.users, status_count=usage.local_posts, domain_count=usage.domains
        ),
        thumbnail=_thumbnail_url(),
        languages=_languages(),
        registrations=mode != "closed",
        approval_required=mode == "approval",
        invites_enabled=False,
        configuration=_v1_configuration(),
        contact_account=account(contact) if contact is not None else None,
        rules=rules(),
    )


def instance(usage: ServerUsage, contact: AccountModel | None) -> Instance:
    """Return the v2 Instance: the server, its limits and its users active this month."""
    mode = settings.REGISTRATIONS
    return Instance(
        domain=settings.DOMAIN,
        title=settings.INSTANCE_TITLE,
        version=MASTODON_VERSION,
        source_url=settings.SOURCE_URL,
        description=settings.INSTANCE_DESCRIPTION,
        usage=Usage(users=UsageUsers(active_month=usage.active_month)),
        thumbnail=Thumbnail(url=_thumbnail_url()),
        icon=[],
        languages=_languages(),
        configuration=Configuration(
            **_v1_configuration().model_dump(),
            urls=Urls(streaming=settings.STREAMING_URL, status=None),
            vapid=Vapid(public_key=getattr(settings, "VAPID_PUBLIC_KEY", "")),
            translation=Translation(enabled=False),
        ),
        registrations=Registrations(
            enabled=mode != "closed", approval_required=mode == "approval", message=None, url=None
        ),
        api_versions=API_VERSIONS,
        contact=Contact(
            email=settings.CONTACT_EMAIL,
            account=account(contact) if contact is not None else None,
        ),
        rules=rules(),
    )


def activity(weeks: list[WeekActivity]) -> list[Activity]:
    return [
        Activity(
            week=str(int(week.week.timestamp())),
            statuses=str(week.posts),
            logins=str(week.logins),
            registrations=str(week.registrations),
        )
        for week in weeks
    ]
