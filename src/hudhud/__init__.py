"""Hudhud (هدهد): an Arabic-first microblogging server."""
