"""The `program` resource: one method per operation, sync and async; raw access wraps them.

An operation's module (and the models its body takes) is imported by its method on the first
call, not here: touching a resource then loads the few modules its first call needs, not every
model the resource's methods name.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.params import as_model
from ...._core.raw import to_async_raw, to_raw
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.affiliate_program_data import AffiliateProgramData
    from ...models.affiliate_program_overview_data import AffiliateProgramOverviewData
    from ...models.affiliate_program_portal_changes import AffiliateProgramPortalChanges
    from ...models.affiliate_program_settings_changes import AffiliateProgramSettingsChanges
    from ...models.program_deletion_step import ProgramDeletionStep
    from ...models.program_message_reply import ProgramMessageReply
    from ...params import AffiliateProgramPortalChangesParam, AffiliateProgramSettingsChangesParam


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
    ) -> AffiliateProgramData:
        """Retrieve the program.

        GET /v1/program

        Describes the program the API key belongs to in `program`, `stats`, `program_settings` and
        `portal_settings` objects. Money figures come back as display strings keyed by lower-case
        currency code, and several counters as strings.

        Args:
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateProgramData` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_program as _get_program

        spec = _get_program._get_kwargs()

        return self._client._request(spec, _get_program._result, request_options)

    def update(
        self,
        *,
        name: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        program_settings: AffiliateProgramSettingsChanges
        | AffiliateProgramSettingsChangesParam
        | None
        | Unset = UNSET,
        portal_settings: AffiliateProgramPortalChanges
        | AffiliateProgramPortalChangesParam
        | None
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProgramMessageReply:
        """Update the program.

        PUT /v1/program

        Changes the program's name, website and the switches under `program_settings` and
        `portal_settings`. Only the fields sent change. A website that is not a valid URL is refused
        with 422. The reply carries a confirmation message and no record.

        Args:
            name: New program name, at most 255 characters.
            website: The program's website; must be a valid URL.
            program_settings: Program switches to change, such as `currency` or `cookie_lifetime` (days); fields left out keep their value.
            portal_settings: Partner-portal switches to change, such as `registration_disabled`; fields left out keep their value.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`ProgramMessageReply`), which only confirms the request.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import AffiliateProgramPortalChanges, AffiliateProgramSettingsChanges, ProgramUpdate
        from ...params import AffiliateProgramPortalChangesParam, AffiliateProgramSettingsChangesParam
        from . import update_program as _update_program

        body = ProgramUpdate(
            name=name,
            website=website,
            program_settings=program_settings
            if isinstance(program_settings, Unset) or program_settings is None
            else as_model(
                "program_settings",
                program_settings,
                AffiliateProgramSettingsChanges,
                AffiliateProgramSettingsChangesParam,
            ),
            portal_settings=portal_settings
            if isinstance(portal_settings, Unset) or portal_settings is None
            else as_model(
                "portal_settings",
                portal_settings,
                AffiliateProgramPortalChanges,
                AffiliateProgramPortalChangesParam,
            ),
        )
        spec = _update_program._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _update_program._result, request_options)

    def delete(
        self,
        *,
        confirmation_code: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProgramDeletionStep:
        """Delete the program.

        DELETE /v1/program

        Deletes the program with everything in it; this cannot be undone. It takes two calls: the
        first, without `confirmation_code`, answers a short code (eight characters, valid for about
        20 seconds) inside `data` and no `status`; the second sends that code back and answers
        `status` and a message.

        Args:
            confirmation_code: The eight-character code answered by the first call, valid for about 20 seconds.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The whole reply (`ProgramDeletionStep`).

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import ProgramDeletionRequest
        from . import delete_program as _delete_program

        body = ProgramDeletionRequest(
            confirmation_code=confirmation_code,
        )
        spec = _delete_program._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _delete_program._result, request_options)

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

        Args:
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateProgramOverviewData` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_program_overview as _get_program_overview

        spec = _get_program_overview._get_kwargs()

        return self._client._request(spec, _get_program_overview._result, request_options)


class ProgramResourceWithRawResponse:
    """`program` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: ProgramResource) -> None:
        from . import delete_program as _delete_program
        from . import get_program as _get_program
        from . import get_program_overview as _get_program_overview
        from . import update_program as _update_program

        self.get = to_raw(resource.get, _get_program._parse)
        self.update = to_raw(resource.update, _update_program._parse)
        self.delete = to_raw(resource.delete, _delete_program._parse)
        self.get_overview = to_raw(resource.get_overview, _get_program_overview._parse)


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
    ) -> AffiliateProgramData:
        """Retrieve the program.

        GET /v1/program

        Describes the program the API key belongs to in `program`, `stats`, `program_settings` and
        `portal_settings` objects. Money figures come back as display strings keyed by lower-case
        currency code, and several counters as strings.

        Args:
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateProgramData` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_program as _get_program

        spec = _get_program._get_kwargs()

        return await self._client._request(spec, _get_program._result, request_options)

    async def update(
        self,
        *,
        name: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        program_settings: AffiliateProgramSettingsChanges
        | AffiliateProgramSettingsChangesParam
        | None
        | Unset = UNSET,
        portal_settings: AffiliateProgramPortalChanges
        | AffiliateProgramPortalChangesParam
        | None
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProgramMessageReply:
        """Update the program.

        PUT /v1/program

        Changes the program's name, website and the switches under `program_settings` and
        `portal_settings`. Only the fields sent change. A website that is not a valid URL is refused
        with 422. The reply carries a confirmation message and no record.

        Args:
            name: New program name, at most 255 characters.
            website: The program's website; must be a valid URL.
            program_settings: Program switches to change, such as `currency` or `cookie_lifetime` (days); fields left out keep their value.
            portal_settings: Partner-portal switches to change, such as `registration_disabled`; fields left out keep their value.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`ProgramMessageReply`), which only confirms the request.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import AffiliateProgramPortalChanges, AffiliateProgramSettingsChanges, ProgramUpdate
        from ...params import AffiliateProgramPortalChangesParam, AffiliateProgramSettingsChangesParam
        from . import update_program as _update_program

        body = ProgramUpdate(
            name=name,
            website=website,
            program_settings=program_settings
            if isinstance(program_settings, Unset) or program_settings is None
            else as_model(
                "program_settings",
                program_settings,
                AffiliateProgramSettingsChanges,
                AffiliateProgramSettingsChangesParam,
            ),
            portal_settings=portal_settings
            if isinstance(portal_settings, Unset) or portal_settings is None
            else as_model(
                "portal_settings",
                portal_settings,
                AffiliateProgramPortalChanges,
                AffiliateProgramPortalChangesParam,
            ),
        )
        spec = _update_program._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _update_program._result, request_options)

    async def delete(
        self,
        *,
        confirmation_code: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProgramDeletionStep:
        """Delete the program.

        DELETE /v1/program

        Deletes the program with everything in it; this cannot be undone. It takes two calls: the
        first, without `confirmation_code`, answers a short code (eight characters, valid for about
        20 seconds) inside `data` and no `status`; the second sends that code back and answers
        `status` and a message.

        Args:
            confirmation_code: The eight-character code answered by the first call, valid for about 20 seconds.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The whole reply (`ProgramDeletionStep`).

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import ProgramDeletionRequest
        from . import delete_program as _delete_program

        body = ProgramDeletionRequest(
            confirmation_code=confirmation_code,
        )
        spec = _delete_program._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _delete_program._result, request_options)

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

        Args:
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateProgramOverviewData` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_program_overview as _get_program_overview

        spec = _get_program_overview._get_kwargs()

        return await self._client._request(spec, _get_program_overview._result, request_options)


class AsyncProgramResourceWithRawResponse:
    """`program` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncProgramResource) -> None:
        from . import delete_program as _delete_program
        from . import get_program as _get_program
        from . import get_program_overview as _get_program_overview
        from . import update_program as _update_program

        self.get = to_async_raw(resource.get, _get_program._parse)
        self.update = to_async_raw(resource.update, _update_program._parse)
        self.delete = to_async_raw(resource.delete, _delete_program._parse)
        self.get_overview = to_async_raw(resource.get_overview, _get_program_overview._parse)
