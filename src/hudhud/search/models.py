"""What search reads: the analysed words of every post and account, one row each.

The rows hold the output of `hudhud.arabic.terms()`, space-separated, so that both engines
only split on spaces and every spelling variant was already folded by the one analyser. The
full-text structures over these rows are not models: migration 0001 creates them per engine
(an FTS5 table kept in step by triggers on SQLite, generated tsvector columns with GIN
indexes on PostgreSQL).
"""

from django.db import models

from hudhud.accounts.models import Account
from hudhud.posts.models import Post


class PostIndex(models.Model):
    """The searchable words of a post: its text, content warning and image descriptions."""

    post = models.OneToOneField(
        Post, primary_key=True, on_delete=models.CASCADE, related_name="search_index"
    )
    terms = models.TextField()

    def __str__(self) -> str:
        return f"{self.post_id}: {self.terms[:40]}"


class AccountIndex(models.Model):
    """The searchable words of an account, by how much a match in each should weigh."""

    account = models.OneToOneField(
        Account, primary_key=True, on_delete=models.CASCADE, related_name="search_index"
    )
    names = models.TextField()  # username, domain and display name
    specialty = models.TextField()
    bio = models.TextField()

    def __str__(self) -> str:
        return f"{self.account_id}: {self.names[:40]}"
