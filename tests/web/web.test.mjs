// End-to-end tests of the web page in Debian's Chromium, driven by playwright-core (its own browser
// download cannot be fetched here). Starts the service locally on a free port with the sample plans, then
// covers upload, search, a plan, the hierarchy graph and a report download; keeps a screenshot of each page
// in artifacts/screenshots.
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
let server, browser, page, base, data;

const freePort = () => new Promise(ok => { const s = net.createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => ok(p)); }); });
const sleep = ms => new Promise(ok => setTimeout(ok, ms));
// A hash change re-renders asynchronously: wait for the new result count, not just for any #total.
const waitForTotal = prefix => page.waitForFunction(p => document.querySelector("#total")?.textContent.startsWith(p), prefix);
async function get(path) {
  const r = await fetch(base + path, { headers: { "x-functions-key": key } });
  return r.ok ? r.json() : null;
}

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
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await (await browser.newContext({ acceptDownloads: true, locale: "vi-VN" })).newPage();
  await page.goto(`${base}/?code=${key}#/search`);
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (data) rmSync(data, { recursive: true, force: true });
});

test("search shows facets and highlighted snippets", async () => {
  await page.goto(`${base}/?code=${key}#/search?q=dong%20nai`);
  await waitForTotal("2 ");
  assert.match(await page.textContent("#total"), /^2 /);
  assert.ok(await page.locator(".snippet mark").count() > 0);
  assert.ok(await page.locator(".facets button").count() > 0);
  await page.screenshot({ path: join(shots, "search.png"), fullPage: true });
});

test("a plan page shows its record and links its citations", async () => {
  await page.goto(`${base}/?code=${key}#/search?q=15%2FKH-BDT`);
  await waitForTotal("1 ");
  await page.click(".hit a");
  await page.waitForSelector("#plan-title");
  assert.match(await page.textContent("main"), /Nguyễn Văn Khang/);
  assert.ok(await page.locator("a[href^='#/directive/']").count() >= 10);
  await page.screenshot({ path: join(shots, "plan.png"), fullPage: true });
});

test("the hierarchy graph draws levels as bands", async () => {
  await page.goto(`${base}/?code=${key}#/graph/34-CT%2FTW`);
  await page.waitForSelector("svg#graph .node");
  assert.ok(await page.locator("svg#graph .node").count() >= 3);
  assert.match(await page.textContent("svg#graph"), /Tỉnh/);
  await page.screenshot({ path: join(shots, "graph.png"), fullPage: true });
});

test("a directive page lists who cites it and downloads a report", async () => {
  await page.goto(`${base}/?code=${key}#/directive/34-CT%2FTW`);
  await page.waitForSelector("#directive-title");
  assert.match(await page.textContent("main"), /Huyện \(1\)/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("a.report:has-text('XLSX')")]);
  assert.equal(download.suggestedFilename(), "directive.xlsx");
  const file = join(data, "report.xlsx");
  await download.saveAs(file);
  assert.equal(readFileSync(file).subarray(0, 2).toString(), "PK");
  await page.screenshot({ path: join(shots, "directive.png"), fullPage: true });
});

test("uploading a file shows its progress and result", async () => {
  await page.goto(`${base}/?code=${key}#/upload`);
  const text = readFileSync(join(samples, "quang-ngai-ban-dan-toc-2022.txt"), "utf8").replace("năm 2022", "năm 2023");
  const file = join(data, "moi.txt");
  writeFileSync(file, text);
  await page.setInputFiles("#files", file);
  await page.waitForSelector(".result.ok");
  assert.match(await page.textContent(".result.ok"), /Added/);
  await page.screenshot({ path: join(shots, "upload.png"), fullPage: true });
});

test("the page switches to English", async () => {
  await page.goto(`${base}/?code=${key}#/search`);
  await page.click("#lang");
  assert.equal(await page.textContent("header h1"), "Plans and the documents they cite");
  await page.click("#lang");
});

test("a slow answer to an earlier search does not paint over the newer one", async () => {
  const slow = url => url.pathname === "/api/search" && url.searchParams.get("q") === "thi";
  await page.route(slow, async route => { await sleep(1500); await route.continue(); });
  try {
    await page.goto(`${base}/?code=${key}#/search?q=thi`);
    await page.goto(`${base}/?code=${key}#/search?q=15%2FKH-BDT`);
    await waitForTotal("1 ");
    await sleep(2500); // past the delayed answer, which (five or more hits) would show another total
    assert.match(await page.textContent("#total"), /^1 /);
  } finally {
    await page.unroute(slow);
  }
});
