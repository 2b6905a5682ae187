"""Background work of timelines: thin wrappers that load and call a service."""

from django_tasks import task

from hudhud.accounts.models import Account
from hudhud.posts.models import Post
from hudhud.timelines.services import post_fan_out, timeline_merge


@task()
def fan_out_post(post_id: int, *, edited: bool = False) -> None:
    post = Post.objects.select_related("author", "boost_of__author").filter(pk=post_id).first()
    if post is not None:  # deleted before the worker reached it
        post_fan_out(post=post, edited=edited)


@task()
def merge_followed(account_id: int, target_id: int) -> None:
    account = Account.objects.filter(pk=account_id).first()
    target = Account.objects.filter(pk=target_id).first()
    if account is not None and target is not None:
        timeline_merge(account=account, target=target)
