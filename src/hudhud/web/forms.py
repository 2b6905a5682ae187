"""Forms that parse what the web UI sends; the services decide what is allowed."""

import re
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from hudhud.accounts.models import AccountKind, Calendar, Digits
from hudhud.accounts.services import MAX_PROFILE_FIELDS, MAX_SPECIALTIES
from hudhud.coach.models import EntryRule
from hudhud.coach.services import MAX_WINNERS
from hudhud.community.models import HelpCategory, HelpKind, Sector, Stage, Urgency
from hudhud.moderation.models import ReportCategory
from hudhud.posts.models import Visibility


class SignUpForm(forms.Form):
    username = forms.CharField(label=_("Username"), max_length=30)
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, max_length=128)
    display_name = forms.CharField(label=_("Display name"), max_length=100, required=False)


class LoginForm(forms.Form):
    login = forms.CharField(label=_("E-mail or username"), max_length=254)
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, max_length=128)


class ComposeForm(forms.Form):
    text = forms.CharField(
        label=_("What is happening?"), required=False, max_length=20_000, widget=forms.Textarea
    )
    spoiler_text = forms.CharField(label=_("Content warning"), required=False, max_length=500)
    visibility = forms.ChoiceField(
        label=_("Who can see it"), choices=Visibility.choices, initial=Visibility.PUBLIC
    )
    in_reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput)
    quote_of = forms.IntegerField(required=False, widget=forms.HiddenInput)


class EditPostForm(forms.Form):
    text = forms.CharField(
        label=_("Text"), required=False, max_length=20_000, widget=forms.Textarea
    )
    spoiler_text = forms.CharField(label=_("Content warning"), required=False, max_length=500)


class ProfileForm(forms.Form):
    display_name = forms.CharField(label=_("Display name"), max_length=200, required=False)
    bio = forms.CharField(label=_("Bio"), widget=forms.Textarea, required=False, max_length=5000)
    kind = forms.ChoiceField(label=_("Kind of account"), choices=AccountKind.choices)
    open_to_offers = forms.BooleanField(label=_("Open to job offers"), required=False)
    focus_public = forms.BooleanField(
        label=_("Show on my profile what my posts focus on"), required=False
    )
    locked = forms.BooleanField(label=_("Approve followers by hand"), required=False)
    bot = forms.BooleanField(label=_("This is an automated account"), required=False)
    avatar = forms.FileField(label=_("Avatar"), required=False)
    header = forms.FileField(label=_("Header image"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for i in range(MAX_SPECIALTIES):
            self.fields[f"specialty_{i}"] = forms.CharField(
                label=_("Specialty"), max_length=500, required=False
            )
            self.fields[f"keywords_{i}"] = forms.CharField(
                label=_("Its keywords, separated by commas"), max_length=1000, required=False
            )
        for i in range(MAX_PROFILE_FIELDS):
            self.fields[f"field_name_{i}"] = forms.CharField(
                label=_("Label"), max_length=500, required=False
            )
            self.fields[f"field_value_{i}"] = forms.CharField(
                label=_("Content"), max_length=500, required=False
            )

    def specialties(self) -> list[tuple[str, list[str]]]:
        """Return each specialty the person named, with its keywords."""
        data = self.cleaned_data
        return [
            (data[f"specialty_{i}"], re.split(r"[,،]", data[f"keywords_{i}"]))
            for i in range(MAX_SPECIALTIES)
        ]

    def profile_fields(self) -> list[tuple[str, str]]:
        """Return the label and content pairs the person filled in."""
        data = self.cleaned_data
        return [
            (data[f"field_name_{i}"], data[f"field_value_{i}"]) for i in range(MAX_PROFILE_FIELDS)
        ]


class GiveawayForm(forms.Form):
    rule = forms.ChoiceField(label=_("To enter"), choices=EntryRule.choices)
    # A local time, read in the server's zone (HUDHUD_TIME_ZONE).
    deadline = forms.DateTimeField(
        label=_("Deadline"), widget=forms.DateTimeInput(attrs={"type": "datetime-local", "step": 1})
    )
    winners = forms.IntegerField(label=_("Winners"), min_value=1, max_value=MAX_WINNERS, initial=1)
    min_account_age_days = forms.IntegerField(
        label=_("Minimum account age (days)"), min_value=0, max_value=3650, required=False
    )


class JobOfferForm(forms.Form):
    title = forms.CharField(label=_("Job title"), max_length=1000)
    description = forms.CharField(label=_("Description"), widget=forms.Textarea, max_length=20_000)
    how_to_reply = forms.CharField(label=_("How to reply"), max_length=5000)


class HelpForm(forms.Form):
    kind = forms.ChoiceField(label=_("Request or offer"), choices=HelpKind.choices)
    category = forms.ChoiceField(label=_("Category"), choices=HelpCategory.choices)
    city = forms.CharField(label=_("City"), max_length=60)
    urgency = forms.ChoiceField(label=_("Urgency"), choices=Urgency.choices)
    details = forms.CharField(
        label=_("Details"), widget=forms.Textarea(attrs={"rows": 3}), max_length=400
    )
    expires_at = forms.DateTimeField(
        label=_("Until (optional)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )


class HelpAnswerForm(forms.Form):
    message = forms.CharField(label=_("Your message"), max_length=500)
    contact = forms.CharField(label=_("How to reach you"), max_length=200)
    via = forms.IntegerField(required=False, widget=forms.HiddenInput)


class SessionForm(forms.Form):
    initiative = forms.CharField(label=_("Initiative"), max_length=200, required=False)
    title = forms.CharField(label=_("Title"), max_length=200)
    venue = forms.CharField(label=_("Venue"), max_length=200)
    starts_at = forms.DateTimeField(
        label=_("Starts"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    ends_at = forms.DateTimeField(
        label=_("Ends"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    hashtag = forms.CharField(label=_("Hashtag"), max_length=100)
    moderator = forms.CharField(label=_("Moderator (username)"), max_length=64, required=False)
    speakers_text = forms.CharField(
        label=_("Speakers, one a line: name | talk title"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        required=False,
    )

    def speakers(self) -> list[tuple[str, str]]:
        """Return each speaker's name and talk title, in the order written."""
        lines = self.cleaned_data["speakers_text"].splitlines()
        return [
            (name.strip(), title.strip())
            for name, _bar, title in (line.partition("|") for line in lines if line.strip())
        ]


class StartupForm(forms.Form):
    sector = forms.ChoiceField(label=_("Sector"), choices=Sector.choices)
    stage = forms.ChoiceField(label=_("Stage"), choices=Stage.choices)
    founded_on = forms.DateField(
        label=_("Founded on"), widget=forms.DateInput(attrs={"type": "date"})
    )
    website = forms.URLField(
        label=_("Website"), max_length=300, required=False, assume_scheme="https"
    )


class PreferencesForm(forms.Form):
    calendar = forms.ChoiceField(label=_("Calendar"), choices=Calendar.choices)
    digits = forms.ChoiceField(label=_("Digits"), choices=Digits.choices)
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)


class ReportForm(forms.Form):
    category = forms.ChoiceField(label=_("Reason"), choices=ReportCategory.choices)
    comment = forms.CharField(
        label=_("Anything the moderators should know"),
        required=False,
        max_length=5000,
        widget=forms.Textarea,
    )
    post = forms.IntegerField(required=False, widget=forms.HiddenInput)
