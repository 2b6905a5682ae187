"""The giveaway draw: a commitment published before, a deterministic draw after.

When a giveaway is made, Hudhud picks a random secret (32 bytes, written as 64 hex digits)
and publishes only `commitment(secret)`, its SHA-256 in hex. Nobody, the organiser
included, can learn the secret from it, and Hudhud cannot change the secret afterwards
without the commitment showing it. At the deadline the entrants are fixed and written as a
list of account IDs in decimal, sorted by number; then `draw` picks the winners:

    entrants_line = "\\n".join(entrants)
    for round 0, 1, 2 … until `count` winners (or every entrant) are picked:
        digest = SHA-256( secret + ":" + round + ":" + entrants_line )   (UTF-8)
        the winner is the entrant at index int(digest, 16) mod len(remaining)
        of the entrants not yet picked, in their order; it leaves the list

The secret, the entrants and the winners are then published, so that anyone can run these
few lines again (`hudhud giveaway verify ID` does; so does the giveaway's page, in the
reader's own browser) and get the same winners.
"""

import hashlib
from collections.abc import Sequence

ALGORITHM = "hudhud-giveaway-v1"


def commitment(secret: str) -> str:
    """Return the published commitment of `secret`: its SHA-256, in hex."""
    return hashlib.sha256(secret.encode()).hexdigest()


def draw(secret: str, entrants: Sequence[str], count: int) -> list[str]:
    """Return the winners among `entrants` (sorted decimal account IDs), in draw order."""
    remaining = list(entrants)
    line = "\n".join(entrants)
    winners = []
    for round_number in range(min(count, len(remaining))):
        digest = hashlib.sha256(f"{secret}:{round_number}:{line}".encode()).hexdigest()
        winners.append(remaining.pop(int(digest, 16) % len(remaining)))
    return winners


def verified(
    *, secret: str, published: str, entrants: Sequence[str], count: int, winners: Sequence[str]
) -> bool:
    """Return whether `secret` is the one committed to and gives exactly `winners`."""
    in_order = sorted(entrants, key=int) == list(entrants)
    return (
        in_order
        and commitment(secret) == published
        and draw(secret, entrants, count) == list(winners)
    )
