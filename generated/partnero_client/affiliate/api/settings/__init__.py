"""The `settings` resource: one method per operation, sync and async, plain and raw."""

import builtins

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.response import RawResponse
from ...models.settings_reply import SettingsReply
from ...models.settings_update import SettingsUpdate
from ...models.settings_update_settings_type_0 import SettingsUpdateSettingsType0
from . import update_settings as _update_settings


class SettingsResourceWithRawResponse:
    """Operations on settings, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def update(
        self,
        *,
        settings: builtins.list[str] | SettingsUpdateSettingsType0,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SettingsReply]:
        """Update program settings.

        PUT /v1/settings

        Changes program settings given as a free-form map; no setting names are documented. `PUT
        /v1/program` with `program_settings` is the documented way.
        """

        body = SettingsUpdate(
            settings=settings,
        )
        spec = _update_settings._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _update_settings._parse, request_options)


class SettingsResource:
    """Operations on settings."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = SettingsResourceWithRawResponse(client)

    def update(
        self,
        *,
        settings: builtins.list[str] | SettingsUpdateSettingsType0,
        request_options: RequestOptions | None = None,
    ) -> SettingsReply:
        """Update program settings.

        PUT /v1/settings

        Changes program settings given as a free-form map; no setting names are documented. `PUT
        /v1/program` with `program_settings` is the documented way.
        """

        body = SettingsUpdate(
            settings=settings,
        )
        spec = _update_settings._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _update_settings._parse, request_options)


class AsyncSettingsResourceWithRawResponse:
    """Operations on settings, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def update(
        self,
        *,
        settings: builtins.list[str] | SettingsUpdateSettingsType0,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SettingsReply]:
        """Update program settings.

        PUT /v1/settings

        Changes program settings given as a free-form map; no setting names are documented. `PUT
        /v1/program` with `program_settings` is the documented way.
        """

        body = SettingsUpdate(
            settings=settings,
        )
        spec = _update_settings._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _update_settings._parse, request_options)


class AsyncSettingsResource:
    """Operations on settings."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncSettingsResourceWithRawResponse(client)

    async def update(
        self,
        *,
        settings: builtins.list[str] | SettingsUpdateSettingsType0,
        request_options: RequestOptions | None = None,
    ) -> SettingsReply:
        """Update program settings.

        PUT /v1/settings

        Changes program settings given as a free-form map; no setting names are documented. `PUT
        /v1/program` with `program_settings` is the documented way.
        """

        body = SettingsUpdate(
            settings=settings,
        )
        spec = _update_settings._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _update_settings._parse, request_options)
