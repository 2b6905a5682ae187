"""HTTP Signatures: the draft's own test vector verifies; what this server signs verifies;
a changed body, header or target, another key, a stale or future Date, a signature that
does not cover the digest, and malformed ones are refused."""

from datetime import UTC, datetime, timedelta

import pytest

from hudhud.federation.signatures import (
    SignatureError,
    digest_of,
    key_pair,
    sign,
    signature_of,
    verify,
)

# draft-cavage-http-signatures-12, appendix C: its test key, its request, and its signatures
# of (request-target), host and date (C.2) and of all the headers (C.3).
CAVAGE_PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDCFENGw33yGihy92pDjZQhl0C3
6rPJj+CvfSC8+q28hxA161QFNUd13wuCTUcq0Qd2qsBe/2hFyc2DCJJg0h1L78+6
Z4UMR7EOcpfdUE9Hf3m/hs+FUR45uBJeDK1HSFHD8bHKD6kv8FPGfJTotc+2xjJw
oYi+1hqp1fIekaxsyQIDAQAB
-----END PUBLIC KEY-----
"""
CAVAGE_BODY = b'{"hello": "world"}'
CAVAGE_HEADERS = {
    "host": "example.com",
    "date": "Sun, 05 Jan 2014 21:31:40 GMT",
    "content-type": "application/json",
    "digest": "SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=",
    "content-length": "18",
}
CAVAGE_NOW = datetime(2014, 1, 5, 21, 40, tzinfo=UTC)
ALL_HEADERS = (
    'keyId="Test",algorithm="rsa-sha256",'
    'headers="(request-target) host date content-type digest content-length",'
    'signature="vSdrb+dS3EceC9bcwHSo4MlyKS59iFIrhgYkz8+oVLEEzmYZZvRs8rgOp+63LEM3v+MFHB32NfpB2bE'
    "KBIvB1q52LaEUHFv120V01IL+TAD48XaERZFukWgHoBTLMhYS2Gb51gWxpeIq8knRmPnYePbF5MOkR0Zkly4zKH"
    '7s1dE="'
)
BASIC = (
    'keyId="Test",algorithm="rsa-sha256",headers="(request-target) host date",'
    'signature="qdx+H7PHHDZgy4y/Ahn9Tny9V3GP6YgBPyUXMmoxWtLbHpUnXS2mg2+SbrQDMCJypxBLSPQR2aAjn7'
    "ndmw2iicw3HMbe8VfEdKFYRqzic+efkb3nndiv/x1xSHDJWeSWkx3ButlYSuBskLu6kd9Fswtemr3lgdDEmn0"
    '4swr2Os0="'
)
TARGET = "/foo?param=value&pet=dog"


def check_cavage(signature: str, **changes: object) -> None:
    headers = {**CAVAGE_HEADERS, "signature": signature}
    arguments: dict[str, object] = {
        "method": "POST",
        "target": TARGET,
        "headers": headers,
        "body": CAVAGE_BODY,
        "public_key": CAVAGE_PUBLIC_KEY,
        "now": CAVAGE_NOW,
        **changes,
    }
    verify(signature_of(headers), **arguments)  # type: ignore[arg-type]


def test_the_drafts_test_vector_verifies() -> None:
    assert digest_of(CAVAGE_BODY) == CAVAGE_HEADERS["digest"]
    check_cavage(ALL_HEADERS)
    check_cavage(ALL_HEADERS.replace("rsa-sha256", "hs2019"))


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"body": b'{"hello": "there"}'}, "Digest does not match"),
        ({"target": "/foo?param=value&pet=cat"}, "does not match"),
        ({"method": "PUT"}, "does not match"),
        ({"now": CAVAGE_NOW + timedelta(hours=13)}, "too old"),
        ({"now": CAVAGE_NOW - timedelta(hours=2)}, "future"),
        ({"headers": {**CAVAGE_HEADERS, "host": "example.org"}}, "does not match"),
        ({"public_key": key_pair()[1]}, "does not match"),
    ],
)
def test_a_changed_request_or_another_key_is_refused(
    changes: dict[str, object], reason: str
) -> None:
    if "headers" in changes:
        changes["headers"] = {**changes["headers"], "signature": ALL_HEADERS}  # type: ignore[dict-item]
    with pytest.raises(SignatureError, match=reason):
        check_cavage(ALL_HEADERS, **changes)


def test_a_post_signed_without_its_digest_is_refused() -> None:
    with pytest.raises(SignatureError, match="does not cover digest"):
        check_cavage(BASIC)


@pytest.mark.parametrize(
    "value",
    [
        "",
        'keyId="Test",signature="not base64!"',
        'algorithm="rsa-sha256",signature="aGVsbG8="',
        'keyId="Test",algorithm="hmac-sha256",signature="aGVsbG8="',
    ],
)
def test_malformed_signatures_are_refused(value: str) -> None:
    with pytest.raises(SignatureError):
        signature_of({"signature": value} if value else {})


def test_what_this_server_signs_verifies() -> None:
    private, public = key_pair()
    body = b'{"type": "Follow", "actor": "https://a.example/users/sami"}'
    headers = {"Content-Type": "application/activity+json"}

    added = sign(
        "POST",
        "https://b.example/users/huda/inbox",
        headers,
        body,
        key_id="https://a.example/users/sami#main-key",
        private_key=private,
    )
    received = {name.lower(): value for name, value in {**headers, **added}.items()}
    signature = signature_of(received)
    verify(
        signature,
        method="POST",
        target="/users/huda/inbox",
        headers=received,
        body=body,
        public_key=public,
    )

    assert signature.key_id == "https://a.example/users/sami#main-key"
    assert signature.headers == ("(request-target)", "host", "date", "digest", "content-type")
    assert received["host"] == "b.example"
    with pytest.raises(SignatureError, match="Digest"):
        verify(
            signature,
            method="POST",
            target="/users/huda/inbox",
            headers=received,
            body=body + b" ",
            public_key=public,
        )


def test_a_signed_get_covers_accept_and_verifies() -> None:
    private, public = key_pair()
    added = sign(
        "GET",
        "https://b.example/users/huda?page=1",
        {"Accept": "application/activity+json"},
        b"",
        key_id="https://a.example/actor#main-key",
        private_key=private,
    )
    received = {"accept": "application/activity+json", **{k.lower(): v for k, v in added.items()}}

    verify(
        signature_of(received),
        method="GET",
        target="/users/huda?page=1",
        headers=received,
        body=b"",
        public_key=public,
    )
    assert "digest" not in received
    assert signature_of(received).headers == ("(request-target)", "host", "date", "accept")
