"""Every write to the search index: posts and accounts, one at a time or all over again.

The posts and accounts services call these inside their own transactions, so a post is
searchable exactly when it exists. Rebuild the index (`hudhud manage search_reindex`)
after the analyser (`hudhud.arabic.terms`) changes, and after loading posts in bulk.
"""

from collections.abc import Iterable, Sequence

from django.db import transaction

from hudhud.accounts.models import Account
from hudhud.arabic import terms
from hudhud.posts.models import Media, Post
from hudhud.search.models import AccountIndex, PostIndex

REINDEX_BATCH = 2000


def _analysed(*texts: str) -> str:
    return " ".join(terms("\n".join(text for text in texts if text)))


def _post_row(post: Post, descriptions: Sequence[str]) -> PostIndex:
    return PostIndex(post_id=post.pk, terms=_analysed(post.text, post.spoiler_text, *descriptions))


def _upsert_posts(rows: Sequence[PostIndex]) -> None:
    PostIndex.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["post"], update_fields=["terms"]
    )


def post_index(post: Post, *, descriptions: Sequence[str] | None = None) -> None:
    """Make `post` findable by the words of its text, content warning and image
    descriptions (`descriptions`, when the caller has them at hand; else they are read).
    Boosts have no words of their own: their post is found instead."""
    if post.boost_of_id is not None:
        return
    if descriptions is None:
        descriptions = list(post.media.values_list("description", flat=True))
    _upsert_posts([_post_row(post, descriptions)])


def post_unindex(post_id: int) -> None:
    """Make a post unfindable (deleting a post does this by itself)."""
    PostIndex.objects.filter(post_id=post_id).delete()


def _account_row(account: Account) -> AccountIndex:
    return AccountIndex(
        account_id=account.pk,
        names=_analysed(account.username, account.domain, account.display_name),
        specialty=_analysed(
            *(word for item in account.specialties for word in (item["name"], *item["keywords"]))
        ),
        bio=_analysed(account.bio),
    )


def account_index(account: Account) -> None:
    """Make `account` findable by its username, display name, specialties (and their
    keywords) and bio."""
    AccountIndex.objects.bulk_create(
        [_account_row(account)],
        update_conflicts=True,
        unique_fields=["account"],
        update_fields=["names", "specialty", "bio"],
    )


def _batches(posts: Iterable[Post]) -> Iterable[list[Post]]:
    batch: list[Post] = []
    for post in posts:
        batch.append(post)
        if len(batch) == REINDEX_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


@transaction.atomic
def index_rebuild() -> tuple[int, int]:
    """Index every post and account again from scratch; return how many of each."""
    PostIndex.objects.all().delete()
    AccountIndex.objects.all().delete()
    originals = Post.objects.filter(boost_of__isnull=True).only("id", "text", "spoiler_text")
    posts = 0
    for batch in _batches(originals.order_by("id").iterator(chunk_size=REINDEX_BATCH)):
        descriptions: dict[int, list[str]] = {}
        for post_id, description in Media.objects.filter(
            post_id__in=[post.pk for post in batch]
        ).values_list("post_id", "description"):
            if post_id is not None:
                descriptions.setdefault(post_id, []).append(description)
        PostIndex.objects.bulk_create(
            [_post_row(post, descriptions.get(post.pk, ())) for post in batch]
        )
        posts += len(batch)
    accounts = [_account_row(account) for account in Account.objects.iterator()]
    AccountIndex.objects.bulk_create(accounts, batch_size=REINDEX_BATCH)
    return posts, len(accounts)
