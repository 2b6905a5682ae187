"""HTTP Signatures as Mastodon signs and verifies them (draft-cavage-http-signatures-12,
`rsa-sha256` and `hs2019` with RSA keys), and the `Digest` of a body.

A signed POST covers `(request-target) host date digest content-type`, a signed GET
`(request-target) host date accept`. A signature is good for SIGNATURE_WINDOW after its
`Date`, and for CLOCK_SKEW before it, as Mastodon allows.
"""

import base64
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SIGNATURE_WINDOW = timedelta(hours=12)
CLOCK_SKEW = timedelta(hours=1)
KEY_BITS = 2048
_ALGORITHMS = frozenset({"rsa-sha256", "hs2019"})
_PARAMETER = re.compile(r'\s*([a-zA-Z]+)\s*=\s*"([^"]*)"\s*(?:,|$)')


class SignatureError(Exception):
    """A request whose signature is missing, malformed, stale or wrong."""


class WrongKey(SignatureError):
    """A signature that the key given does not verify (the signer's key may have changed)."""


@dataclass(frozen=True)
class Signature:
    key_id: str
    algorithm: str
    headers: tuple[str, ...]
    value: bytes


def key_pair() -> tuple[str, str]:
    """Return a new RSA key pair as PEM: the private key, then the public one."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private.decode(), public.decode()


def digest_of(body: bytes) -> str:
    return "SHA-256=" + base64.b64encode(hashlib.sha256(body).digest()).decode()


def _signed_text(
    names: tuple[str, ...], method: str, target: str, headers: Mapping[str, str]
) -> str:
    lines = []
    for name in names:
        if name == "(request-target)":
            lines.append(f"(request-target): {method.lower()} {target}")
        elif name in headers:
            lines.append(f"{name}: {headers[name]}")
        else:
            raise SignatureError(f"The signed header {name} is missing.")
    return "\n".join(lines)


def sign(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    key_id: str,
    private_key: str,
    now: datetime | None = None,
) -> dict[str, str]:
    """Return the headers that sign a request to `url` (at `now`): Host, Date, Digest (with
    a body) and Signature."""
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    moment = now or datetime.now(UTC)
    added = {"host": parts.netloc, "date": format_datetime(moment, usegmt=True)}
    given = {name.lower(): value for name, value in headers.items()}
    wanted: tuple[str, ...] = ("(request-target)", "host", "date", "accept")
    if method.upper() == "POST":
        added["digest"] = digest_of(body)
        wanted = ("(request-target)", "host", "date", "digest", "content-type")
    signed_headers = {**given, **added}
    names = tuple(name for name in wanted if name.startswith("(") or name in signed_headers)
    text = _signed_text(names, method, target, signed_headers)
    key = serialization.load_pem_private_key(private_key.encode(), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise SignatureError("Only RSA keys sign.")
    value = key.sign(text.encode(), padding.PKCS1v15(), hashes.SHA256())
    signed = {"Host": added["host"], "Date": added["date"]}
    if "digest" in added:
        signed["Digest"] = added["digest"]
    signed["Signature"] = (
        f'keyId="{key_id}",algorithm="rsa-sha256",headers="{" ".join(names)}",'
        f'signature="{base64.b64encode(value).decode()}"'
    )
    return signed


def signature_of(headers: Mapping[str, str]) -> Signature:
    """Return the signature a request carries (`headers` named in lower case)."""
    given = headers.get("signature", "")
    if not given:
        raise SignatureError("The request is not signed.")
    parameters = dict(_PARAMETER.findall(given))
    try:
        value = base64.b64decode(parameters["signature"], validate=True)
        key_id = parameters["keyId"]
    except (KeyError, ValueError) as error:
        raise SignatureError("The signature is malformed.") from error
    algorithm = parameters.get("algorithm", "hs2019").lower()
    if algorithm not in _ALGORITHMS:
        raise SignatureError(f"The algorithm {algorithm} is not supported.")
    names = tuple(parameters.get("headers", "date").lower().split())
    return Signature(key_id=key_id, algorithm=algorithm, headers=names, value=value)


def verify(
    signature: Signature,
    *,
    method: str,
    target: str,
    headers: Mapping[str, str],
    body: bytes,
    public_key: str,
    now: datetime | None = None,
) -> None:
    """Check that `signature` of a request for `target` (its path and query) was made by
    `public_key`, covers what it must, is fresh, and that the body matches its Digest."""
    required = {"(request-target)", "host", "date"}
    if method.upper() == "POST":
        required.add("digest")
    missing = required - set(signature.headers)
    if missing:
        raise SignatureError(f"The signature does not cover {', '.join(sorted(missing))}.")
    try:
        signed_at = parsedate_to_datetime(headers.get("date", ""))
    except (TypeError, ValueError) as error:
        raise SignatureError("The Date header is not a date.") from error
    if signed_at.tzinfo is None:
        raise SignatureError("The Date header has no time zone.")
    now = now or datetime.now(UTC)
    if not now - SIGNATURE_WINDOW <= signed_at <= now + CLOCK_SKEW:
        raise SignatureError("The signature is too old or from the future.")
    if "digest" in signature.headers or body:
        _check_digest(headers.get("digest", ""), body)
    text = _signed_text(signature.headers, method, target, headers)
    key = serialization.load_pem_public_key(public_key.encode())
    if not isinstance(key, rsa.RSAPublicKey):
        raise SignatureError("Only RSA keys are supported.")
    try:
        key.verify(signature.value, text.encode(), padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature as error:
        raise WrongKey("The signature does not match.") from error


def _check_digest(given: str, body: bytes) -> None:
    """Check the body against a `Digest` of SHA-256 or SHA-512 (others are ignored, one of
    these two must be there)."""
    found = False
    for part in given.split(","):
        algorithm, _, value = part.strip().partition("=")
        name = {"sha-256": "sha256", "sha-512": "sha512"}.get(algorithm.lower())
        if name is None:
            continue
        found = True
        if base64.b64encode(hashlib.new(name, body).digest()).decode() != value:
            raise SignatureError("The Digest does not match the body.")
    if not found:
        raise SignatureError("The request has no SHA-256 Digest of its body.")
