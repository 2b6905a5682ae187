"""Mastodon's streaming API: events published by the domain services, carried across
processes (Redis pub/sub, or a table the streaming server polls), and served over
server-sent events and WebSocket by a small ASGI app."""
