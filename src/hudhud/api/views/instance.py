"""The instance: description, rules, peers, activity, custom emojis (methods/instance)."""

from ninja import Router

router = Router(tags=["instance"])
