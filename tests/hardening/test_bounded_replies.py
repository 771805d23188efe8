"""Issue 15.4: replies are read as a stream with a maximum decoded size, whatever the encoding
(stacked gzip included), and error bodies kept on exceptions are truncated."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib
from collections.abc import Iterator

import httpx
import pytest
from partnero_client import InternalServerError, PartneroError, ResponseTooLargeError, ResponseValidationError
from partnero_client.affiliate import AffiliateClient

from .async_transports import ASYNC_TRANSPORTS, async_client, fixed_reply_server, http_reply
from .conftest import area

KEY = "test_affiliate_bounded"
MIB = 1024 * 1024
AREA = area("15.4 bounded replies")
PEAK = [0]


class Chunks(httpx.SyncByteStream):
    """A reply body that arrives in pieces, as over a socket (MockTransport would read it whole)."""

    def __init__(self, body: bytes, size: int = 16 * 1024) -> None:
        self.body, self.size, self.sent = body, size, 0

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self.body), self.size):
            self.sent += self.size
            yield self.body[start : start + self.size]


def _zeros_gzip(decoded: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"0" * MIB
    return b"".join(packer.compress(block) for _ in range(decoded // MIB)) + packer.flush()


def _client(
    status: int, body: bytes, encoding: str | None, **kwargs: object
) -> tuple[AffiliateClient, Chunks]:
    stream = Chunks(body)
    headers = {"Content-Type": "application/json"}
    if encoding:
        headers["Content-Encoding"] = encoding

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, stream=stream)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return AffiliateClient(api_key=KEY, http_client=http, max_retries=0, **kwargs), stream  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    once = _zeros_gzip(256 * MIB)  # 256 MiB of "0" in about 250 KB
    twice = gzip.compress(once, 9)  # about 1.5 KB, like the reply in the issue
    return {"gzip": once, "gzip, gzip": twice, "gzip, gzip, gzip": gzip.compress(twice, 9)}


@pytest.mark.parametrize("encoding", ["gzip", "gzip, gzip", "gzip, gzip, gzip"])
@pytest.mark.parametrize("status", [200, 500])
def test_a_compression_bomb_stops_at_the_limit_in_bounded_memory(
    bombs: dict[str, bytes], encoding: str, status: int
) -> None:
    client, _ = _client(status, bombs[encoding], encoding, max_response_bytes=4 * MIB)
    tracemalloc.start()
    try:
        outcome = AREA.run(lambda: client.partners.get("p"), key=KEY)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    PEAK[0] = max(PEAK[0], peak)
    AREA.notes["peak traced memory"] = f"{PEAK[0] / MIB:.0f} MiB for a 4 MiB limit against 256 MiB bombs"
    assert isinstance(outcome, ResponseTooLargeError), outcome
    assert outcome.limit == 4 * MIB and outcome.status_code == status
    assert peak < 20 * MIB, f"{peak / MIB:.0f} MiB held while decoding {len(bombs[encoding])} bytes"


def test_the_default_limit_holds_for_a_stacked_bomb(bombs: dict[str, bytes]) -> None:
    client, _ = _client(200, bombs["gzip, gzip"], "gzip, gzip")
    outcome = AREA.run(lambda: client.partners.get("p"))
    assert isinstance(outcome, ResponseTooLargeError) and "max_response_bytes" in str(outcome)


def test_a_large_plain_reply_stops_reading_past_the_limit() -> None:
    client, stream = _client(200, b"x" * (8 * MIB), None, max_response_bytes=MIB)
    assert isinstance(AREA.run(lambda: client.partners.get("p")), ResponseTooLargeError)
    assert stream.sent <= MIB + 32 * 1024  # the rest was never read


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "gzip, deflate", "identity, gzip", "x-gzip"])
def test_ordinary_encodings_are_decoded(encoding: str) -> None:
    body = b'{"data": {"id": "p1", "email": "a@example.com"}}'
    for layer in [e.strip() for e in encoding.split(",")]:  # listed in the order applied
        if layer in ("gzip", "x-gzip"):
            body = gzip.compress(body)
        elif layer == "deflate":
            body = zlib.compress(body)
    client, _ = _client(200, body, encoding)
    outcome = AREA.run(lambda: client.partners.get("p1"))
    assert getattr(outcome, "id", None) == "p1", outcome


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("br", b"\x0b\x02\x80"),
        ("gzip", b"not gzip at all"),
        ("gzip", gzip.compress(b"{}")[:-6]),
        ("zstd", b"x"),
    ],
)
def test_broken_or_unoffered_encodings_are_validation_errors(encoding: str, body: bytes) -> None:
    client, _ = _client(200, body, encoding)
    outcome = AREA.run(lambda: client.partners.get("p"))
    assert isinstance(outcome, ResponseValidationError) and "decoded" in str(outcome), outcome


def test_error_bodies_kept_on_exceptions_are_truncated() -> None:
    huge = b'{"message": "' + b"m" * (2 * MIB) + b'", "errors": {}}'
    client, _ = _client(503, huge, None)
    outcome = AREA.run(lambda: client.partners.get("p"))
    assert isinstance(outcome, InternalServerError)
    assert isinstance(outcome.body, str) and len(outcome.body) < 17 * 1024
    assert len(outcome.message) <= 1000


@pytest.mark.parametrize("transport", ASYNC_TRANSPORTS)
async def test_async_replies_over_a_socket_are_bounded_and_decoded(transport: str) -> None:
    bomb = gzip.compress(_zeros_gzip(64 * MIB))  # gzip, gzip: about 64 KiB on the wire
    ordinary = gzip.compress(b'{"data": {"id": "p1", "email": "a@example.com"}}')
    cases = [
        (http_reply(200, bomb, Content_Encoding="gzip, gzip"), ResponseTooLargeError),
        (http_reply(500, bomb, Content_Encoding="gzip, gzip"), ResponseTooLargeError),
        (http_reply(200, b"[" + b"0," * MIB + b"0]"), ResponseTooLargeError),
        (http_reply(200, ordinary, Content_Encoding="gzip"), None),
        (http_reply(200, b"\x1f\x8b broken", Content_Encoding="gzip"), ResponseValidationError),
    ]
    for reply, expected in cases:
        with fixed_reply_server(reply) as url:
            async with async_client(
                transport, api_key=KEY, base_url=url, max_retries=0, max_response_bytes=MIB
            ) as client:
                AREA.cases += 1
                try:
                    outcome: object = await client.partners.get("p1")
                except Exception as exc:  # noqa: BLE001 - classifying what came out
                    outcome = exc
                    AREA.escapes += not isinstance(exc, PartneroError)
        if expected is None:
            assert getattr(outcome, "email", None) == "a@example.com", outcome
        else:
            assert isinstance(outcome, expected), (transport, outcome)
