"""The `program` resource: one method per operation, sync and async; raw access wraps them.

An operation's module (and the models its body takes) is imported by its method on the first
call, not here: touching a resource then loads the few modules its first call needs, not every
model the resource's methods name.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.raw import to_async_raw, to_raw
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.newsletter_program_data import NewsletterProgramData
    from ...models.newsletter_program_deletion import NewsletterProgramDeletion


class ProgramResource:
    """Operations on program."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProgramResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return ProgramResourceWithRawResponse(self)

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> NewsletterProgramData:
        """Retrieve the program.

        GET /v1/program

        Describes the program the API key belongs to in one flat object with the public id, the
        e-mail provider (`esp_type`) and subscriber totals.

        Args:
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `NewsletterProgramData` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_newsletter_program as _get_newsletter_program

        spec = _get_newsletter_program._get_kwargs()

        return self._client._request(spec, _get_newsletter_program._result, request_options)

    def delete(
        self,
        *,
        confirmation_code: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> NewsletterProgramDeletion:
        """Delete the program.

        DELETE /v1/program

        Deletes the program with everything in it; this cannot be undone. The newsletter program
        page shows a single call answered with `{"status": 1}`; the general delete page describes
        two calls: the first, without `confirmation_code`, answers a short code (eight characters,
        valid for about 20 seconds) inside `data`, the second sends that code back. The reply
        tells which of the two happened.

        Args:
            confirmation_code: The eight-character code answered by the first call, valid for about 20 seconds.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The whole reply (`NewsletterProgramDeletion`).

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import ProgramDeletionRequest
        from . import delete_newsletter_program as _delete_newsletter_program

        body = ProgramDeletionRequest(
            confirmation_code=confirmation_code,
        )
        spec = _delete_newsletter_program._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _delete_newsletter_program._result, request_options)


class ProgramResourceWithRawResponse:
    """`program` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: ProgramResource) -> None:
        from . import delete_newsletter_program as _delete_newsletter_program
        from . import get_newsletter_program as _get_newsletter_program

        self.get = to_raw(resource.get, _get_newsletter_program._parse)
        self.delete = to_raw(resource.delete, _delete_newsletter_program._parse)


class AsyncProgramResource:
    """Operations on program."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProgramResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncProgramResourceWithRawResponse(self)

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> NewsletterProgramData:
        """Retrieve the program.

        GET /v1/program

        Describes the program the API key belongs to in one flat object with the public id, the
        e-mail provider (`esp_type`) and subscriber totals.

        Args:
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `NewsletterProgramData` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_newsletter_program as _get_newsletter_program

        spec = _get_newsletter_program._get_kwargs()

        return await self._client._request(spec, _get_newsletter_program._result, request_options)

    async def delete(
        self,
        *,
        confirmation_code: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> NewsletterProgramDeletion:
        """Delete the program.

        DELETE /v1/program

        Deletes the program with everything in it; this cannot be undone. The newsletter program
        page shows a single call answered with `{"status": 1}`; the general delete page describes
        two calls: the first, without `confirmation_code`, answers a short code (eight characters,
        valid for about 20 seconds) inside `data`, the second sends that code back. The reply
        tells which of the two happened.

        Args:
            confirmation_code: The eight-character code answered by the first call, valid for about 20 seconds.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The whole reply (`NewsletterProgramDeletion`).

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import ProgramDeletionRequest
        from . import delete_newsletter_program as _delete_newsletter_program

        body = ProgramDeletionRequest(
            confirmation_code=confirmation_code,
        )
        spec = _delete_newsletter_program._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _delete_newsletter_program._result, request_options)


class AsyncProgramResourceWithRawResponse:
    """`program` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncProgramResource) -> None:
        from . import delete_newsletter_program as _delete_newsletter_program
        from . import get_newsletter_program as _get_newsletter_program

        self.get = to_async_raw(resource.get, _get_newsletter_program._parse)
        self.delete = to_async_raw(resource.delete, _delete_newsletter_program._parse)
