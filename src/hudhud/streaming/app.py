"""The ASGI application that granian serves on the streaming port (`hudhud streaming`)."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hudhud.settings")
django.setup()

from hudhud.streaming.server import application  # noqa: E402 - Django is set up first

__all__ = ["application"]
