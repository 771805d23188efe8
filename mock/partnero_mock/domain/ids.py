"""Generation of identifiers, referral keys and secrets.

One generator per mock server. It can be seeded so a test run or a demo produces the same ids every
time; the lock keeps concurrent requests from sharing a random state mid-draw.
"""

from __future__ import annotations

import random
import string
import threading

_ALPHABET = string.ascii_lowercase + string.digits


class IdGenerator:
    def __init__(self, seed: int | None = None) -> None:
        self._random = random.Random(seed)
        self._lock = threading.Lock()

    def token(self, length: int = 12, alphabet: str = _ALPHABET) -> str:
        with self._lock:
            return "".join(self._random.choice(alphabet) for _ in range(length))

    def prefixed(self, prefix: str, length: int = 12) -> str:
        return f"{prefix}{self.token(length)}"

    def hex_secret(self, length: int = 32) -> str:
        return self.token(length, "0123456789abcdef")

    def digits(self, length: int) -> str:
        return self.token(length, string.digits)
