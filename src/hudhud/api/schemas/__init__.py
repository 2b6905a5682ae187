"""Mastodon's entities (docs.joinmastodon.org/entities/…): one schema and one translator each,
from a model already fetched to what the API sends."""

from pydantic import BaseModel


class Entity(BaseModel):
    """What the API sends. A plain pydantic model, not ninja's Schema: ninja's wraps every
    value in an ORM getter on each validation, which cost more than half of a timeline's
    rendering; an entity is built once by its translator and sent as it is."""
