"""The Mastodon client API and OAuth 2: views and the to-Mastodon serialisers only."""
