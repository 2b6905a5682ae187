"""The search index: its rows (models), and the full-text structures over them per engine.

SQLite: FTS5 tables with external content (the rows of search_postindex and
search_accountindex; the index stores no second copy of the words), kept in step by
triggers. The `ascii` tokenizer splits on ASCII spaces and punctuation only and keeps every
other character inside the token: the words were analysed in Python, and `unicode61` would
split them again at combining marks (a decomposed é, Urdu and Hindi vowel signs).
Accounts are searched as-you-type (the last word as a prefix): `prefix='1 2 3'` indexes
the beginnings of their words. Posts are searched by whole words, and need no such index.

A later migration that alters these two tables on SQLite rebuilds them, which drops their
triggers: it must create the triggers again (see _sqlite_forwards).

PostgreSQL: generated tsvector columns built with the `simple` configuration (no stemming,
no stop words: the words are already analysed) and GIN indexes on them.
"""

from collections.abc import Iterable
from itertools import islice

import django.db.models.deletion
from django.apps.registry import Apps
from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

from hudhud.arabic import terms

_BATCH = 2000

_SQLITE = [
    # Posts: one column; the rowid is the post ID, so results need no lookup to be IDs.
    """CREATE VIRTUAL TABLE search_post_fts USING fts5(
        terms, content='search_postindex', content_rowid='post_id', tokenize='ascii')""",
    """CREATE TRIGGER search_postindex_ai AFTER INSERT ON search_postindex BEGIN
        INSERT INTO search_post_fts(rowid, terms) VALUES (new.post_id, new.terms);
    END""",
    """CREATE TRIGGER search_postindex_ad AFTER DELETE ON search_postindex BEGIN
        INSERT INTO search_post_fts(search_post_fts, rowid, terms)
        VALUES ('delete', old.post_id, old.terms);
    END""",
    """CREATE TRIGGER search_postindex_au AFTER UPDATE ON search_postindex BEGIN
        INSERT INTO search_post_fts(search_post_fts, rowid, terms)
        VALUES ('delete', old.post_id, old.terms);
        INSERT INTO search_post_fts(rowid, terms) VALUES (new.post_id, new.terms);
    END""",
    # Accounts: three columns, weighed differently by bm25() at query time.
    """CREATE VIRTUAL TABLE search_account_fts USING fts5(
        names, specialty, bio, content='search_accountindex', content_rowid='account_id',
        tokenize='ascii', prefix='1 2 3')""",
    """CREATE TRIGGER search_accountindex_ai AFTER INSERT ON search_accountindex BEGIN
        INSERT INTO search_account_fts(rowid, names, specialty, bio)
        VALUES (new.account_id, new.names, new.specialty, new.bio);
    END""",
    """CREATE TRIGGER search_accountindex_ad AFTER DELETE ON search_accountindex BEGIN
        INSERT INTO search_account_fts(search_account_fts, rowid, names, specialty, bio)
        VALUES ('delete', old.account_id, old.names, old.specialty, old.bio);
    END""",
    """CREATE TRIGGER search_accountindex_au AFTER UPDATE ON search_accountindex BEGIN
        INSERT INTO search_account_fts(search_account_fts, rowid, names, specialty, bio)
        VALUES ('delete', old.account_id, old.names, old.specialty, old.bio);
        INSERT INTO search_account_fts(rowid, names, specialty, bio)
        VALUES (new.account_id, new.names, new.specialty, new.bio);
    END""",
]

_SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_postindex_ai",
    "DROP TRIGGER IF EXISTS search_postindex_ad",
    "DROP TRIGGER IF EXISTS search_postindex_au",
    "DROP TABLE IF EXISTS search_post_fts",
    "DROP TRIGGER IF EXISTS search_accountindex_ai",
    "DROP TRIGGER IF EXISTS search_accountindex_ad",
    "DROP TRIGGER IF EXISTS search_accountindex_au",
    "DROP TABLE IF EXISTS search_account_fts",
]

_POSTGRESQL = [
    """ALTER TABLE search_postindex ADD COLUMN vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, terms)) STORED""",
    "CREATE INDEX search_postindex_vector ON search_postindex USING gin (vector)",
    """ALTER TABLE search_accountindex ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, names), 'A')
        || setweight(to_tsvector('simple'::regconfig, specialty), 'B')
        || setweight(to_tsvector('simple'::regconfig, bio), 'C')) STORED""",
    "CREATE INDEX search_accountindex_vector ON search_accountindex USING gin (vector)",
]

_POSTGRESQL_REVERSE = [
    "DROP INDEX IF EXISTS search_postindex_vector",
    "ALTER TABLE search_postindex DROP COLUMN IF EXISTS vector",
    "DROP INDEX IF EXISTS search_accountindex_vector",
    "ALTER TABLE search_accountindex DROP COLUMN IF EXISTS vector",
]


def _run(schema_editor: BaseDatabaseSchemaEditor, statements: dict[str, list[str]]) -> None:
    for statement in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


def full_text_create(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    _run(schema_editor, {"sqlite": _SQLITE, "postgresql": _POSTGRESQL})


def full_text_drop(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    _run(schema_editor, {"sqlite": _SQLITE_REVERSE, "postgresql": _POSTGRESQL_REVERSE})


def _in_batches(model: type[models.Model], rows: Iterable[models.Model]) -> None:
    iterator = iter(rows)
    while batch := list(islice(iterator, _BATCH)):
        model._default_manager.bulk_create(batch)


def _analysed(*texts: str) -> str:
    return " ".join(terms("\n".join(text for text in texts if text)))


def index_existing(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    """Index the posts and accounts written before search existed (as services.index_rebuild)."""
    Post = apps.get_model("posts", "Post")
    Media = apps.get_model("posts", "Media")
    Account = apps.get_model("accounts", "Account")
    PostIndex = apps.get_model("search", "PostIndex")
    AccountIndex = apps.get_model("search", "AccountIndex")
    descriptions: dict[int, list[str]] = {}
    for post_id, description in Media.objects.filter(post__isnull=False).values_list(
        "post_id", "description"
    ):
        descriptions.setdefault(post_id, []).append(description)
    rows = (
        PostIndex(
            post_id=post_id,
            terms=_analysed(text, spoiler_text, *descriptions.get(post_id, ())),
        )
        for post_id, text, spoiler_text in Post.objects.filter(boost_of__isnull=True)
        .values_list("id", "text", "spoiler_text")
        .iterator(chunk_size=_BATCH)
    )
    _in_batches(PostIndex, rows)
    _in_batches(
        AccountIndex,
        (
            AccountIndex(
                account_id=account_id,
                names=_analysed(username, domain, display_name),
                specialty=_analysed(specialty),
                bio=_analysed(bio),
            )
            for account_id, username, domain, display_name, specialty, bio in (
                # The historical model: accounts had one specialty then.
                Account.objects.values_list(  # type: ignore[misc]
                    "id", "username", "domain", "display_name", "specialty", "bio"
                ).iterator(chunk_size=_BATCH)
            )
        ),
    )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('accounts', '0001_initial'),
        ('posts', '0001_initial'),
    ]

    operations = [
        migrations.CreateModel(
            name='AccountIndex',
            fields=[
                ('account', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='search_index', serialize=False, to='accounts.account')),
                ('names', models.TextField()),
                ('specialty', models.TextField()),
                ('bio', models.TextField()),
            ],
        ),
        migrations.CreateModel(
            name='PostIndex',
            fields=[
                ('post', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='search_index', serialize=False, to='posts.post')),
                ('terms', models.TextField()),
            ],
        ),
        migrations.RunPython(full_text_create, full_text_drop),
        migrations.RunPython(index_existing, migrations.RunPython.noop, elidable=True),
    ]
