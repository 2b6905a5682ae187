"""Arabic-aware text handling: folding, search terms, language, entities and post length."""

from hudhud.arabic.analyse import terms
from hudhud.arabic.entities import Entity, extract_entities, hashtag_key
from hudhud.arabic.language import detect_language
from hudhud.arabic.length import MAX_POST_LENGTH, URL_LENGTH, post_length
from hudhud.arabic.normalise import is_blank, normalise

__all__ = [
    "MAX_POST_LENGTH",
    "URL_LENGTH",
    "Entity",
    "detect_language",
    "extract_entities",
    "hashtag_key",
    "is_blank",
    "normalise",
    "post_length",
    "terms",
]
