"""Search: the accounts, statuses and hashtags `GET /api/v2/search` found."""

from ninja import Schema

from .accounts import Account
from .statuses import Status
from .tags import Tag


class Search(Schema):
    accounts: list[Account]
    statuses: list[Status]
    hashtags: list[Tag]
