"""The async client: concurrent creates, then `async for` across every page."""

import asyncio

from _settings import API_KEY, BASE_URL
from partnero_client.affiliate import AsyncAffiliateClient


async def main() -> None:
    async with AsyncAffiliateClient(api_key=API_KEY, base_url=BASE_URL) as client:
        created = await asyncio.gather(
            *(client.partners.create(email=f"async{n}@example.com") for n in range(6))
        )
        print("created", len(created), "partners concurrently")
        page = await client.partners.list(limit=4)
        emails = [partner.email async for partner in page]
        print(
            "iterated", len(emails), "partners over", "several pages" if page.has_next_page() else "one page"
        )


if __name__ == "__main__":
    asyncio.run(main())
