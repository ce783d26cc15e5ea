// What the browser tests share: Debian's Chromium through playwright-core, every request outside the pages'
// origin refused and recorded, page errors recorded, numbered steps, a summary and the exit code.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {chromium} from "playwright-core";

const CHROMIUM = process.env.FKG_CHROMIUM || "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];
export const SHOTS = process.env.FKG_SHOTS || "out/browser";

let passed = 0, failed = 0;
export async function step(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.stack || e}`);
  }
}

/** A browser whose requests may only go where `allowed(url)` says; runs `body(page, context)`, then the offline check. */
export async function run(allowed, body) {
  fs.mkdirSync(SHOTS, {recursive: true});
  const outside = [], pageErrors = [];
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "fkg-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: {width: 1500, height: 950}, acceptDownloads: true,
  });
  await context.route("**/*", route => {
    const u = route.request().url();
    if (allowed(u) || u.startsWith("data:") || u.startsWith("blob:")) return route.continue();
    outside.push(u);
    return route.abort();
  });
  const page = context.pages()[0] || await context.newPage();
  page.on("pageerror", e => pageErrors.push(String(e)));
  page.setDefaultTimeout(30000);
  try {
    await body(page, context);
    await step("no request left the pages' origin and no page error", async () => {
      assert.deepEqual(outside, []);
      assert.deepEqual(pageErrors, []);
    });
  } finally {
    await context.close();
    fs.rmSync(profile, {recursive: true, force: true});
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

export const shot = (page, name) => page.screenshot({path: path.join(SHOTS, name)});
