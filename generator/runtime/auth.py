"""The API key as an object that never shows itself, and the httpx.Auth that sends it.

Error trackers (Sentry and the like) and `traceback.TracebackException(capture_locals=True)` record
the `repr` of every local variable of every frame. So the key is never kept in a plain string or a
headers dict of ours: it lives inside `Secret`, whose `repr` and `str` are redacted, and
`BearerAuth` puts it on the request only as httpx sends it (httpx's own `Headers.__repr__` hides
`Authorization`).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import NoReturn

import httpx

REDACTED = "***"


class Secret:
    """A credential that reads as `***` wherever it is printed, logged, pickled or compared."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The credential itself; call it only where it goes on the wire."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __copy__(self) -> Secret:
        return self

    def __deepcopy__(self, memo: object) -> Secret:
        return self

    def __reduce__(self) -> NoReturn:
        # A pickled client or config would carry the key to wherever the pickle goes.
        raise TypeError("A Secret cannot be pickled; pass the key to the client where it runs.")


class BearerAuth(httpx.Auth):
    """Adds `Authorization: Bearer <key>` to each request as it is sent."""

    def __init__(self, secret: Secret) -> None:
        self._secret = secret

    def __repr__(self) -> str:
        return f"BearerAuth({REDACTED!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # No local variable holds the header value: this frame is on the stack while the request
        # is in flight, so it shows up in the traceback of any error raised meanwhile.
        request.headers["Authorization"] = "Bearer " + self._secret.reveal()
        yield request
