"""The `settings` resource: one method per operation, sync and async; raw access wraps them.

An operation's module (and the models its body takes) is imported by its method on the first
call, not here: touching a resource then loads the few modules its first call needs, not every
model the resource's methods name.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.params import as_model
from ...._core.raw import to_async_raw, to_raw

if TYPE_CHECKING:
    from ...models.settings_update_settings_type_0 import SettingsUpdateSettingsType0
    from ...models.stored_settings import StoredSettings
    from ...params import SettingsUpdateSettingsType0Param


class SettingsResource:
    """Operations on settings."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SettingsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return SettingsResourceWithRawResponse(self)

    def update(
        self,
        *,
        settings: builtins.list[str] | SettingsUpdateSettingsType0 | SettingsUpdateSettingsType0Param,
        request_options: RequestOptions | None = None,
    ) -> StoredSettings:
        """Update program settings.

        PUT /v1/settings

        Changes program settings given as a free-form map; no setting names are documented. `PUT
        /v1/program` with `program_settings` is the documented way.

        Args:
            settings: Setting names mapped to new values; no names are documented. An empty map may also be
                sent as an empty JSON array.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `StoredSettings` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import SettingsUpdate, SettingsUpdateSettingsType0
        from ...params import SettingsUpdateSettingsType0Param
        from . import update_settings as _update_settings

        body = SettingsUpdate(
            settings=as_model(
                "settings", settings, SettingsUpdateSettingsType0, SettingsUpdateSettingsType0Param
            ),
        )
        spec = _update_settings._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _update_settings._result, request_options)


class SettingsResourceWithRawResponse:
    """`settings` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: SettingsResource) -> None:
        from . import update_settings as _update_settings

        self.update = to_raw(resource.update, _update_settings._parse)


class AsyncSettingsResource:
    """Operations on settings."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSettingsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncSettingsResourceWithRawResponse(self)

    async def update(
        self,
        *,
        settings: builtins.list[str] | SettingsUpdateSettingsType0 | SettingsUpdateSettingsType0Param,
        request_options: RequestOptions | None = None,
    ) -> StoredSettings:
        """Update program settings.

        PUT /v1/settings

        Changes program settings given as a free-form map; no setting names are documented. `PUT
        /v1/program` with `program_settings` is the documented way.

        Args:
            settings: Setting names mapped to new values; no names are documented. An empty map may also be
                sent as an empty JSON array.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `StoredSettings` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import SettingsUpdate, SettingsUpdateSettingsType0
        from ...params import SettingsUpdateSettingsType0Param
        from . import update_settings as _update_settings

        body = SettingsUpdate(
            settings=as_model(
                "settings", settings, SettingsUpdateSettingsType0, SettingsUpdateSettingsType0Param
            ),
        )
        spec = _update_settings._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _update_settings._result, request_options)


class AsyncSettingsResourceWithRawResponse:
    """`settings` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncSettingsResource) -> None:
        from . import update_settings as _update_settings

        self.update = to_async_raw(resource.update, _update_settings._parse)
