// The exported HTML pages (fkg export --format html) in a real browser: playwright-core driving Debian's Chromium.
//   FKG_EXPORTS=dir-with-whole.html-and-centre.html FKG_SHOTS=out/browser node tests/browser/export.test.mjs
// whole.html: the whole graph; centre.html: the neighbourhood of 普惠立信 (its 40% stake sold on 2022-11-24).
// Every request off the files is refused (harness.mjs): the pages must work offline. Exit 0 when every step passed.
import assert from "node:assert/strict";
import path from "node:path";
import {pathToFileURL} from "node:url";
import {run, shot as shoot, step} from "./harness.mjs";

const DIR = process.env.FKG_EXPORTS;

await run(u => u.startsWith("file:"), async page => {
  const shot = name => shoot(page, name);
  async function open(file) {
    await page.goto(pathToFileURL(path.join(DIR, file)).href);
    await page.waitForFunction(() => document.body.dataset.ready === "1");
  }

  // What the drawing shows: the canvas, the hubs (or the centre) with their names' size on screen and whether they
  // are in view, the pairs of those names that overlap, and how much of the canvas the drawing covers.
  const view = () => page.evaluate(() => {
    const {cy, hubs, centre} = window.fkg;
    const W = cy.width(), H = cy.height(), z = cy.zoom();
    const named = hubs.union(centre);
    const boxes = named.map(n => n.renderedBoundingBox({includeNodes: true, includeEdges: false, includeLabels: true}));
    const inView = b => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= W && b.y2 <= H;
    let overlaps = 0;
    const labels = named.map(n => n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true}));
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i], b = labels[j];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
      }
    }
    const all = cy.elements().renderedBoundingBox();
    return {W, H, zoom: z, view: document.body.dataset.view, names: named.map(n => n.data("name")),
      namePx: named.map(n => parseFloat(n.style("font-size")) * z), inView: boxes.filter(inView).length, overlaps,
      cover: {w: (Math.min(all.x2, W) - Math.max(all.x1, 0)) / W, h: (Math.min(all.y2, H) - Math.max(all.y1, 0)) / H},
      otherNamesShown: cy.nodes().not(named).filter(n => parseFloat(n.style("font-size")) * z >= 8).length,
      nodes: cy.nodes().length};
  });
  // one edge's state and style, found by its ends' names and predicate
  const edge = (from, to, predicate) => page.evaluate(([a, b, p]) => {
    const e = window.fkg.cy.edges().filter(x => x.source().data("name") === a && x.target().data("name") === b && x.data("predicate") === p)[0];
    return e ? {id: e.id(), state: e.data("state"), label: e.data("label"), lineStyle: e.style("line-style"), colour: e.style("line-color"),
      opacity: parseFloat(e.style("opacity"))} : null;
  }, [from, to, predicate]);

  await step("whole graph: opens on the largest hubs, every hub in view with its name readable and clear of the others", async () => {
    await open("whole.html");
    const v = await view();
    assert.equal(v.view, "hubs");
    assert.ok(v.names.length >= 8, JSON.stringify(v.names));
    assert.equal(v.inView, v.names.length, JSON.stringify(v));
    assert.ok(Math.min(...v.namePx) >= 14, JSON.stringify(v.namePx));
    assert.equal(v.overlaps, 0, JSON.stringify(v));
    const listed = await page.locator("#hubs li").allTextContents();
    assert.equal(listed.length, v.names.length);
    assert.ok(listed[0].startsWith(v.names[0]));
    await shot("export-whole-hubs.png");
  });

  await step("whole graph: a legend of types and edge styles; states counted in the status line", async () => {
    const legend = await page.locator(".legend").textContent();
    for (const word of ["Person", "Company", "Exchange", "current", "former", "event", "conflicting"]) assert.ok(legend.includes(word), word);
    assert.match(await page.locator("#status").textContent(), /^\d+ nodes, \d+ edges \(\d+ current, \d+ former, \d+ events/);
  });

  await step("whole graph: the 'Whole graph' view fills the canvas (no empty third)", async () => {
    await page.click("#view-all");
    const v = await view();
    assert.equal(v.view, "all");
    assert.ok(v.cover.w >= 0.8 && v.cover.h >= 0.8, JSON.stringify(v.cover));
    await shot("export-whole-all.png");
  });

  await step("whole graph: a hub in the list zooms to its neighbourhood, names and facts shown", async () => {
    await page.locator("#hubs li").first().click();
    const v = await view();
    assert.ok(v.otherNamesShown >= 5, JSON.stringify(v));
    assert.ok(await page.locator("#detail ul.facts li").count() >= 5);
    await shot("export-whole-hub-focus.png");
  });

  await step("centred on 普惠立信: the sold 40% stake is former (dashed, faded), the 100% holder current (solid), the sale an event", async () => {
    await open("centre.html");
    const v = await view();
    assert.deepEqual(v.names, ["普惠立信"]);
    assert.equal(v.otherNamesShown, v.nodes - 1, "every name readable in a centred view");
    const sold = await edge("上海壹账通", "普惠立信", "HOLDS_STAKE");
    const held = await edge("普惠管理", "普惠立信", "HOLDS_STAKE");
    const sale = await edge("上海壹账通", "普惠立信", "SOLD_STAKE");
    assert.equal(sold.state, "former");
    assert.equal(held.state, "current");
    assert.equal(sale.state, "event");
    assert.equal(sold.lineStyle, "dashed");
    assert.equal(held.lineStyle, "solid");
    assert.ok(sold.opacity < held.opacity, JSON.stringify([sold, held]));
    assert.notEqual(sale.colour, held.colour);
    await shot("export-centre.png");
  });

  await step("centred: clicking the former stake shows its state and evidence sentence", async () => {
    const sold = await edge("上海壹账通", "普惠立信", "HOLDS_STAKE");
    const at = await page.evaluate(id => window.fkg.cy.getElementById(id).renderedMidpoint(), sold.id);
    const box = await page.locator("#cy").boundingBox();
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForSelector("#detail blockquote");
    assert.match(await page.locator("#detail h2").textContent(), /上海壹账通.*普惠立信/);
    assert.equal(await page.locator("#detail .state").first().textContent(), "former");
    assert.match(await page.locator("#detail blockquote").first().textContent(), /普惠立信|40%/);
  });

});
