"""Writes to filters: make, change and delete them, their keywords and their posts."""

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from hudhud.accounts.models import Account
from hudhud.arabic import is_blank
from hudhud.posts.models import Post
from hudhud.streaming.services import stream_filters_changed
from hudhud.timelines.models import Filter, FilterAction, FilterContext, FilterKeyword, FilterPost

MAX_TITLE_LENGTH = 256
MAX_KEYWORD_LENGTH = 512
# Mastodon 4.4 wrote `blur` as `blur_media` in its API documentation; both are understood.
_ACTION_ALIASES = {"blur_media": FilterAction.BLUR}


class Unchanged(enum.Enum):
    """The value of an argument that leaves a field as it is."""

    UNCHANGED = enum.auto()


UNCHANGED = Unchanged.UNCHANGED


@dataclass(frozen=True)
class KeywordChange:
    """One of `filter_update`'s `keywords_attributes`: a new keyword when `id` is None, else
    a change to the filter's keyword `id`, or its removal when `destroy`."""

    id: int | None = None
    keyword: str | None = None
    whole_word: bool | None = None
    destroy: bool = False


def _title(title: str) -> str:
    if is_blank(title):
        raise ValidationError(_("A filter needs a title."), code="title")
    title = title.strip()
    if len(title) > MAX_TITLE_LENGTH:
        raise ValidationError(
            _("A filter's title has at most %(limit)d characters.") % {"limit": MAX_TITLE_LENGTH},
            code="title",
        )
    return title


def _context(context: Sequence[str]) -> list[str]:
    if not context:
        raise ValidationError(_("A filter needs at least one context."), code="context")
    unknown = [value for value in context if value not in FilterContext.values]
    if unknown:
        raise ValidationError(
            _("Unknown filter context: %(values)s.") % {"values": ", ".join(unknown)},
            code="context",
        )
    return list(dict.fromkeys(context))


def _action(action: str) -> str:
    action = _ACTION_ALIASES.get(action, action)
    if action not in FilterAction.values:
        raise ValidationError(_("Unknown filter action."), code="filter_action")
    return action


def _keyword(keyword: str) -> str:
    if is_blank(keyword):
        raise ValidationError(_("A keyword cannot be blank."), code="keyword")
    keyword = keyword.strip()
    if len(keyword) > MAX_KEYWORD_LENGTH:
        raise ValidationError(
            _("A keyword has at most %(limit)d characters.") % {"limit": MAX_KEYWORD_LENGTH},
            code="keyword",
        )
    return keyword


@transaction.atomic
def filter_create(
    *,
    account: Account,
    title: str,
    context: Sequence[str],
    action: str = FilterAction.WARN,
    expires_at: datetime | None = None,
    keywords: Sequence[KeywordChange] = (),
) -> Filter:
    """Make a filter of `account`'s with `keywords` (those to destroy are left out)."""
    found = Filter.objects.create(
        account=account,
        title=_title(title),
        context=_context(context),
        action=_action(action),
        expires_at=expires_at,
    )
    _change_keywords(found, keywords)
    stream_filters_changed(account_id=account.pk)
    return found


@transaction.atomic
def filter_update(
    *,
    found: Filter,
    title: str | None = None,
    context: Sequence[str] | None = None,
    action: str | None = None,
    expires_at: datetime | Unchanged | None = UNCHANGED,
    keywords: Sequence[KeywordChange] = (),
) -> Filter:
    """Change what is given of `found`, and add, change or remove its keywords; a change
    to a keyword of another filter raises FilterKeyword.DoesNotExist."""
    if title is not None:
        found.title = _title(title)
    if context is not None:
        found.context = _context(context)
    if action is not None:
        found.action = _action(action)
    if expires_at is not UNCHANGED:
        found.expires_at = expires_at
    found.save(update_fields=["title", "context", "action", "expires_at"])
    _change_keywords(found, keywords)
    stream_filters_changed(account_id=found.account_id)
    return found


def _change_keywords(found: Filter, changes: Sequence[KeywordChange]) -> None:
    for change in changes:
        if change.id is None:
            if not change.destroy:
                filter_keyword_create(
                    found=found,
                    keyword=change.keyword or "",
                    whole_word=True if change.whole_word is None else change.whole_word,
                )
            continue
        existing = FilterKeyword.objects.get(filter=found, pk=change.id)
        if change.destroy:
            existing.delete()
        else:
            filter_keyword_update(
                found=existing, keyword=change.keyword, whole_word=change.whole_word
            )


@transaction.atomic
def filter_delete(*, found: Filter) -> None:
    """Delete `found` with its keywords and posts."""
    found.delete()
    stream_filters_changed(account_id=found.account_id)


@transaction.atomic
def filter_keyword_create(*, found: Filter, keyword: str, whole_word: bool = True) -> FilterKeyword:
    """Add `keyword` to the filter `found`."""
    stream_filters_changed(account_id=found.account_id)
    return FilterKeyword.objects.create(
        filter=found, keyword=_keyword(keyword), whole_word=whole_word
    )


@transaction.atomic
def filter_keyword_update(
    *, found: FilterKeyword, keyword: str | None = None, whole_word: bool | None = None
) -> FilterKeyword:
    """Change what is given of the keyword `found`."""
    if keyword is not None:
        found.keyword = _keyword(keyword)
    if whole_word is not None:
        found.whole_word = whole_word
    found.save(update_fields=["keyword", "whole_word"])
    stream_filters_changed(account_id=found.filter.account_id)
    return found


@transaction.atomic
def filter_keyword_delete(*, found: FilterKeyword) -> None:
    found.delete()
    stream_filters_changed(account_id=found.filter.account_id)


@transaction.atomic
def filter_post_create(*, found: Filter, post: Post) -> FilterPost:
    """Make the filter `found` match `post` (the boosted post, for a boost)."""
    post = post.boost_of or post
    if FilterPost.objects.filter(filter=found, post=post).exists():
        raise ValidationError(_("This post is in the filter already."), code="taken")
    stream_filters_changed(account_id=found.account_id)
    return FilterPost.objects.create(filter=found, post=post)


@transaction.atomic
def filter_post_delete(*, found: FilterPost) -> None:
    found.delete()
    stream_filters_changed(account_id=found.filter.account_id)
