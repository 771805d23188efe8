"""The `program` resource: one method per operation, sync and async, plain and raw."""

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.response import RawResponse
from ...models.newsletter_program_data import NewsletterProgramData
from ...models.newsletter_program_deletion import NewsletterProgramDeletion
from ...models.newsletter_program_envelope import NewsletterProgramEnvelope
from ...models.program_deletion_request import ProgramDeletionRequest
from ...types import UNSET, Unset
from . import delete_newsletter_program as _delete_newsletter_program
from . import get_newsletter_program as _get_newsletter_program


class ProgramResourceWithRawResponse:
    """Operations on program, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[NewsletterProgramEnvelope]:
        """Retrieve the program.

        GET /v1/program

        Describes the program the API key belongs to in one flat object with the public id, the
        e-mail provider (`esp_type`) and subscriber totals.
        """

        spec = _get_newsletter_program._get_kwargs()

        return self._client._request_raw(spec, _get_newsletter_program._parse, request_options)

    def delete(
        self,
        *,
        confirmation_code: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[NewsletterProgramDeletion]:
        """Delete the program.

        DELETE /v1/program

        Deletes the program with everything in it; this cannot be undone. The newsletter program
        page shows a single call answered with `{"status": 1}`; the general delete page describes
        two calls: the first, without `confirmation_code`, answers a short code (eight characters,
        valid for about 20 seconds) inside `data`, the second sends that code back. The reply
        tells which of the two happened.
        """

        body = ProgramDeletionRequest(
            confirmation_code=confirmation_code,
        )
        spec = _delete_newsletter_program._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _delete_newsletter_program._parse, request_options)


class ProgramResource:
    """Operations on program."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = ProgramResourceWithRawResponse(client)

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> NewsletterProgramData:
        """Retrieve the program.

        GET /v1/program

        Describes the program the API key belongs to in one flat object with the public id, the
        e-mail provider (`esp_type`) and subscriber totals.
        """

        spec = _get_newsletter_program._get_kwargs()

        envelope = self._client._request(spec, _get_newsletter_program._parse, request_options)
        return _get_newsletter_program._unwrap(envelope)

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
        """

        body = ProgramDeletionRequest(
            confirmation_code=confirmation_code,
        )
        spec = _delete_newsletter_program._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _delete_newsletter_program._parse, request_options)


class AsyncProgramResourceWithRawResponse:
    """Operations on program, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[NewsletterProgramEnvelope]:
        """Retrieve the program.

        GET /v1/program

        Describes the program the API key belongs to in one flat object with the public id, the
        e-mail provider (`esp_type`) and subscriber totals.
        """

        spec = _get_newsletter_program._get_kwargs()

        return await self._client._request_raw(spec, _get_newsletter_program._parse, request_options)

    async def delete(
        self,
        *,
        confirmation_code: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[NewsletterProgramDeletion]:
        """Delete the program.

        DELETE /v1/program

        Deletes the program with everything in it; this cannot be undone. The newsletter program
        page shows a single call answered with `{"status": 1}`; the general delete page describes
        two calls: the first, without `confirmation_code`, answers a short code (eight characters,
        valid for about 20 seconds) inside `data`, the second sends that code back. The reply
        tells which of the two happened.
        """

        body = ProgramDeletionRequest(
            confirmation_code=confirmation_code,
        )
        spec = _delete_newsletter_program._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _delete_newsletter_program._parse, request_options)


class AsyncProgramResource:
    """Operations on program."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncProgramResourceWithRawResponse(client)

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> NewsletterProgramData:
        """Retrieve the program.

        GET /v1/program

        Describes the program the API key belongs to in one flat object with the public id, the
        e-mail provider (`esp_type`) and subscriber totals.
        """

        spec = _get_newsletter_program._get_kwargs()

        envelope = await self._client._request(spec, _get_newsletter_program._parse, request_options)
        return _get_newsletter_program._unwrap(envelope)

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
        """

        body = ProgramDeletionRequest(
            confirmation_code=confirmation_code,
        )
        spec = _delete_newsletter_program._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _delete_newsletter_program._parse, request_options)
