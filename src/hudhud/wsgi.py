"""The WSGI application that granian serves."""

import gc
import os
from importlib import import_module

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hudhud.settings")
application = get_wsgi_application()
# What a worker loads before its first request (every view, the API's schemas) lives as long
# as it does: frozen, it is left out of the collector's full passes, which walked all of it
# and held a request up to 90 ms (4 clients of the API home timeline: at most 18 ms after).
import_module(settings.ROOT_URLCONF)
gc.freeze()
