"""Posts (with boosts, quotes, replies and edits), hashtags, mentions, likes, bookmarks, media,
polls, pins, muted conversations and scheduled posts."""

from __future__ import annotations

from typing import ClassVar

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hudhud.accounts.models import Account, Block, Follow
from hudhud.ids import SnowflakeField

#: Code points a content warning's column holds (the rule of 500 counts graphemes).
SPOILER_COLUMN = 500


class Visibility(models.TextChoices):
    # The values are Mastodon's wire names, so the API passes them through.
    PUBLIC = "public", _("Public")
    UNLISTED = "unlisted", _("Unlisted")
    FOLLOWERS = "private", _("Followers only")
    DIRECT = "direct", _("Mentioned people only")


class Hashtag(models.Model):
    """One tag for every spelling: `key` is the normalised form, `name` the first spelling seen."""

    key = models.CharField(max_length=100, unique=True)
    name = models.CharField(max_length=100)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"#{self.name}"

    def most_used_spelling(self) -> str:
        """Return the spelling most posts use (the first one seen on a tie or before any)."""
        spellings = self.spellings.filter(uses__gt=0).order_by("-uses", "id")
        return spellings.values_list("spelling", flat=True).first() or self.name


class HashtagSpelling(models.Model):
    """A way `hashtag` is written, and how many posts are written with it now."""

    # Indexed by the unique (hashtag, spelling) constraint.
    hashtag = models.ForeignKey(
        Hashtag, on_delete=models.CASCADE, related_name="spellings", db_index=False
    )
    spelling = models.CharField(max_length=100)
    uses = models.PositiveIntegerField(default=0)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["hashtag", "spelling"], name="hashtag_spelling_once")
        ]

    def __str__(self) -> str:
        return f"#{self.spelling} ({self.uses})"


class HashtagFollow(models.Model):
    """`account` sees the public posts with `hashtag` on its home timeline."""

    # Indexed by the unique (account, hashtag) constraint; fan-out looks up by hashtag.
    account = models.ForeignKey(
        Account, on_delete=models.CASCADE, related_name="followed_hashtags", db_index=False
    )
    hashtag = models.ForeignKey(Hashtag, on_delete=models.CASCADE, related_name="followers")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["account", "hashtag"], name="hashtag_follow_once")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} → #{self.hashtag_id}"


class PostQuerySet(models.QuerySet["Post"]):
    def revised(self) -> int:
        """Count a change of what these posts show besides their counts (`Post.revision`)."""
        return self.update(revision=models.F("revision") + 1)

    def visible_to(self, viewer: Account | None) -> PostQuerySet:
        """Keep the posts `viewer` may read (anyone's public and unlisted posts when None)."""
        open_to_all = models.Q(visibility__in=[Visibility.PUBLIC, Visibility.UNLISTED])
        if viewer is None:
            return self.filter(open_to_all, author__suspended=False).exclude(
                boost_of__author__suspended=True
            )
        followed = models.Q(
            visibility=Visibility.FOLLOWERS,
            author__in=Follow.objects.filter(follower=viewer, accepted=True).values("target"),
        )
        mentioned = models.Q(pk__in=Mention.objects.filter(account=viewer).values("post"))
        blockers = Block.objects.filter(target=viewer).values("account")
        return (
            self.filter(
                open_to_all | models.Q(author=viewer) | followed | mentioned,
                author__suspended=False,
            )
            .exclude(author__in=blockers)
            .exclude(boost_of__author__in=blockers)
            .exclude(boost_of__author__suspended=True)
        )


class Post(models.Model):
    """A post, local or remote; a boost is a post whose `boost_of` is set and has no text."""

    id = SnowflakeField()
    # Indexed by post_author_recent (author, -id), which profiles page through.
    author = models.ForeignKey(
        Account, on_delete=models.CASCADE, related_name="posts", db_index=False
    )
    local = models.BooleanField(default=True)
    uri = models.URLField(max_length=500, unique=True)
    url = models.URLField(max_length=500, blank=True, default="")

    text = models.TextField(blank=True, default="")
    content = models.TextField(blank=True, default="")
    spoiler_text = models.CharField(max_length=SPOILER_COLUMN, blank=True, default="")
    sensitive = models.BooleanField(default=False)
    language = models.CharField(max_length=16, blank=True, default="")
    visibility = models.CharField(
        max_length=8, choices=Visibility.choices, default=Visibility.PUBLIC
    )

    in_reply_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    in_reply_to_account = models.ForeignKey(
        Account, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    boost_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="boosts"
    )
    quote_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    # The first post of the thread a reply belongs to (None for a post that starts one): what
    # muting a conversation mutes. A plain ID, so that deleting a root touches no other row.
    root_id = models.BigIntegerField(null=True, blank=True)

    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)

    replies_count = models.PositiveIntegerField(default=0)
    boosts_count = models.PositiveIntegerField(default=0)
    likes_count = models.PositiveIntegerField(default=0)
    #: Counts every change of what the post shows besides its counts (an edit, an image's
    #: description, its poll's votes), so that a Status made of it once can be kept.
    revision = models.PositiveIntegerField(default=0)

    hashtags = models.ManyToManyField(Hashtag, blank=True, related_name="posts")
    mentions = models.ManyToManyField(
        Account, through="Mention", blank=True, related_name="mentioned_in"
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["author", "boost_of"],
                condition=models.Q(boost_of__isnull=False),
                name="boost_once",
            )
        ]
        indexes: ClassVar = [
            models.Index(fields=["author", "-id"], name="post_author_recent"),
            models.Index(
                fields=["-id"],
                condition=models.Q(visibility="public", boost_of__isnull=True),
                name="post_public_recent",
            ),
            models.Index(
                fields=["-id"],
                condition=models.Q(visibility="public", boost_of__isnull=True, local=True),
                name="post_local_recent",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.author}: {self.text[:40]}"

    @property
    def is_boost(self) -> bool:
        return self.boost_of_id is not None

    @property
    def thread_root_id(self) -> int:
        """Return the ID of the first post of this post's thread (its own when it starts one)."""
        return self.root_id or self.pk


class Mention(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE)
    account = models.ForeignKey(Account, on_delete=models.CASCADE)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["post", "account"], name="mention_once")
        ]

    def __str__(self) -> str:
        return f"{self.post_id} @{self.account_id}"


class PostEdit(models.Model):
    """A version of a post before an edit, oldest first: the edit history."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="edits")
    text = models.TextField()
    content = models.TextField()
    spoiler_text = models.CharField(max_length=SPOILER_COLUMN, blank=True, default="")
    sensitive = models.BooleanField(default=False)
    # The IDs of the images the version showed, and its poll's options (None: no poll).
    media_ids = models.JSONField(default=list, blank=True)
    poll_options = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ("created_at", "id")

    def __str__(self) -> str:
        return f"{self.post_id} @ {self.created_at}"


class Like(models.Model):
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="likes")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="likes")
    uri = models.URLField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["account", "post"], name="like_once")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} ♥ {self.post_id}"


class Bookmark(models.Model):
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="bookmarks")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="bookmarks")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["account", "post"], name="bookmark_once")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} 🔖 {self.post_id}"


class Media(models.Model):
    """An uploaded image: the file without EXIF, a thumbnail, its alt text and blurhash."""

    id = SnowflakeField()
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="media")
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="media"
    )
    file = models.ImageField(upload_to="media/", blank=True, default="")
    thumbnail = models.ImageField(upload_to="media/thumbs/", blank=True, default="")
    remote_url = models.URLField(max_length=500, blank=True, default="")
    mime_type = models.CharField(max_length=64, default="image/jpeg")
    description = models.TextField(blank=True, default="")
    blurhash = models.CharField(max_length=64, blank=True, default="")
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    # The focal point kept in view when the image is cropped: -1.0 (left, bottom) to 1.0.
    focus_x = models.FloatField(default=0.0)
    focus_y = models.FloatField(default=0.0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("id",)

    def __str__(self) -> str:
        return f"{self.mime_type} {self.pk}"


class Poll(models.Model):
    """The poll of a post: its options and how many chose each, until `expires_at`."""

    id = SnowflakeField()
    post = models.OneToOneField(Post, on_delete=models.CASCADE, related_name="poll")
    options = models.JSONField()  # the titles, in order
    option_votes = models.JSONField()  # how many chose each option, in the same order
    multiple = models.BooleanField(default=False)
    hide_totals = models.BooleanField(default=False)
    expires_at = models.DateTimeField()
    votes_count = models.PositiveIntegerField(default=0)
    voters_count = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.post_id}: {' / '.join(self.options)}"

    @property
    def expired(self) -> bool:
        return self.expires_at <= timezone.now()


class PollVote(models.Model):
    """One choice of `account` in `poll`; a multiple-choice vote is several rows."""

    # Indexed by the unique (poll, account, choice) constraint.
    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="votes", db_index=False)
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="poll_votes")
    choice = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["poll", "account", "choice"], name="poll_choice_once")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} → {self.poll_id}[{self.choice}]"


class Pin(models.Model):
    """A post its author features at the top of their profile."""

    # Indexed by the unique (account, post) constraint.
    account = models.ForeignKey(
        Account, on_delete=models.CASCADE, related_name="pins", db_index=False
    )
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["account", "post"], name="pin_once")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} 📌 {self.post_id}"


class ConversationMute(models.Model):
    """`account` is not notified of the thread that starts with the post `root_id`."""

    # Indexed by the unique (account, root_id) constraint.
    account = models.ForeignKey(
        Account, on_delete=models.CASCADE, related_name="muted_conversations", db_index=False
    )
    root_id = models.BigIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["account", "root_id"], name="conversation_mute_once")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} 🔇 {self.root_id}"


class ScheduledPost(models.Model):
    """A post to publish at `scheduled_at`, with what `post_create` will be given then."""

    id = SnowflakeField()
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="scheduled_posts")
    scheduled_at = models.DateTimeField()
    # text, visibility, spoiler_text, sensitive, language, in_reply_to_id, quote_id,
    # media_ids and poll ({options, expires_in, multiple, hide_totals} or None)
    params = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.account_id} @ {self.scheduled_at}"
