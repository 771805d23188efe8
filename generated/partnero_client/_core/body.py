"""Reading a reply's body with a bound on its decoded size and on the time it takes.

httpx decodes `Content-Encoding` in one `decompress` call per chunk, so a 2 KB reply compressed
twice can grow to gigabytes before any size check could run. The raw bytes are read here as a
stream instead, and every layer of `gzip`/`deflate` is undone with zlib's `max_length`, so memory
stays within the limit whatever the encoding. The request only offers those two encodings.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterator
from typing import Any

import httpx

from .errors import ResponseTooLargeError, ResponseValidationError
from .outgoing import Outgoing

_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


def _undecodable(response: httpx.Response, why: str) -> ResponseValidationError:
    return ResponseValidationError(
        f"The {response.status_code} reply could not be decoded ({why}).",
        status_code=response.status_code,
        body=None,
    )


def _inflate(data: bytes, encoding: str, limit: int, response: httpx.Response) -> bytes:
    """One layer of gzip (all members) or deflate (zlib or raw), never more than limit bytes."""
    wbits = _WBITS[encoding]
    out = bytearray()
    while data:
        inflater = zlib.decompressobj(wbits)
        try:
            out += inflater.decompress(data, limit + 1 - len(out))
            while inflater.unconsumed_tail and len(out) <= limit:
                out += inflater.decompress(inflater.unconsumed_tail, limit + 1 - len(out))
        except zlib.error as exc:
            if encoding == "deflate" and wbits > 0 and not out:
                wbits = -zlib.MAX_WBITS  # servers often send raw deflate under this name
                continue
            raise _undecodable(response, f"{encoding}: {exc}") from None
        if len(out) > limit:
            raise too_large(response.status_code, limit)
        if not inflater.eof:
            raise _undecodable(response, f"{encoding}: truncated")
        data = inflater.unused_data if encoding != "deflate" else b""
    return bytes(out)


def decode(raw: bytes, response: httpx.Response, limit: int) -> bytes:
    """Undo each Content-Encoding, last applied first."""
    header = response.headers.get("Content-Encoding", "")
    layers = [e.strip().lower() for e in header.split(",") if e.strip()]
    data = raw
    for encoding in reversed(layers):
        if encoding == "identity":
            continue
        if encoding not in _WBITS:
            raise _undecodable(response, f"unsupported Content-Encoding {encoding!r}")
        data = _inflate(data, encoding, limit, response)
    if len(data) > limit:
        raise too_large(response.status_code, limit)
    return data


def _rebuilt(response: httpx.Response, content: bytes) -> httpx.Response:
    """A plain, fully read response with the decoded body (so httpx does not decode it again)."""
    headers = httpx.Headers(response.headers)
    headers.pop("Content-Encoding", None)
    headers["Content-Length"] = str(len(content))
    return ReadReply(
        response.status_code,
        headers=headers,
        content=content,
        request=_request_of(response),
        extensions=response.extensions,
    )


def _request_of(response: httpx.Response) -> httpx.Request | Outgoing:
    # A reply read by another client keeps its request unbuilt (see outgoing.py).
    return response.outgoing if isinstance(response, ReadReply) and response.outgoing else response.request


class ReadReply(httpx.Response):
    """A reply whose body was read and decoded here: an `httpx.Response` that holds those bytes
    as `Response.read()` would have left them, without passing them through httpx's decoders and
    chunker once more (about a tenth of a call's CPU on the aiohttp route). Its headers are the
    server's: like httpx's own transports, and unlike `Response(content=...)`, it adds no
    Content-Length. Given an `Outgoing`, it builds the httpx request the first time `request` is
    read. A test holds it equal to `Response(content=...)` in everything public."""

    def __init__(
        self,
        status_code: int,
        *,
        headers: httpx.Headers,
        content: bytes,
        extensions: dict[str, Any],
        request: httpx.Request | Outgoing,
    ) -> None:
        stream = httpx.ByteStream(content)
        super().__init__(status_code, headers=headers, stream=stream, extensions=extensions)
        self.outgoing = request if isinstance(request, Outgoing) else None
        if isinstance(request, httpx.Request):
            self._request = request
        self._content = content
        self.is_stream_consumed = True
        self.is_closed = True

    @property
    def request(self) -> httpx.Request:
        if self._request is None and self.outgoing is not None:
            self._request = self.outgoing.request
        return super().request

    @request.setter
    def request(self, value: httpx.Request) -> None:
        self._request = value


def _check_time(response: httpx.Response, deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        # A timeout like httpx's own, so the retry rules treat it like one.
        raise httpx.ReadTimeout(
            "The attempt's time limit ran out reading the reply.", request=response.request
        )


def _already_read(response: httpx.Response, limit: int) -> httpx.Response:
    # A transport that built its reply from bytes (httpx.MockTransport) has had httpx read and
    # decode it already; only the size can still be checked.
    if len(response.content) > limit:
        raise too_large(response.status_code, limit)
    return _rebuilt(response, response.content)


def _read_whole(response: httpx.Response, raw: bytes, limit: int) -> httpx.Response:
    """The reply, fully read: `raw` is its body as it came over the wire."""
    return from_raw(
        response.status_code,
        response.headers,
        raw,
        request=_request_of(response),
        extensions=response.extensions,
        limit=limit,
    )


def read_sync(response: httpx.Response, *, limit: int, deadline: float | None) -> httpx.Response:
    if response.is_stream_consumed:
        return _already_read(response, limit)
    raw = bytearray()
    for chunk in response.iter_raw():
        raw += chunk
        if len(raw) > limit:
            raise too_large(response.status_code, limit)
        _check_time(response, deadline)
    return _read_whole(response, bytes(raw), limit)


async def read_async(response: httpx.Response, *, limit: int, deadline: float | None) -> httpx.Response:
    if response.is_stream_consumed:
        return _already_read(response, limit)
    raw = bytearray()
    chunks: AsyncIterator[bytes] = response.aiter_raw()
    async for chunk in chunks:
        raw += chunk
        if len(raw) > limit:
            raise too_large(response.status_code, limit)
        _check_time(response, deadline)
    return _read_whole(response, bytes(raw), limit)


def from_raw(
    status: int,
    headers: httpx.Headers,
    raw: bytes,
    *,
    request: httpx.Request | Outgoing,
    extensions: dict[str, Any],
    limit: int,
) -> httpx.Response:
    """The fully read reply for a body another transport read raw (already checked against the
    limit as it came in), decoded under the limit."""
    if "Content-Encoding" not in headers:
        return ReadReply(status, headers=headers, content=raw, request=request, extensions=extensions)
    head = ReadReply(status, headers=headers, content=b"", request=request, extensions=extensions)
    return _rebuilt(head, decode(raw, head, limit))


def too_large(status: int, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"The {status} reply is larger than max_response_bytes ({limit:,} bytes).",
        status_code=status,
        limit=limit,
    )
