"""Search: the accounts, statuses and hashtags `GET /api/v2/search` found."""

from hudhud.api.schemas import Entity

from .accounts import Account
from .statuses import Status
from .tags import Tag


class Search(Entity):
    accounts: list[Account]
    statuses: list[Status]
    hashtags: list[Tag]
