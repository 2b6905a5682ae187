"""The version Hudhud reports: Mastodon's API level it speaks, then its own release."""

from importlib.metadata import version

HUDHUD_VERSION = version("hudhud")
#: Mastodon.py and other clients read the numbers before `+` to know which API they talk to.
MASTODON_VERSION = f"4.3.0+hudhud.{HUDHUD_VERSION}"
#: `api_versions` of the v2 instance: the level of Mastodon's own API versioning.
API_VERSIONS = {"mastodon": 2}
