"""`hudhud manage search_reindex`: index every post and account again."""

import time
from typing import Any

from django.core.management.base import BaseCommand

from hudhud.search.services import index_rebuild


class Command(BaseCommand):
    help = (
        "Index every post and account again: after the Arabic analyser changes, "
        "or after posts were loaded in bulk."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        began = time.perf_counter()
        posts, accounts = index_rebuild()
        self.stdout.write(
            f"Indexed {posts} posts and {accounts} accounts in {time.perf_counter() - began:.1f} s."
        )
