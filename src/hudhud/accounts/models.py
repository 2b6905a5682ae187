"""Users who sign in here, and accounts (local and remote) that post, follow, block and mute."""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Upper
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hudhud.ids import SnowflakeField


class UserManager(BaseUserManager["User"]):
    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        user = self.model(email=self.normalize_email(email), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        return self.create_user(email, password, is_staff=True, is_superuser=True, **extra)


class Calendar(models.TextChoices):
    """The calendars a date is shown in."""

    GREGORIAN = "gregorian", _("Gregorian")
    HIJRI = "hijri", _("Hijri (Umm al-Qura)")
    BOTH = "both", _("Hijri and Gregorian")


class Digits(models.TextChoices):
    """The digits numbers are written with."""

    AUTO = "auto", _("As the language writes them")
    ARABIC = "arabic", _("Arabic-Indic (١٢٣)")
    WESTERN = "western", _("Western (123)")


class PostingPrivacy(models.TextChoices):
    """Who a new post reaches unless its author chooses otherwise (Mastodon's
    `source[privacy]`); direct messages are never a default."""

    PUBLIC = "public", _("Public")
    UNLISTED = "unlisted", _("Unlisted")
    PRIVATE = "private", _("Followers only")


class User(AbstractBaseUser, PermissionsMixin):  # type: ignore[django-manager-missing]
    """A person who signs in to this server; their public face is `account`."""

    email = models.EmailField(_("E-mail"), unique=True)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="ar")
    # Visitors see these defaults too: a Saudi audience reads both calendars.
    calendar = models.CharField(
        _("Calendar"), max_length=16, choices=Calendar.choices, default=Calendar.BOTH
    )
    digits = models.CharField(
        _("Digits"), max_length=16, choices=Digits.choices, default=Digits.AUTO
    )
    # What a new post starts with; clients read them from the account's `source`.
    posting_privacy = models.CharField(
        max_length=16, choices=PostingPrivacy.choices, default=PostingPrivacy.PUBLIC
    )
    posting_sensitive = models.BooleanField(default=False)
    posting_language = models.CharField(max_length=8, blank=True, default="")

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"

    def __str__(self) -> str:
        return self.email


class AccountKind(models.TextChoices):
    PERSON = "person", _("Person")
    BUSINESS = "business", _("Business")
    STARTUP = "startup", _("Startup")
    ORGANISATION = "organisation", _("Organisation")


class Account(models.Model):
    """A profile that posts: local (has a user) or remote (arrived through federation)."""

    id = SnowflakeField()
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE
    )
    local = models.BooleanField(default=True)
    username = models.CharField(max_length=64)
    domain = models.CharField(max_length=255, blank=True, default="")
    uri = models.URLField(max_length=500, unique=True)
    url = models.URLField(max_length=500, blank=True, default="")

    display_name = models.CharField(max_length=100, blank=True, default="")
    bio = models.TextField(blank=True, default="")
    bio_html = models.TextField(blank=True, default="")
    avatar = models.ImageField(upload_to="avatars/", blank=True, default="")
    header = models.ImageField(upload_to="headers/", blank=True, default="")
    #: Where a remote account's avatar and header come from (cached here as the two above).
    avatar_remote_url = models.URLField(max_length=500, blank=True, default="")
    header_remote_url = models.URLField(max_length=500, blank=True, default="")
    fields = models.JSONField(default=list, blank=True)
    #: Up to three specialties, most important first: `{"name": …, "keywords": […]}`.
    specialties = models.JSONField(default=list, blank=True)
    #: Whether the account welcomes job offers (the talent directory lists it).
    open_to_offers = models.BooleanField(default=False)
    #: Whether the profile shows everyone what its posts focus on.
    focus_public = models.BooleanField(default=False)
    kind = models.CharField(max_length=16, choices=AccountKind.choices, default=AccountKind.PERSON)
    locked = models.BooleanField(default=False)
    bot = models.BooleanField(default=False)
    discoverable = models.BooleanField(default=True)
    #: Whether others may search the account's public posts.
    indexable = models.BooleanField(default=True)
    #: Whether the account's followers and follows are hidden from others.
    hide_collections = models.BooleanField(default=False)
    suspended = models.BooleanField(default=False)
    #: Kept out of public timelines, and of the notifications of those who do not follow it
    #: (an account of a domain the server silenced).
    silenced = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    followers_count = models.PositiveIntegerField(default=0)
    following_count = models.PositiveIntegerField(default=0)
    posts_count = models.PositiveIntegerField(default=0)

    # Federation: where to deliver, and the key that signs and verifies.
    inbox_uri = models.URLField(max_length=500, blank=True, default="")
    shared_inbox_uri = models.URLField(max_length=500, blank=True, default="")
    public_key = models.TextField(blank=True, default="")
    private_key = models.TextField(blank=True, default="")

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(Upper("username"), "domain", name="account_unique_handle"),
            models.CheckConstraint(
                condition=models.Q(local=True, domain="")
                | models.Q(local=False) & ~models.Q(domain=""),
                name="account_local_has_no_domain",
            ),
        ]

    def __str__(self) -> str:
        return f"@{self.acct}"

    @property
    def acct(self) -> str:
        """Return the handle as Mastodon writes it: `user` here, `user@domain` elsewhere."""
        return self.username if self.local else f"{self.username}@{self.domain}"

    @property
    def name(self) -> str:
        return self.display_name or self.username

    @property
    def specialty(self) -> str:
        """Return the specialties' names as one line, for display and search."""
        return " · ".join(item["name"] for item in self.specialties)


class Follow(models.Model):
    """`follower` follows `target`; until `accepted`, it is a request to a locked account."""

    follower = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="following")
    target = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="followers")
    accepted = models.BooleanField(default=True)
    show_boosts = models.BooleanField(default=True)
    notify = models.BooleanField(default=False)
    #: The languages of `target`'s posts that `follower` wants; None: every language.
    languages = models.JSONField(null=True, blank=True, default=None)
    uri = models.URLField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["follower", "target"], name="follow_once"),
            models.CheckConstraint(
                condition=~models.Q(follower=models.F("target")), name="follow_not_self"
            ),
        ]
        indexes: ClassVar = [models.Index(fields=["target", "accepted"])]

    def __str__(self) -> str:
        return f"{self.follower} → {self.target}"


class Block(models.Model):
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="blocking")
    target = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="blocked_by")
    uri = models.URLField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["account", "target"], name="block_once")
        ]

    def __str__(self) -> str:
        return f"{self.account} ⊘ {self.target}"


class MuteManager(models.Manager["Mute"]):
    """The mutes in force: once a mute expires it is no mute, wherever mutes are read."""

    def get_queryset(self) -> models.QuerySet[Mute]:
        return (
            super()
            .get_queryset()
            .filter(models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=timezone.now()))
        )


class Mute(models.Model):
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="muting")
    target = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="muted_by")
    notifications = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)
    #: When the mute ends by itself; None: never.
    expires_at = models.DateTimeField(null=True, blank=True, default=None)

    objects: ClassVar[MuteManager] = MuteManager()
    #: Expired mutes too, for the writes that replace or delete them.
    all_objects: ClassVar[models.Manager[Mute]] = models.Manager()

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["account", "target"], name="mute_once")
        ]

    def __str__(self) -> str:
        return f"{self.account} 🔇 {self.target}"


class Endorsement(models.Model):
    """`account` features `target` on its profile (Mastodon's account pins)."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="endorsing")
    target = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="endorsed_by")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["account", "target"], name="endorsement_once")
        ]

    def __str__(self) -> str:
        return f"{self.account} ★ {self.target}"


class AccountNote(models.Model):
    """A private note `account` keeps about `target`; only `account` ever sees it."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="notes")
    target = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="+")
    comment = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["account", "target"], name="account_note_once")
        ]

    def __str__(self) -> str:
        return f"{self.account} ✎ {self.target}"


class SuggestionDismissal(models.Model):
    """`account` asked not to be suggested `target` to follow again."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="+")
    target = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["account", "target"], name="suggestion_dismissed_once")
        ]

    def __str__(self) -> str:
        return f"{self.account} ✕ {self.target}"
