// `make docs-check`: open every HTML reference in dist/docs in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core; no browser download, no network needed), go to
// each operation of the view, and assert that the page renders it with its method, path and
// summary. Saves dist/docs/<name>.png (top of the page) and <name>-operation.png (the first
// operation). Any request that leaves the file (the CDN logo, telemetry) is blocked and listed.
import { chromium } from "playwright-core";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const dist = resolve(process.argv[2] ?? "dist");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  console.error(`${executablePath} not found: apt-get install -y chromium (or set CHROMIUM=/path/to/chromium)`);
  process.exit(2);
}
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
// Requests a page may make that we block without failing: Redoc's sidebar logo.
const TOLERATED = [/^https:\/\/cdn\.redoc\.ly\/redoc\/logo-[\w-]+\.svg$/];

const manifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
const profile = mkdtempSync(join(tmpdir(), "partnero-docs-check-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: { width: 1280, height: 1600 },
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
const failures = [];
let passed = 0;
let failed = 0;
try {
  for (const [name, entry] of Object.entries(manifest.documents)) {
    if (entry.program === null) continue;
    const started = Date.now();
    const doc = JSON.parse(readFileSync(join(dist, entry.json), "utf8"));
    const operations = [];
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const method of METHODS) {
        if (item[method]) operations.push({ method, path, ...item[method] });
      }
    }
    const page = await context.newPage();
    const external = [];
    const errors = [];
    page.on("pageerror", (err) => errors.push(String(err)));
    await page.route(
      (url) => url.protocol !== "file:" && url.protocol !== "data:",
      (route) => { external.push(route.request().url()); return route.abort(); },
    );
    await page.goto(pathToFileURL(join(dist, "docs", `${name}.html`)).href, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    // Redoc 3 addresses each operation as #/<tag>/<operation id, lower-cased> and renders an
    // operation's section when it is navigated to (sections far from the viewport stay empty).
    // So: go to each operation's address and read what the browser shows in its section.
    await page.locator('a[href^="#/"]').first().waitFor({ timeout: 15000 });
    const links = await page.locator('a[href^="#/"]').evaluateAll((els) => els.map((el) => el.getAttribute("href")));
    const squash = (s) => s.replace(/\s+/g, "").toLowerCase();
    const slugify = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    const url = page.url();
    const missing = [];
    const seen = [];
    for (const op of operations) {
      const slug = String(op.operationId).toLowerCase();
      // The overview panels link the first few operations of each tag; build the others' links.
      const tag = slugify(String((op.tags ?? [])[0] ?? ""));
      const href =
        links.find((h) => h.split("/").length === 3 && h.endsWith(`/${slug}`)) ??
        (links.includes(`#/${tag}`) ? `#/${tag}/${slug}` : undefined);
      const problems = [];
      if (!href) problems.push(`no link to its tag section #/${tag}`);
      else {
        await page.goto(url + href);
        const section = page.locator(`[data-section-id="${href.slice(1)}"]`).first();
        let text = "";
        for (let i = 0; i < 100 && !text; i++) {
          if (await section.count()) text = squash(await section.innerText());
          if (!text) await page.waitForTimeout(50);
        }
        if (!text) problems.push("section empty or missing");
        else {
          if (!text.includes(squash(op.path))) problems.push("path not shown");
          if (!text.includes(op.method)) problems.push("method not shown");
          if (op.summary && !text.includes(squash(op.summary))) problems.push("summary not shown");
        }
        if (!problems.length) seen.push(href);
      }
      if (problems.length) missing.push(`${op.method.toUpperCase()} ${op.path} (${op.operationId}): ${problems.join(", ")}`);
    }
    if (seen.length) {
      await page.goto(url + seen[0]);
      await page.waitForTimeout(300);
      await page.locator(`[data-section-id="${seen[0].slice(1)}"]`).first().screenshot({ path: join(dist, "docs", `${name}-operation.png`) });
    }
    await page.goto(url);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(dist, "docs", `${name}.png`) });
    const unexpected = external.filter((url) => !TOLERATED.some((re) => re.test(url)));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`${name}: ${operations.length - missing.length}/${operations.length} operations rendered (${seconds} s)`);
    for (const m of missing) console.log(`  missing ${m}`);
    for (const url of unexpected) console.log(`  unexpected request ${url}`);
    for (const err of errors) console.log(`  page error ${err}`);
    passed += operations.length - missing.length;
    failed += missing.length;
    if (operations.length === 0) failures.push(`${name}: the view has no operations`);
    if (missing.length) failures.push(`${name}: ${missing.length} operations not rendered`);
    if (unexpected.length) failures.push(`${name}: ${unexpected.length} unexpected network requests`);
    if (errors.length) failures.push(`${name}: ${errors.length} page errors`);
    await page.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`docs-check: ${passed} passed, ${failed} failed`);
if (failures.length) {
  console.error(`docs check failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
