// The Ingest web page's core: language, DOM helpers, the API client and the router. No build step, no CDN,
// plain DOM. Every piece of text from the server is set with textContent or createTextNode, never as HTML,
// so nothing in a plan can run in the page. Pages live in pages.js, the hierarchy drawing in graph.js.
"use strict";

let lang = localStorage.getItem("lang") || "vi";
/** A word of the page; functions in the dictionary take arguments (counts, names). */
const t = (k, ...args) => { const v = T[lang][k] ?? T.vi[k] ?? k; return typeof v === "function" ? v(...args) : v; };
const levelName = l => LEVEL_NAMES[lang][l] || LEVEL_NAMES[lang].unknown;
const relationName = r => RELATIONS[lang][r] || r;
const statusName = s => t("status" + s) || s;
const params = new URLSearchParams(location.search);
if (params.get("code")) localStorage.setItem("key", params.get("code"));
const key = () => localStorage.getItem("key") || "";

/** Dates as written in Vietnam: 2021-03-15 → 15/03/2021, 2021-03 → 03/2021; anything else as it came. */
function fmtDate(iso) {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  return m[3] ? `${m[3]}/${m[2]}/${m[1]}` : `${m[2]}/${m[1]}`;
}
/** dd/mm/yyyy (or d/m/yyyy, or yyyy-mm-dd) → yyyy-mm-dd; null when not a real date; "" for blank. */
function parseDate(text) {
  const s = (text || "").trim();
  if (!s) return "";
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s), y, mo, d;
  if (m) [, d, mo, y] = m; else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) [, y, mo, d] = m; else return null;
  const date = new Date(Date.UTC(+y, +mo - 1, +d));
  if (date.getUTCFullYear() !== +y || date.getUTCMonth() !== +mo - 1 || date.getUTCDate() !== +d) return null;
  return date.toISOString().slice(0, 10);
}
const todayIso = () => new Date().toISOString().slice(0, 10);

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith("on")) e[k] = v; else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}
const link = (hash, text, attrs = {}) => el("a", { href: hash, ...attrs }, text);
const enc = encodeURIComponent;
const planHash = id => "#/plan/" + enc(id);
const citesHash = doc => "#/cites/" + enc(doc);
const graphHash = doc => "#/graph/" + enc(doc);
/** A file name from a blob path, for plans whose text gave no number or title. */
const fileName = id => (id || "").split("/").pop();

// Each navigation starts a new generation. An answer that arrives after the user has moved on is dropped,
// so a slow earlier request can never paint over the page that replaced it.
let generation = 0;
class Stale extends Error {}
class ApiError extends Error { constructor(status, message) { super(message); this.status = status; } }
/** The Vietnamese (or English) sentence for an HTTP status, with the server's detail when it gives one. */
function errorText(status, body) {
  const base = status === 0 ? t("errNetwork") : t("err" + status) !== "err" + status ? t("err" + status) : status >= 500 ? t("err500") : t("err400");
  const detail = body && (body.detail || body.reason);
  return detail ? `${base} (${detail})` : base;
}
async function api(path, { optional = false } = {}) {
  const mine = generation;
  let r;
  try { r = await fetch(path, { headers: { "x-functions-key": key() } }); } catch { throw new ApiError(0, errorText(0)); }
  if (mine !== generation) throw new Stale(path);
  if (r.status === 401) { document.getElementById("keybar").hidden = false; throw new ApiError(401, t("err401")); }
  if (!r.ok) {
    if (optional) return null;
    throw new ApiError(r.status, errorText(r.status, await r.json().catch(() => null)));
  }
  const body = await r.json();
  if (mine !== generation) throw new Stale(path);
  return body;
}
const view = () => document.getElementById("view");
function show(...nodes) { view().replaceChildren(...nodes.flat().filter(Boolean)); }
function fail(e) { if (!(e instanceof Stale)) { console.error(e); show(el("p", { class: "error", role: "alert" }, e.message)); } }
/** A download link to a report; the server names the file after what is inside. */
function reportHref(kind, query, format) {
  const q = new URLSearchParams(Object.entries({ ...query, format }).filter(([, v]) => v !== "" && v !== null && v !== undefined));
  q.set("code", key());
  return `/api/reports/${kind}?${q}`;
}
const reportLink = (kind, query, format) => el("a", { href: reportHref(kind, query, format), download: "", class: "report", "data-format": format }, format.toUpperCase());

/** A text box that suggests known documents as the user types (any spelling); choosing one calls onPick(doc). */
function documentBox(id, placeholder, onPick) {
  const input = el("input", { id, type: "text", autocomplete: "off", placeholder, role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": id + "-list" });
  const list = el("ul", { id: id + "-list", class: "suggest", role: "listbox" });
  let timer = 0, asked = "";
  const close = () => { list.replaceChildren(); input.setAttribute("aria-expanded", "false"); };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return close();
    timer = setTimeout(async () => {
      asked = q;
      const r = await fetch(`/api/documents/suggest?q=${enc(q)}&max=8`, { headers: { "x-functions-key": key() } }).catch(() => null);
      if (!r || !r.ok || asked !== q || input.value.trim() !== q) return;
      const docs = await r.json();
      list.replaceChildren(...docs.map(d => el("li", { role: "option" }, el("button", { type: "button", class: "pick", onclick: () => { input.value = d.lookup; close(); onPick(d.lookup); } },
        d.label, " ", el("small", {}, [d.year, levelName(d.level), t("plansCount", d.citingPlans)].filter(Boolean).join(" · "))))));
      input.setAttribute("aria-expanded", docs.length ? "true" : "false");
    }, 150);
  });
  input.addEventListener("keydown", ev => {
    const items = [...list.querySelectorAll("button")];
    if (ev.key === "Escape") close();
    if (ev.key === "ArrowDown" && items.length) { ev.preventDefault(); items[0].focus(); }
  });
  list.addEventListener("keydown", ev => {
    const items = [...list.querySelectorAll("button")], i = items.indexOf(document.activeElement);
    if (ev.key === "ArrowDown" && i < items.length - 1) { ev.preventDefault(); items[i + 1].focus(); }
    if (ev.key === "ArrowUp") { ev.preventDefault(); (i > 0 ? items[i - 1] : input).focus(); }
    if (ev.key === "Escape") { close(); input.focus(); }
  });
  document.addEventListener("click", ev => { if (!list.contains(ev.target) && ev.target !== input) close(); });
  return { input, list };
}

const PAGES = {};
function route() {
  generation++;
  document.querySelectorAll("[data-t]").forEach(e => { e.textContent = t(e.dataset.t); });
  document.documentElement.lang = lang;
  document.getElementById("lang").textContent = lang === "vi" ? "English" : "Tiếng Việt";
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  const [, page = "", ...rest] = path.split("/");
  const arg = decodeURIComponent(rest.join("/"));
  const handler = PAGES[page] || PAGES[""];
  return handler(arg, new URLSearchParams(query));
}

document.getElementById("lang").onclick = () => { lang = lang === "vi" ? "en" : "vi"; localStorage.setItem("lang", lang); route(); };
document.getElementById("savekey").onclick = () => { localStorage.setItem("key", document.getElementById("key").value); document.getElementById("keybar").hidden = true; route(); };
window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", route);
