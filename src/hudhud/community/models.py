"""Volunteering (help requests and offers with their structure, the answers of those who
can help, who follows which city or category) and awareness sessions with their agenda
and questions."""

from typing import ClassVar

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hudhud.accounts.models import Account
from hudhud.ids import SnowflakeField
from hudhud.posts.models import Post


class HelpKind(models.TextChoices):
    REQUEST = "request", _("Help request")
    OFFER = "offer", _("Help offer")


class HelpCategory(models.TextChoices):
    """The board's categories; the coach's help check guesses the same ones."""

    BLOOD = "blood", _("Blood donation")
    LOST_FOUND = "lost_found", _("Lost and found")
    FOOD = "food", _("Food and household")
    TUTORING = "tutoring", _("Tutoring")
    MEDICAL_EQUIPMENT = "medical_equipment", _("Medical equipment")
    TRANSPORT = "transport", _("Transport")
    OTHER = "other", _("Other")


class Urgency(models.TextChoices):
    NORMAL = "normal", _("Normal")
    URGENT = "urgent", _("Urgent")
    CRITICAL = "critical", _("Critical")


class HelpStatus(models.TextChoices):
    OPEN = "open", _("Open")
    BEING_HELPED = "being_helped", _("Being helped")
    FULFILLED = "fulfilled", _("Fulfilled")
    EXPIRED = "expired", _("Expired")
    WITHDRAWN = "withdrawn", _("Withdrawn")


#: The statuses of a request or offer that the board shows.
ON_THE_BOARD = (HelpStatus.OPEN, HelpStatus.BEING_HELPED)


class Help(models.Model):
    """The structure of a post that asks for help or offers it; the post itself is an
    ordinary one, with a summary in its text, so that it federates and shows in any app."""

    post = models.OneToOneField(Post, on_delete=models.CASCADE, related_name="help")
    kind = models.CharField(max_length=8, choices=HelpKind.choices)
    category = models.CharField(max_length=20, choices=HelpCategory.choices)
    city = models.CharField(max_length=60)
    #: The city folded (`hudhud.arabic.normalise`): «الرياض» and «الرياض» are one city.
    city_key = models.CharField(max_length=60)
    urgency = models.CharField(max_length=8, choices=Urgency.choices, default=Urgency.NORMAL)
    status = models.CharField(max_length=12, choices=HelpStatus.choices, default=HelpStatus.OPEN)
    expires_at = models.DateTimeField(null=True, blank=True)
    #: When its author was reminded that it expires soon.
    reminded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes: ClassVar = [models.Index(fields=["status", "city_key", "category"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.category} in {self.city}: {self.status}"


class HelpAnswer(models.Model):
    """ "I can help": a helper's private answer to a request; only the requester and the
    helper see it. `boost` is the boost the helper came through, if any: its author pointed
    to the good and is credited for it once the request is fulfilled."""

    help = models.ForeignKey(Help, on_delete=models.CASCADE, related_name="answers")
    helper = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="help_answers")
    message = models.CharField(max_length=500)
    contact = models.CharField(max_length=200)
    boost = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    #: Marked by the requester: this helper is the one who helps.
    helped = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["help", "helper"], name="help_answer_once")
        ]

    def __str__(self) -> str:
        return f"{self.helper_id} → {self.help_id}"


class HelpFollow(models.Model):
    """`account` is told of new requests in `city_key`, or of `category`, or both together."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="help_follows")
    city = models.CharField(max_length=60, blank=True, default="")
    city_key = models.CharField(max_length=60, blank=True, default="")
    category = models.CharField(max_length=20, choices=HelpCategory.choices, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["account", "city_key", "category"], name="help_follow_once"
            ),
            models.CheckConstraint(
                condition=~models.Q(city_key="", category=""), name="help_follow_something"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.account_id} follows {self.city_key or '*'} / {self.category or '*'}"


class Session(models.Model):
    """An awareness session (لقاء): an organisation's public meeting with its agenda, its
    hashtag and its live questions; closed, it is an archive."""

    id = SnowflakeField()
    organiser = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="sessions")
    #: The initiative it belongs to, e.g. «مبادرة نشر الثقافة والمعرفة الرقمية».
    initiative = models.CharField(max_length=200, blank=True, default="")
    title = models.CharField(max_length=200)
    venue = models.CharField(max_length=200)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    moderator = models.ForeignKey(
        Account, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    #: The hashtag as written, without `#`; its posts are the session's live stream.
    hashtag = models.CharField(max_length=100)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="session_ends_later"
            )
        ]

    def __str__(self) -> str:
        return self.title


class Speaker(models.Model):
    """A speaker of a session, in the agenda's order, with the title of their talk."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="speakers")
    position = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=100)
    talk_title = models.CharField(max_length=300)
    account = models.ForeignKey(
        Account, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ("position",)

    def __str__(self) -> str:
        return f"{self.name}: {self.talk_title}"


class Question(models.Model):
    """A question an attendee asks in a session; the moderator or a speaker marks it
    answered, pins it or hides it."""

    id = SnowflakeField()
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="questions")
    author = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(max_length=1200)
    votes_count = models.PositiveIntegerField(default=0)
    answered = models.BooleanField(default=False)
    pinned = models.BooleanField(default=False)
    hidden = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.text[:40]


class QuestionVote(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="votes")
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["question", "account"], name="question_vote_once")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} ↑ {self.question_id}"


class Attendance(models.Model):
    """ "I will attend": an account that means to come to a session, and is reminded of it
    before it starts."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendances")
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="+")
    reminded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["session", "account"], name="attend_once")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} → {self.session_id}"


class Sector(models.TextChoices):
    EDUCATION = "education", _("Education")
    HEALTH = "health", _("Health")
    FINTECH = "fintech", _("Finance")
    ECOMMERCE = "ecommerce", _("E-commerce")
    MEDIA = "media", _("Media and content")
    DATA = "data", _("Data and AI")
    SOCIAL = "social", _("Social impact")
    OTHER = "other", _("Other")


class Stage(models.TextChoices):
    IDEA = "idea", _("Idea")
    PROTOTYPE = "prototype", _("Prototype")
    LAUNCHED = "launched", _("Launched")
    GROWING = "growing", _("Growing")
    PROFITABLE = "profitable", _("Profitable")


class Startup(models.Model):
    """What a startup account shows in the showcase."""

    account = models.OneToOneField(Account, on_delete=models.CASCADE, related_name="startup")
    sector = models.CharField(max_length=12, choices=Sector.choices)
    stage = models.CharField(max_length=12, choices=Stage.choices)
    founded_on = models.DateField()
    website = models.URLField(max_length=300, blank=True, default="")

    def __str__(self) -> str:
        return f"{self.account_id}: {self.sector}, {self.stage}"


class Growth(models.Model):
    """One day of a startup account's growth, recorded by a daily task."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="growth")
    day = models.DateField()
    followers = models.PositiveIntegerField()
    posts = models.PositiveIntegerField()
    #: Likes, boosts and replies its posts of that day's last 30 days had, a post.
    engagement = models.FloatField()

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["account", "day"], name="growth_once_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} {self.day}: {self.followers}"
