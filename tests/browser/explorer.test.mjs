// The explorer and the docs pages in a real browser: playwright-core driving Debian's Chromium.
//   FKG_BASE=http://127.0.0.1:8000 FKG_SHOTS=out/browser node tests/browser/explorer.test.mjs
// Every request that leaves the server is refused and reported: the pages must work offline.
// Screenshots go to FKG_SHOTS (CI keeps them as artifacts). Exit 0 when every step passed.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import {SHOTS, run, shot as shoot, step} from "./harness.mjs";

const BASE = process.env.FKG_BASE || "http://127.0.0.1:8000";
const origin = new URL(BASE).origin;
const log = msg => console.log(msg);

async function api(p) {
  const r = await fetch(origin + p);
  assert.equal(r.status, 200, `${p}: ${r.status}`);
  return r.json();
}

await run(u => u.startsWith(origin), async page => {
  page.on("console", m => { if (/Content Security Policy/.test(m.text())) log(`     refused by the page's CSP: ${m.text().slice(0, 160)}`); });
  page.setDefaultTimeout(20000);

  const ready = () => page.waitForFunction(() => document.body.dataset.state === "ready");
  const shot = name => shoot(page, name);
  // the state of one edge in the drawing, found by its ends' names and predicate
  const edge = (from, to, predicate) => page.evaluate(([a, b, p]) => {
    const e = window.fkg.cy.edges().filter(x => x.source().data("name") === a && x.target().data("name") === b && x.data("predicate") === p)[0];
    return e ? {id: e.id(), label: e.data("label"), state: e.data("state"), visible: e.visible()} : null;
  }, [from, to, predicate]);
  async function setMonth(y, m) {
    await page.locator("#asof").fill(String(y * 12 + m - 1));
    await ready();
    assert.equal(await page.locator("#asof-label").textContent(), `${y}-${String(m).padStart(2, "0")}`);
  }
  const holders = async () => (await page.locator("#holders li").allTextContents()).map(t => t.replace(/\s+/g, " ").trim());

  await step("the landing page links to the explorer", async () => {
    await page.goto(`${BASE}/`);
    await page.click("a#explore");
    await page.waitForURL(/\/explore$/);
    await ready();
  });

  await step("search finds 普惠立信 and draws its holders with percentages", async () => {
    await page.fill("#search", "普惠立信");
    await page.waitForSelector("#results li[data-i]");
    assert.match(await page.locator("#results li[data-i]").first().textContent(), /普惠立信/);
    await page.press("#search", "Enter");
    await ready();
    await page.waitForFunction(() => /nodes/.test(document.getElementById("status").textContent));
    assert.equal(await page.locator("#detail-title").textContent(), "普惠立信");
    const now = await holders();
    assert.ok(now.some(t => t.startsWith("普惠管理 100%")), now.join(" | "));
    const e = await edge("普惠管理", "普惠立信", "HOLDS_STAKE");
    assert.ok(e && e.state === "current" && /%/.test(e.label), JSON.stringify(e));
    await shot("explorer-now.png");
  });

  await step("before the sale (2022-10): 上海壹账通 holds 40%, the sale has not happened", async () => {
    await setMonth(2022, 10);
    const h = await holders();
    assert.ok(h.some(t => t.startsWith("上海壹账通 40%")), h.join(" | "));
    assert.ok(h.some(t => t.startsWith("普惠管理 60%")), h.join(" | "));
    const stake = await edge("上海壹账通", "普惠立信", "HOLDS_STAKE");
    assert.equal(stake.state, "current");
    assert.match(stake.label, /^40%/);
    const sale = await edge("上海壹账通", "普惠立信", "SOLD_STAKE");
    assert.ok(sale && !sale.visible && sale.state === "future", JSON.stringify(sale));
    await shot("explorer-2022-10-before-sale.png");
  });

  await step("after the sale (2022-12): the 40% stake is former, 普惠管理 holds 100%", async () => {
    await setMonth(2022, 12);
    const h = await holders();
    assert.ok(h.some(t => t.startsWith("普惠管理 100%")), h.join(" | "));
    assert.ok(!h.some(t => t.startsWith("上海壹账通")), h.join(" | "));
    const stake = await edge("上海壹账通", "普惠立信", "HOLDS_STAKE");
    assert.equal(stake.state, "former");
    const sale = await edge("上海壹账通", "普惠立信", "SOLD_STAKE");
    assert.ok(sale.visible && /2022-11-24/.test(sale.label), JSON.stringify(sale));
    await shot("explorer-2022-12-after-sale.png");
  });

  await step("clicking the sale's edge shows its evidence sentence", async () => {
    const sale = await edge("上海壹账通", "普惠立信", "SOLD_STAKE");
    const facts = await api(`/facts?subject=${encodeURIComponent("上海壹账通")}&predicate=SOLD_STAKE&object=${encodeURIComponent("普惠立信")}`);
    const expected = facts.facts.find(f => f.id === sale.id).evidence.map(x => x.evidence);
    const at = await page.evaluate(id => window.fkg.cy.getElementById(id).renderedMidpoint(), sale.id);
    const box = await page.locator("#cy").boundingBox();
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForSelector("#detail blockquote.evidence");
    const shown = await page.locator("#detail blockquote.evidence").allTextContents();
    assert.ok(shown.some(t => t.includes(expected[0])), `${expected[0]} not in ${shown[0]}`);
    assert.match(await page.locator("#detail-title").textContent(), /上海壹账通.*普惠立信/);
    await shot("explorer-edge-evidence.png");
  });

  await step("clicking a node expands it", async () => {
    const before = await page.evaluate(() => window.fkg.cy.nodes().length);
    const at = await page.evaluate(() => window.fkg.cy.nodes().filter(n => n.data("name") === "普惠管理")[0].renderedPosition());
    const box = await page.locator("#cy").boundingBox();
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await ready();
    await page.waitForFunction(() => document.getElementById("detail-title")?.textContent === "普惠管理");
    const after = await page.evaluate(() => window.fkg.cy.nodes().length);
    assert.ok(after > before, `${before} -> ${after}`);
    await shot("explorer-expanded.png");
  });

  await step("the timeline lists 普惠立信's events and moves the date", async () => {
    await page.click("#tab-timeline");  // the centre's timeline, loaded with it
    await page.waitForSelector("#timeline li[data-event]");
    const items = await page.locator("#timeline li[data-event]").allTextContents();
    assert.ok(items.some(t => t.includes("2022-11-24")), items.join(" | "));
    await page.locator("#timeline li[data-event]", {hasText: "2022-11-24"}).first().click();
    await ready();
    assert.equal(await page.locator("#asof-label").textContent(), "2022-11");
    await shot("explorer-timeline.png");
  });

  await step("export: PNG and GraphML of the current view", async () => {
    const [png] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const pngPath = path.join(SHOTS, "export.png");
    await png.saveAs(pngPath);
    assert.deepEqual([...fs.readFileSync(pngPath).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    const [gml] = await Promise.all([page.waitForEvent("download"), page.click("#export-graphml")]);
    const gmlPath = path.join(SHOTS, "export.graphml");
    await gml.saveAs(gmlPath);
    const text = fs.readFileSync(gmlPath, "utf-8");
    const visible = await page.evaluate(() => window.fkg.cy.edges().filter(e => e.visible()).length);
    assert.match(text, /<graphml/);
    assert.ok(text.includes("普惠立信"));
    assert.equal((text.match(/<edge /g) || []).length, visible);
  });

  for (const [q, name] of [["puhuilixin", "普惠立信"], ["Puhui Lixin", "普惠立信"], ["葉望春", "叶望春"], ["OCFT", "金融壹账通"],
    ["OneConnect", "金融壹账通"], ["jinrongyizhangtong", "金融壹账通"], ["Lufax", "陆金所"]]) {
    await step(`search ${q} -> ${name}`, async () => {
      await page.fill("#search", "");
      await page.fill("#search", q);
      await page.waitForFunction(n => document.querySelector("#results li[data-i] .name")?.textContent === n, name);
    });
  }

  await step("/docs (Swagger UI) renders offline", async () => {
    await page.goto(`${BASE}/docs`);
    await page.waitForSelector(".opblock");
    assert.ok(await page.locator(".opblock").count() >= 15);
    await shot("docs.png");
  });

  await step("/redoc renders offline", async () => {
    await page.goto(`${BASE}/redoc`);
    await page.waitForFunction(() => [...document.querySelectorAll("h1")].some(h => h.textContent.includes("fintech-kg"))
      && document.querySelectorAll("li[data-item-id]").length >= 15);
    await shot("redoc.png");
  });

});
