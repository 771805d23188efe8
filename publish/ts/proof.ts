// Cross-language proof: a TypeScript client generated from the affiliate view (openapi-typescript
// types + openapi-fetch) creates a partner on the mock and reads it back.
//   PARTNERO_BASE_URL=http://127.0.0.1:4010 node out/proof.js   (make ts-proof does all of it)
import assert from "node:assert/strict";

import { createAffiliateClient } from "./generated/affiliate-client.js";
import type { components } from "./generated/affiliate.js";

type Partner = components["schemas"]["Partner"];

const baseUrl = process.env.PARTNERO_BASE_URL ?? "http://127.0.0.1:4010";
// Any key starting test_affiliate_ is an affiliate program of its own on the mock.
const apiKey = process.env.PARTNERO_API_KEY ?? `test_affiliate_ts_proof_${process.pid}`;
const client = createAffiliateClient(baseUrl, apiKey);

const email = `ada.${Date.now()}@example.com`;
const created = await client.POST("/v1/partners", {
  body: { email, name: "Ada", surname: "Lovelace", tags: ["typescript", "proof"] },
});
assert.ok(created.data, `create failed: ${created.response.status} ${JSON.stringify(created.error)}`);
assert.ok([200, 201].includes(created.response.status), `create answered ${created.response.status}`);
const partner: Partner = created.data.data;
assert.equal(partner.email, email);

const read = await client.GET("/v1/partners/{id}", { params: { path: { id: partner.id } } });
assert.ok(read.data, `read failed: ${read.response.status} ${JSON.stringify(read.error)}`);
const again: Partner = read.data.data;
assert.equal(again.id, partner.id);
assert.equal(again.email, email);
assert.equal(again.name, "Ada");
assert.equal(again.surname, "Lovelace");
assert.deepEqual(
  (again.tags ?? []).map((tag) => tag.value).sort(),
  ["proof", "typescript"],
);

const unknown = await client.GET("/v1/partners/{id}", { params: { path: { id: "no-such-partner" } } });
assert.equal(unknown.response.status, 404);
assert.ok(unknown.error, "a 404 carries the documented error body");

// The generated types are precise: these calls must not compile (tsc fails if they do).
export function typeErrors(): void {
  // @ts-expect-error email is required
  void client.POST("/v1/partners", { body: { name: "No e-mail" } });
  // @ts-expect-error the path parameter is required
  void client.GET("/v1/partners/{id}", {});
  // @ts-expect-error no such path in the affiliate view
  void client.GET("/v1/no-such-path");
}

console.log(`ts proof: created and read partner ${again.id} (${again.email}) at ${baseUrl}`);
