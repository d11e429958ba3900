// End-to-end tests of the web page in Debian's Chromium, driven by playwright-core (its own browser
// download cannot be fetched here). Starts the service locally on a free port with the sample plans, then
// walks each journey — the three questions on the home page, a plan, the hierarchy drawing, reports, upload,
// the English switch — at a laptop's 1366×768 and a phone's 390×844, keeping a screenshot of each in
// artifacts/screenshots (<journey>-<width>.png).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import net from "node:net";
import { chromium } from "playwright-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const samples = resolve(root, "..", "shared", "samples", "plans");
const shots = join(root, "artifacts", "screenshots");
const key = "web-test-key";
const VIEWPORTS = [{ width: 1366, height: 768 }, { width: 390, height: 844 }];
let server, browser, context, page, base, data;

const freePort = () => new Promise(ok => { const s = net.createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => ok(p)); }); });
const sleep = ms => new Promise(ok => setTimeout(ok, ms));
// A hash change re-renders asynchronously: wait for the new result count, not just for any #total.
const waitForTotal = prefix => page.waitForFunction(p => document.querySelector("#total")?.textContent.startsWith(p), prefix);
// Through a blank page, so going to the hash already shown renders that page afresh.
const go = async hash => { await page.goto("about:blank"); await page.goto(`${base}/?code=${key}${hash}`); };
const shot = (name, vp) => page.screenshot({ path: join(shots, `${name}-${vp.width}.png`), fullPage: true });
async function get(path) {
  const r = await fetch(base + path, { headers: { "x-functions-key": key } });
  return r.ok ? r.json() : null;
}
async function upload(name, text) {
  const r = await fetch(`${base}/api/plans?name=${encodeURIComponent(name)}`, { method: "POST", body: text, headers: { "x-functions-key": key, "content-type": "application/octet-stream" } });
  assert.ok(r.status < 300, `upload ${name}: ${r.status}`);
}
/** Runs a journey once per viewport, each as its own test. */
function journey(name, walk) {
  for (const vp of VIEWPORTS) test(`${name} (${vp.width}×${vp.height})`, async () => { await page.setViewportSize(vp); await walk(vp); });
}
// Two boxes overlap when they share area (touching edges do not count).
const overlaps = (a, b) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

before(async () => {
  mkdirSync(shots, { recursive: true });
  data = mkdtempSync(join(tmpdir(), "ingest-web-"));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const dll = join(root, "functions", "Ingest.Functions", "bin", "Release", "net10.0", "Ingest.Functions.dll");
  assert.ok(existsSync(dll), "build the solution first (./ingest.sh test does)");
  server = spawn("dotnet", [dll, "--local", "--data", data, "--port", String(port), "--samples", samples],
    { env: { ...process.env, INGEST_API_KEY: key }, stdio: "ignore" });
  let ready = false;
  for (let i = 0; i < 120 && !ready; i++) {
    const r = await get("/api/search?q=thi").catch(() => null);
    ready = r !== null && r.total >= 5;
    if (!ready) await sleep(500);
  }
  assert.ok(ready, "the service did not answer with the five samples indexed within 60 s");
  // The same district plan stored a second time as another file (as a scan's text would be): one plan, two versions.
  const district = readFileSync(join(samples, "huyen-dong-nai-thi-dua-2021.md"), "utf8");
  await upload("ke-hoach-huyen-ban-quet.txt", district.replace(/\n/g, "\r\n") + "\r\n");
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  context = await browser.newContext({ acceptDownloads: true, locale: "vi-VN" });
  page = await context.newPage();
  await go("#/");
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (data) rmSync(data, { recursive: true, force: true });
});

test("the layout library served to the page is the pinned npm package, with its license", () => {
  const served = readFileSync(join(root, "functions", "Ingest.Functions", "wwwroot", "vendor", "dagre-3.1.3.min.js"));
  const pinned = readFileSync(join(root, "node_modules", "@dagrejs", "dagre", "dist", "dagre.min.js"));
  assert.ok(served.equals(pinned), "wwwroot/vendor/dagre-3.1.3.min.js differs from node_modules/@dagrejs/dagre: copy it again");
  assert.equal(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies["@dagrejs/dagre"], "3.1.3");
  assert.match(readFileSync(join(root, "functions", "Ingest.Functions", "wwwroot", "vendor", "dagre-LICENSE.txt"), "utf8"), /MIT|Permission is hereby granted/);
});

journey("the home page asks the three questions", async vp => {
  await go("#/");
  await page.waitForSelector("#ask-search");
  for (const id of ["#ask-search", "#ask-cites", "#ask-trace"]) assert.ok(await page.isVisible(id), id);
  assert.match(await page.textContent("#ask-cites h2"), /Kế hoạch nào trích dẫn/);
  await shot("home", vp);
});

journey("which plans cite a document: suggestions as you type, one row per plan by level and province", async vp => {
  await go("#/");
  await page.fill("#cites-q", "chi thi 34");
  await page.waitForSelector("#cites-q-list button.pick");
  assert.match(await page.textContent("#cites-q-list"), /34-CT\/TW/);
  await shot("cites-suggest", vp);
  await page.click("#cites-q-list button.pick");
  await page.waitForSelector("#cites-summary");
  // Three plans, four files: the district plan is there twice and is shown once, saying so.
  assert.match(await page.textContent("#cites-summary"), /^3 kế hoạch \(4 tệp\)/);
  assert.deepEqual(await page.$$eval(".level-group", s => s.map(x => x.dataset.level)), ["province", "district"]);
  assert.equal(await page.locator(".level-group[data-level=district] .row").count(), 1);
  assert.match(await page.textContent(".level-group[data-level=district] .versions"), /2 tệp là cùng một văn bản/);
  assert.match(await page.textContent(".level-group[data-level=province] h3"), /Tỉnh \(2 kế hoạch\)/);
  assert.deepEqual(await page.$$eval(".level-group[data-level=province] h4", s => s.map(x => x.textContent)), ["Khánh Hòa (1)", "Đồng Nai (1)"]);
  for (const row of await page.locator(".row").all()) assert.ok(await row.locator(".evidence li").count() >= 1);
  await shot("cites", vp);
});

journey("a document typed in the main search offers its citing plans first", async vp => {
  await go("#/search?q=" + encodeURIComponent("Chỉ thị 34-CT/TW"));
  await page.waitForSelector("#doc-offer");
  assert.match(await page.textContent("#doc-offer"), /3 kế hoạch trích dẫn/);
  const offer = await page.locator("#doc-offer").boundingBox(), firstHit = await page.locator(".hit").first().boundingBox();
  assert.ok(offer.y < firstHit.y, "the citing plans come before the full-text hits");
  await shot("search-document", vp);
});

journey("search shows results before facets on a phone, Vietnamese facet values and sorts by date", async vp => {
  await go("#/search?q=dong%20nai");
  await waitForTotal("3 ");
  assert.ok(await page.locator(".snippet mark").count() > 0);
  const facets = await page.$$eval("#facets button[data-facet=level]", b => b.map(x => x.textContent));
  assert.ok(facets.some(f => /^Tỉnh \(/.test(f)) && !facets.some(f => /province/.test(f)), facets.join());
  const hit = await page.locator(".hit").first().boundingBox(), facet = await page.locator("#facets").boundingBox();
  if (vp.width < 800) assert.ok(hit.y < facet.y && hit.y < vp.height, `first result at ${hit.y}px, facets at ${facet.y}px`);
  else assert.ok(facet.x > hit.x, "facets beside the results on a wide screen");
  await page.selectOption("#sort", "newest");
  await page.waitForFunction(() => location.hash.includes("sort=newest") && document.querySelector("#total"));
  const dates = await page.$$eval(".hit .meta", m => m.map(x => (x.textContent.match(/(\d{2})\/(\d{2})\/(\d{4})/) || []).slice(1).reverse().join("-")).filter(Boolean));
  assert.deepEqual(dates, [...dates].sort().reverse());
  assert.ok(dates.length > 0 && (await page.textContent("#results")).match(/\d{2}\/\d{2}\/\d{4}/), "dates read dd/mm/yyyy");
  await shot("search", vp);
});

journey("a search by today's province says it also covered the provinces merged into it in 2025", async vp => {
  // Bình Phước was merged into Đồng Nai on 1 July 2025; the sample plans keep the province they had.
  await go("#/search?q=thi&province=" + encodeURIComponent("Đồng Nai"));
  await page.waitForSelector("#provinces-covered");
  assert.equal(await page.textContent("#provinces-covered"), "Gồm cả các tỉnh đã hợp nhất: Đồng Nai, Bình Phước.");
  const note = await page.locator("#provinces-covered").boundingBox(), firstHit = await page.locator(".hit").first().boundingBox();
  assert.ok(note.y < firstHit.y, "the note comes before the results");
  await shot("search-merged-provinces", vp);
  // A former province's own plans only: no note.
  await go("#/search?q=thi&province=" + encodeURIComponent("Bình Phước"));
  await waitForTotal("0 ");
  assert.equal(await page.locator("#provinces-covered").count(), 0);
});

journey("a plan page shows its record with dd/mm/yyyy dates and links its citations", async vp => {
  await go("#/search?q=15%2FKH-BDT");
  await waitForTotal("1 ");
  await page.click(".hit a");
  await page.waitForSelector("#plan-title");
  const main = await page.textContent("main");
  assert.match(main, /Nguyễn Văn Khang/);
  assert.doesNotMatch(main, /\b20\d\d-\d\d-\d\d\b/, "no ISO dates on the page");
  assert.ok(await page.locator("a[href^='#/cites/']").count() >= 10);
  await shot("plan", vp);
});

journey("a plan whose header could not be read says it needs review, and a read one does not", async vp => {
  await upload("khong-tieu-de.txt", "Các thôn tổ chức tổng vệ sinh đường làng vào sáng chủ nhật hằng tuần.\n");
  await go("#/search?q=" + encodeURIComponent("vệ sinh đường làng"));
  await waitForTotal("1 ");
  await page.click(".hit a");
  await page.waitForSelector("#review");
  assert.match(await page.textContent("#review"), /Cần kiểm tra: Số, .*Cơ quan/);
  await shot("plan-review", vp);
  await go("#/search?q=15%2FKH-BDT");
  await waitForTotal("1 ");
  await page.click(".hit a");
  await page.waitForSelector("#plan-title");
  assert.equal(await page.locator("#review").count(), 0);
});

journey("the hierarchy reads top-down with the central directive in its own band, and exports", async vp => {
  await go("#/graph/34-CT%2FTW");
  await page.waitForSelector("svg#graph .node");
  const nodes = await page.$$eval("svg#graph .node", gs => gs.map(g => { const r = g.querySelector("rect").getBoundingClientRect();
    return { level: g.dataset.level, indexed: g.classList.contains("indexed"), text: g.textContent, x: r.x, y: r.y, width: r.width, height: r.height }; }));
  const central = nodes.find(n => n.level === "central"), province = nodes.filter(n => n.level === "province"), district = nodes.filter(n => n.level === "district");
  assert.ok(central && !central.indexed, "the directive is drawn as not indexed, in the central level");
  assert.match(central.text, /chưa có trong chỉ mục/);
  assert.ok(province.length >= 1 && district.length >= 1);
  assert.ok(province.every(p => p.y > central.y) && district.every(d => province.every(p => d.y > p.y)), "central above province above district");
  for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) assert.ok(!overlaps(nodes[i], nodes[j]), `${nodes[i].text} overlaps ${nodes[j].text}`);
  assert.doesNotMatch(await page.textContent("svg#graph"), /samples\//, "titles, not blob paths");
  assert.match(await page.textContent("svg#graph"), /Trung ương/);
  const [svg] = await Promise.all([page.waitForEvent("download"), page.click("#export-svg")]);
  assert.match(svg.suggestedFilename(), /^so-do-thuc-hien-.*\.svg$/);
  const svgFile = join(data, `graph-${vp.width}.svg`);
  await svg.saveAs(svgFile);
  assert.match(readFileSync(svgFile, "utf8"), /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const [png] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
  const pngFile = join(data, `graph-${vp.width}.png`);
  await png.saveAs(pngFile);
  assert.equal(readFileSync(pngFile).subarray(1, 4).toString(), "PNG");
  await shot("graph", vp);
});

journey("reports: deadlines over a chosen range, overdue or upcoming, as XLSX and .ics", async vp => {
  await go("#/reports");
  await page.selectOption("#report-kind", "deadlines");
  await page.fill("#report-from", "01/01/2021");
  await page.fill("#report-to", "31/12/2022");
  await page.waitForSelector("#deadlines-table");
  assert.ok(await page.locator("#deadlines-table .badge.overdue").count() >= 3);
  assert.match(await page.textContent("#deadlines-table"), /15\/03\/2021/);
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.click("#report-downloads a[data-format=xlsx]")]);
  assert.equal(xlsx.suggestedFilename(), "han-chot-2021-01-01-den-2022-12-31.xlsx");
  const file = join(data, `deadlines-${vp.width}.xlsx`);
  await xlsx.saveAs(file);
  assert.equal(readFileSync(file).subarray(0, 2).toString(), "PK");
  const [ics] = await Promise.all([page.waitForEvent("download"), page.click("#ics-link")]);
  assert.match(ics.suggestedFilename(), /\.ics$/);
  const icsFile = join(data, `deadlines-${vp.width}.ics`);
  await ics.saveAs(icsFile);
  const calendar = readFileSync(icsFile, "utf8");
  assert.match(calendar, /^BEGIN:VCALENDAR/);
  assert.match(calendar, /DTSTART;VALUE=DATE:20210315/);
  await page.fill("#report-to", "31/12/2020");
  assert.match(await page.textContent("#report-message"), /Ngày bắt đầu sau ngày kết thúc/);
  await shot("reports", vp);
});

journey("reports: a directive report filtered by level downloads under a name that says what is inside", async vp => {
  await go("#/reports");
  await page.selectOption("#report-kind", "directive");
  assert.match(await page.textContent("#report-message"), /Cần nhập/);
  await page.fill("#report-document", "34-CT/TW");
  await page.selectOption("#report-level", "province");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#report-downloads a[data-format=csv]")]);
  assert.equal(download.suggestedFilename(), "ke-hoach-trich-dan-34-ct-tw-province.csv");
  const csvFile = join(data, `directive-${vp.width}.csv`);
  await download.saveAs(csvFile);
  const csv = readFileSync(csvFile, "utf8");
  assert.equal(csv.trim().split("\r\n").length, 3, "a header and the two province plans");
  await shot("reports-directive", vp);
});

journey("uploading many files at once shows each one stored, read and indexed, in Vietnamese", async vp => {
  await go("#/upload");
  const base = readFileSync(join(samples, "quang-ngai-ban-dan-toc-2022.txt"), "utf8");
  const files = Array.from({ length: vp.width < 800 ? 12 : 50 }, (_, i) => {
    // Vietnamese names, as clerks name their files.
    const file = join(data, `kế-hoạch-thi-đua-${vp.width}-${i + 1}.txt`);
    writeFileSync(file, base.replace("năm 2022", `năm ${2030 + i} (bản ${vp.width})`));
    return file;
  });
  const stages = new Set();
  const watch = setInterval(() => page.$$eval(".stage", s => s.map(x => x.dataset.stage)).then(x => x.forEach(v => stages.add(v))).catch(() => {}), 50);
  await page.setInputFiles("#files", files);
  await page.waitForFunction(n => document.querySelectorAll(".stage.ok, .stage.error").length === n, files.length, { timeout: 120_000 });
  clearInterval(watch);
  assert.equal(await page.locator(".stage.ok").count(), files.length);
  assert.match(await page.textContent("#upload-summary"), new RegExp(`Xong ${files.length}/${files.length} tệp$`));
  assert.match(await page.textContent(".stage.ok"), /Đã lập chỉ mục/);
  assert.ok(stages.has("waiting") && stages.has("indexed"), [...stages].join());
  await shot("upload", vp);
});

journey("the page switches to English, levels and all", async vp => {
  await go("#/search?q=dong%20nai");
  await waitForTotal("3 ");
  await page.click("#lang");
  await page.waitForFunction(() => document.querySelector("header h1").textContent === "Plans and the documents they cite");
  await waitForTotal("3 ");
  assert.match(await page.textContent("#facets"), /Province \(/);
  await shot("english", vp);
  await page.click("#lang");
});

test("a slow answer to an earlier search does not paint over the newer one", async () => {
  const slow = url => url.pathname === "/api/search" && url.searchParams.get("q") === "thi";
  await page.route(slow, async route => { await sleep(1500); await route.continue(); });
  try {
    await go("#/search?q=thi");
    await go("#/search?q=15%2FKH-BDT");
    await waitForTotal("1 ");
    await sleep(2500); // past the delayed answer, which (five or more hits) would show another total
    assert.match(await page.textContent("#total"), /^1 /);
  } finally {
    await page.unroute(slow);
  }
});
