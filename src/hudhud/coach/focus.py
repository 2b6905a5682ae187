"""The focus of accounts open to offers, kept for the talent directory to rank by.

An account's focus is what its identity report finds: the share of its latest posts on its
specialty, and how much they are liked, boosted and answered. It is refreshed by a task
after each post of an account open to offers, and when its specialties change.
"""

from django.db import transaction
from django_tasks import task

from hudhud.accounts.models import Account
from hudhud.coach.models import Focus
from hudhud.coach.selectors.identity import identity_report


def focus_queue(account: Account) -> None:
    """Refresh `account`'s focus once the current transaction commits, if it is listed."""
    if account.open_to_offers and account.local:
        transaction.on_commit(lambda: refresh_focus.enqueue(account.pk))


@task()
def refresh_focus(account_id: int) -> None:
    account = Account.objects.filter(pk=account_id).first()
    if account is not None:
        focus_update(account=account)


@transaction.atomic
def focus_update(*, account: Account) -> Focus:
    """Measure `account`'s focus again from its identity report."""
    report = identity_report(account)
    posts = [item.post for item in report.posts]
    reactions = sum(post.likes_count + post.boosts_count + post.replies_count for post in posts)
    focus, _created = Focus.objects.update_or_create(
        account=account,
        defaults={
            "on_topic": report.shares["on_topic"] if posts else 0.0,
            "engagement": reactions / len(posts) if posts else 0.0,
            "posts": len(posts),
        },
    )
    return focus
