"""The `program` resource: one method per operation, sync and async, plain and raw."""

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.response import RawResponse
from ...models.affiliate_program_data import AffiliateProgramData
from ...models.affiliate_program_envelope import AffiliateProgramEnvelope
from ...models.affiliate_program_overview_data import AffiliateProgramOverviewData
from ...models.affiliate_program_overview_envelope import AffiliateProgramOverviewEnvelope
from ...models.affiliate_program_portal_changes import AffiliateProgramPortalChanges
from ...models.affiliate_program_settings_changes import AffiliateProgramSettingsChanges
from ...models.program_deletion_request import ProgramDeletionRequest
from ...models.program_deletion_step import ProgramDeletionStep
from ...models.program_message_reply import ProgramMessageReply
from ...models.program_update import ProgramUpdate
from ...types import UNSET, Unset
from . import delete_program as _delete_program
from . import get_program as _get_program
from . import get_program_overview as _get_program_overview
from . import update_program as _update_program


class ProgramResourceWithRawResponse:
    """Operations on program, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateProgramEnvelope]:
        """Retrieve the program.

        GET /v1/program

        Describes the program the API key belongs to in `program`, `stats`, `program_settings` and
        `portal_settings` objects. Money figures come back as display strings keyed by lower-case
        currency code, and several counters as strings.
        """

        spec = _get_program._get_kwargs()

        return self._client._request_raw(spec, _get_program._parse, request_options)

    def update(
        self,
        *,
        name: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        program_settings: AffiliateProgramSettingsChanges | None | Unset = UNSET,
        portal_settings: AffiliateProgramPortalChanges | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ProgramMessageReply]:
        """Update the program.

        PUT /v1/program

        Changes the program's name, website and the switches under `program_settings` and
        `portal_settings`. Only the fields sent change. A website that is not a valid URL is
        refused
        with 422. The reply carries a confirmation message and no record.
        """

        body = ProgramUpdate(
            name=name,
            website=website,
            program_settings=program_settings,
            portal_settings=portal_settings,
        )
        spec = _update_program._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _update_program._parse, request_options)

    def delete(
        self,
        *,
        confirmation_code: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ProgramDeletionStep]:
        """Delete the program.

        DELETE /v1/program

        Deletes the program with everything in it; this cannot be undone. It takes two calls: the
        first, without `confirmation_code`, answers a short code (eight characters, valid for
        about
        20 seconds) inside `data` and no `status`; the second sends that code back and answers
        `status` and a message.
        """

        body = ProgramDeletionRequest(
            confirmation_code=confirmation_code,
        )
        spec = _delete_program._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _delete_program._parse, request_options)

    def get_overview(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateProgramOverviewEnvelope]:
        """Retrieve the legacy program overview.

        GET /v1/program/overview

        The older summary of the program's figures, still served; use `GET /v1/program` instead.
        The reply holds the current settings under `overview_program_current_settings` with the
        totals flat beside them.
        """

        spec = _get_program_overview._get_kwargs()

        return self._client._request_raw(spec, _get_program_overview._parse, request_options)


class ProgramResource:
    """Operations on program."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = ProgramResourceWithRawResponse(client)

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AffiliateProgramData:
        """Retrieve the program.

        GET /v1/program

        Describes the program the API key belongs to in `program`, `stats`, `program_settings` and
        `portal_settings` objects. Money figures come back as display strings keyed by lower-case
        currency code, and several counters as strings.
        """

        spec = _get_program._get_kwargs()

        envelope = self._client._request(spec, _get_program._parse, request_options)
        return _get_program._unwrap(envelope)

    def update(
        self,
        *,
        name: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        program_settings: AffiliateProgramSettingsChanges | None | Unset = UNSET,
        portal_settings: AffiliateProgramPortalChanges | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProgramMessageReply:
        """Update the program.

        PUT /v1/program

        Changes the program's name, website and the switches under `program_settings` and
        `portal_settings`. Only the fields sent change. A website that is not a valid URL is
        refused
        with 422. The reply carries a confirmation message and no record.
        """

        body = ProgramUpdate(
            name=name,
            website=website,
            program_settings=program_settings,
            portal_settings=portal_settings,
        )
        spec = _update_program._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _update_program._parse, request_options)

    def delete(
        self,
        *,
        confirmation_code: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProgramDeletionStep:
        """Delete the program.

        DELETE /v1/program

        Deletes the program with everything in it; this cannot be undone. It takes two calls: the
        first, without `confirmation_code`, answers a short code (eight characters, valid for
        about
        20 seconds) inside `data` and no `status`; the second sends that code back and answers
        `status` and a message.
        """

        body = ProgramDeletionRequest(
            confirmation_code=confirmation_code,
        )
        spec = _delete_program._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _delete_program._parse, request_options)

    def get_overview(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AffiliateProgramOverviewData:
        """Retrieve the legacy program overview.

        GET /v1/program/overview

        The older summary of the program's figures, still served; use `GET /v1/program` instead.
        The reply holds the current settings under `overview_program_current_settings` with the
        totals flat beside them.
        """

        spec = _get_program_overview._get_kwargs()

        envelope = self._client._request(spec, _get_program_overview._parse, request_options)
        return _get_program_overview._unwrap(envelope)


class AsyncProgramResourceWithRawResponse:
    """Operations on program, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateProgramEnvelope]:
        """Retrieve the program.

        GET /v1/program

        Describes the program the API key belongs to in `program`, `stats`, `program_settings` and
        `portal_settings` objects. Money figures come back as display strings keyed by lower-case
        currency code, and several counters as strings.
        """

        spec = _get_program._get_kwargs()

        return await self._client._request_raw(spec, _get_program._parse, request_options)

    async def update(
        self,
        *,
        name: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        program_settings: AffiliateProgramSettingsChanges | None | Unset = UNSET,
        portal_settings: AffiliateProgramPortalChanges | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ProgramMessageReply]:
        """Update the program.

        PUT /v1/program

        Changes the program's name, website and the switches under `program_settings` and
        `portal_settings`. Only the fields sent change. A website that is not a valid URL is
        refused
        with 422. The reply carries a confirmation message and no record.
        """

        body = ProgramUpdate(
            name=name,
            website=website,
            program_settings=program_settings,
            portal_settings=portal_settings,
        )
        spec = _update_program._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _update_program._parse, request_options)

    async def delete(
        self,
        *,
        confirmation_code: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ProgramDeletionStep]:
        """Delete the program.

        DELETE /v1/program

        Deletes the program with everything in it; this cannot be undone. It takes two calls: the
        first, without `confirmation_code`, answers a short code (eight characters, valid for
        about
        20 seconds) inside `data` and no `status`; the second sends that code back and answers
        `status` and a message.
        """

        body = ProgramDeletionRequest(
            confirmation_code=confirmation_code,
        )
        spec = _delete_program._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _delete_program._parse, request_options)

    async def get_overview(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateProgramOverviewEnvelope]:
        """Retrieve the legacy program overview.

        GET /v1/program/overview

        The older summary of the program's figures, still served; use `GET /v1/program` instead.
        The reply holds the current settings under `overview_program_current_settings` with the
        totals flat beside them.
        """

        spec = _get_program_overview._get_kwargs()

        return await self._client._request_raw(spec, _get_program_overview._parse, request_options)


class AsyncProgramResource:
    """Operations on program."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncProgramResourceWithRawResponse(client)

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AffiliateProgramData:
        """Retrieve the program.

        GET /v1/program

        Describes the program the API key belongs to in `program`, `stats`, `program_settings` and
        `portal_settings` objects. Money figures come back as display strings keyed by lower-case
        currency code, and several counters as strings.
        """

        spec = _get_program._get_kwargs()

        envelope = await self._client._request(spec, _get_program._parse, request_options)
        return _get_program._unwrap(envelope)

    async def update(
        self,
        *,
        name: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        program_settings: AffiliateProgramSettingsChanges | None | Unset = UNSET,
        portal_settings: AffiliateProgramPortalChanges | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProgramMessageReply:
        """Update the program.

        PUT /v1/program

        Changes the program's name, website and the switches under `program_settings` and
        `portal_settings`. Only the fields sent change. A website that is not a valid URL is
        refused
        with 422. The reply carries a confirmation message and no record.
        """

        body = ProgramUpdate(
            name=name,
            website=website,
            program_settings=program_settings,
            portal_settings=portal_settings,
        )
        spec = _update_program._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _update_program._parse, request_options)

    async def delete(
        self,
        *,
        confirmation_code: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProgramDeletionStep:
        """Delete the program.

        DELETE /v1/program

        Deletes the program with everything in it; this cannot be undone. It takes two calls: the
        first, without `confirmation_code`, answers a short code (eight characters, valid for
        about
        20 seconds) inside `data` and no `status`; the second sends that code back and answers
        `status` and a message.
        """

        body = ProgramDeletionRequest(
            confirmation_code=confirmation_code,
        )
        spec = _delete_program._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _delete_program._parse, request_options)

    async def get_overview(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AffiliateProgramOverviewData:
        """Retrieve the legacy program overview.

        GET /v1/program/overview

        The older summary of the program's figures, still served; use `GET /v1/program` instead.
        The reply holds the current settings under `overview_program_current_settings` with the
        totals flat beside them.
        """

        spec = _get_program_overview._get_kwargs()

        envelope = await self._client._request(spec, _get_program_overview._parse, request_options)
        return _get_program_overview._unwrap(envelope)
