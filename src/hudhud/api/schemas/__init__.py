"""Mastodon's entities (docs.joinmastodon.org/entities/…): one schema and one translator each,
from a model already fetched to what the API sends."""
