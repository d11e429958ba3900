// The Ingest web page: no build step, no CDN, plain DOM. Every piece of text from the server is set with
// textContent or createTextNode, never as HTML, so nothing in a plan can run in the page.
"use strict";

const T = {
  vi: { title: "Kế hoạch và văn bản được trích dẫn", navSearch: "Tìm kiếm", navUpload: "Tải lên", navReports: "Báo cáo", key: "Khóa truy cập",
    save: "Lưu", search: "Tìm", drop: "Kéo thả tệp kế hoạch vào đây, hoặc chọn tệp", results: "kết quả", level: "Cấp", province: "Tỉnh",
    year: "Năm", issuer: "Cơ quan", type: "Loại", citations: "Văn bản được trích dẫn", deadlines: "Hạn chót", original: "Tệp gốc",
    graph: "Sơ đồ thực hiện", citedBy: "Các kế hoạch trích dẫn", download: "Tải báo cáo", number: "Số", date: "Ngày", signer: "Người ký",
    recipients: "Nơi nhận", relation: "Quan hệ", page: "Trang", none: "Không có", clear: "Bỏ lọc", directive: "Văn bản" },
  en: { title: "Plans and the documents they cite", navSearch: "Search", navUpload: "Upload", navReports: "Reports", key: "Access key",
    save: "Save", search: "Search", drop: "Drop plan files here, or choose files", results: "results", level: "Level", province: "Province",
    year: "Year", issuer: "Issuer", type: "Type", citations: "Cited documents", deadlines: "Deadlines", original: "Original file",
    graph: "Hierarchy", citedBy: "Plans citing it", download: "Download report", number: "Number", date: "Date", signer: "Signer",
    recipients: "Recipients", relation: "Relation", page: "Page", none: "None", clear: "Clear filters", directive: "Document" },
};
const LEVELS = ["central", "province", "district", "commune"];
const LEVEL_NAMES = { vi: { central: "Trung ương", province: "Tỉnh", district: "Huyện", commune: "Xã", unresolved: "Chưa có trong chỉ mục" },
  en: { central: "Central", province: "Province", district: "District", commune: "Commune", unresolved: "Not indexed" } };
const RELATIONS = { vi: { basis: "căn cứ", implements: "thực hiện", mentions: "nhắc đến" }, en: { basis: "basis", implements: "implements", mentions: "mentions" } };
const relationName = r => RELATIONS[lang][r] || r;
let lang = localStorage.getItem("lang") || "vi";
const t = k => T[lang][k] || k;
const params = new URLSearchParams(location.search);
if (params.get("code")) localStorage.setItem("key", params.get("code"));
const key = () => localStorage.getItem("key") || "";

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "onclick" || k === "onsubmit" || k === "onchange") e[k] = v; else if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}
// Each navigation starts a new generation. An answer that arrives after the user has moved on is dropped,
// so a slow earlier request can never paint over the page that replaced it.
let generation = 0;
class Stale extends Error {}
async function api(path) {
  const mine = generation;
  const r = await fetch(path, { headers: { "x-functions-key": key() } });
  if (mine !== generation) throw new Stale(path);
  if (r.status === 401) { document.getElementById("keybar").hidden = false; throw new Error(t("key")); }
  if (!r.ok) throw new Error((await r.json().catch(() => ({}))).title || r.statusText);
  const body = await r.json();
  if (mine !== generation) throw new Stale(path);
  return body;
}
// An optional answer: null when the request failed, but a stale answer still abandons the page.
const orNull = request => request.catch(e => { if (e instanceof Stale) throw e; return null; });
const view = () => document.getElementById("view");
function show(...nodes) { view().replaceChildren(...nodes); }
function fail(e) { if (!(e instanceof Stale)) show(el("p", { class: "error" }, e.message)); }
const link = (hash, text) => el("a", { href: hash }, text);
const reportLink = (kind, query, format) => {
  const q = new URLSearchParams({ ...query, format, code: key() });
  return el("a", { href: `/api/reports/${kind}?${q}`, download: `${kind}.${format}`, class: "report" }, format.toUpperCase());
};

async function searchPage(query) {
  const q = new URLSearchParams(query);
  const input = el("input", { id: "q", type: "search", value: q.get("q") || "", "aria-label": t("search") });
  const form = el("form", { onsubmit: ev => { ev.preventDefault(); q.set("q", input.value); location.hash = "#/search?" + q; } },
    input, el("button", { type: "submit" }, t("search")));
  show(form, el("p", {}, "…"));
  try {
    const r = await api("/api/search?" + q);
    const facets = el("aside", { class: "facets" });
    for (const [name, values] of Object.entries(r.facets || {})) {
      facets.append(el("h3", {}, t(name)));
      for (const f of values.slice(0, 12)) facets.append(el("button", { type: "button", onclick: () => { q.set(name, f.value); location.hash = "#/search?" + q; } }, `${f.value} (${f.count})`));
    }
    facets.append(el("button", { type: "button", onclick: () => { location.hash = "#/search?q=" + encodeURIComponent(q.get("q") || ""); } }, t("clear")));
    const hits = r.hits.map(h => el("div", { class: "hit" },
      link("#/plan/" + encodeURIComponent(h.planId), h.title || h.planId),
      el("div", { class: "meta" }, [h.number, h.issuer, h.issueDate].filter(Boolean).join(" · ")),
      el("div", { class: "snippet" }, ...h.snippet.map(p => p.match ? el("mark", {}, p.text) : document.createTextNode(p.text)))));
    show(form, facets, el("p", { id: "total" }, `${r.total} ${t("results")}`), ...hits);
  } catch (e) { fail(e); }
}

async function planPage(id) {
  try {
    const p = await api("/api/plans/" + id.split("/").map(encodeURIComponent).join("/"));
    const r = p.record;
    const rows = [[t("number"), r.number], [t("date"), r.issueDate || r.issueDatePartial], [t("issuer"), r.issuer.name],
      [t("level"), LEVEL_NAMES[lang][r.issuer.level] || r.issuer.level], [t("province"), r.issuer.province], [t("signer"), r.signer ? `${r.signer.title}: ${r.signer.name}` : null]];
    const cites = el("table", {}, el("tr", {}, el("th", {}, t("type")), el("th", {}, t("number")), el("th", {}, t("date")), el("th", {}, t("issuer")), el("th", {}, t("relation"))),
      ...r.citations.map(c => el("tr", {}, el("td", {}, c.type), el("td", {}, link("#/directive/" + encodeURIComponent(c.number || c.text), c.number || c.name || c.text)),
        el("td", {}, c.date || ""), el("td", {}, c.issuer || ""), el("td", {}, relationName(c.relation)))));
    show(el("h2", { id: "plan-title" }, r.title || id),
      el("table", {}, ...rows.map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, v || "—")))),
      el("p", {}, el("a", { href: `/api/originals/${id.split("/").map(encodeURIComponent).join("/")}?code=${encodeURIComponent(key())}` }, t("original")), " · ",
        link("#/graph/" + encodeURIComponent(id), t("graph")), " · ", t("download"), ": ", reportLink("plan", { plan: id }, "xlsx"), " ", reportLink("coverage", { plan: id }, "csv")),
      el("h3", {}, t("citations")), cites,
      el("h3", {}, t("recipients")), el("ul", {}, ...r.recipients.map(x => el("li", {}, x.text))),
      el("h3", {}, t("deadlines")), el("ul", {}, ...(r.deadlines.length ? r.deadlines.map(d => el("li", {}, `${d.date}: ${d.what}`)) : [el("li", {}, t("none"))])));
  } catch (e) { fail(e); }
}

async function directivePage(doc) {
  try {
    const r = await api("/api/cites?document=" + encodeURIComponent(doc));
    const sections = Object.entries(r.byLevel).map(([level, plans]) => el("section", {},
      el("h3", {}, (LEVEL_NAMES[lang][level] || level) + ` (${plans.length})`),
      el("ul", {}, ...plans.map(c => el("li", {}, link("#/plan/" + encodeURIComponent(c.planId), c.number || c.title || c.planId),
        ` — ${c.issuer || ""} · ${relationName(c.relation)} · ${t("page")} ${c.page}: `, el("q", {}, c.sentence))))));
    show(el("h2", { id: "directive-title" }, `${t("citedBy")}: ${doc}`),
      el("p", {}, link("#/graph/" + encodeURIComponent(doc), t("graph")), " · ", t("download"), ": ",
        ...["csv", "xlsx", "html"].flatMap(f => [reportLink("directive", { document: doc }, f), " "])),
      ...sections);
  } catch (e) { fail(e); }
}

// The hierarchy as SVG: one band per level, unresolved documents in a band of their own, edges labelled.
async function graphPage(from) {
  try {
    const [down, up] = await Promise.all([orNull(api(`/api/trace?from=${encodeURIComponent(from)}&direction=down&depth=4`)),
      orNull(api(`/api/trace?from=${encodeURIComponent(from)}&direction=up&depth=4`))]);
    const nodes = new Map(), edges = [];
    const visit = (n, parent, reverse) => {
      if (!nodes.has(n.key)) nodes.set(n.key, n);
      if (parent) edges.push(reverse ? [n.key, parent.key, n.relation] : [n.key, parent.key, n.relation]);
      if (!n.cycle) n.children.forEach(c => visit(c, n, reverse));
    };
    if (down) visit(down, null, false);
    if (up) visit(up, null, true);
    const bands = [...LEVELS, "unresolved"];
    const band = n => n.planId ? (n.level || "unresolved") : "unresolved";
    const W = 1000, H = 110, NS = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(NS, "svg");
    svg.setAttribute("viewBox", `0 0 ${W} ${H * bands.length}`); svg.setAttribute("width", "100%"); svg.id = "graph";
    const mk = (tag, attrs, text) => { const e = document.createElementNS(NS, tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); if (text) e.textContent = text; return e; };
    const pos = new Map();
    bands.forEach((b, i) => {
      svg.append(mk("rect", { x: 0, y: i * H, width: W, height: H, fill: i % 2 ? "#fafafa" : "#f0f0f0" }));
      svg.append(mk("text", { x: 6, y: i * H + 14, class: "band-label" }, LEVEL_NAMES[lang][b]));
      const members = [...nodes.values()].filter(n => band(n) === b);
      members.forEach((n, j) => pos.set(n.key, { x: (j + 1) * W / (members.length + 1), y: i * H + H / 2 }));
    });
    for (const [a, b, rel] of edges) {
      const p = pos.get(a), q = pos.get(b);
      if (!p || !q) continue;
      svg.append(mk("line", { x1: p.x, y1: p.y, x2: q.x, y2: q.y, stroke: "#888" }));
      svg.append(mk("text", { x: (p.x + q.x) / 2 + 4, y: (p.y + q.y) / 2, fill: "#555" }, relationName(rel || "")));
    }
    for (const n of nodes.values()) {
      const p = pos.get(n.key);
      const g = mk("g", { class: "node" });
      g.append(mk("rect", { x: p.x - 90, y: p.y - 14, width: 180, height: 28, rx: 4, fill: "#fff", stroke: n.planId ? "#8b1a1a" : "#999", "stroke-dasharray": n.planId ? "" : "4 3" }));
      g.append(mk("text", { x: p.x, y: p.y + 4, "text-anchor": "middle" }, n.label.length > 30 ? n.label.slice(0, 29) + "…" : n.label));
      if (n.planId) g.addEventListener("click", () => { location.hash = "#/plan/" + encodeURIComponent(n.planId); });
      svg.append(g);
    }
    show(el("h2", {}, `${t("graph")}: ${from}`), svg);
  } catch (e) { fail(e); }
}

function uploadPage() {
  const list = el("div", { id: "uploads" });
  const input = el("input", { type: "file", multiple: "", id: "files", onchange: () => send([...input.files]) });
  const drop = el("div", { class: "drop", id: "drop" }, t("drop"), el("br"), input);
  drop.addEventListener("dragover", ev => { ev.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", ev => { ev.preventDefault(); drop.classList.remove("over"); send([...ev.dataTransfer.files]); });
  function send(files) {
    for (const file of files) {
      const bar = el("progress", { max: 100, value: 0 }), result = el("span", { class: "result" }, "…");
      list.append(el("div", { class: "file" }, el("span", {}, file.name), bar, result));
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/plans?name=" + encodeURIComponent(file.name));
      xhr.setRequestHeader("x-functions-key", key());
      xhr.upload.onprogress = ev => { if (ev.lengthComputable) bar.value = 100 * ev.loaded / ev.total; };
      xhr.onload = () => {
        bar.value = 100;
        const body = JSON.parse(xhr.responseText || "{}");
        result.textContent = xhr.status < 300 ? `${body.status} · ${body.number || ""} · ${body.citations} ${t("citations").toLowerCase()}`
          : `${body.title || xhr.status}${body.reason ? " (" + body.reason + ")" : ""}`;
        result.className = xhr.status < 300 ? "result ok" : "result error";
      };
      xhr.send(file);
    }
  }
  show(drop, list);
}

function reportsPage() {
  const today = new Date();
  show(el("h2", {}, t("navReports")),
    el("p", {}, t("deadlines"), ": ", ...["csv", "xlsx", "html"].flatMap(f => [reportLink("deadlines", {}, f), " "])),
    el("p", {}, "34-CT/TW: ", ...["csv", "xlsx"].flatMap(f => [reportLink("directive", { document: "34-CT/TW" }, f), " "])),
    el("p", {}, `${t("province")} × ${t("year")} ${today.getFullYear()}: `, reportLink("matrix", { province: "Đồng Nai", year: today.getFullYear() }, "xlsx")));
}

function route() {
  generation++;
  document.querySelectorAll("[data-t]").forEach(e => { e.textContent = t(e.dataset.t); });
  document.documentElement.lang = lang;
  document.getElementById("lang").textContent = lang === "vi" ? "English" : "Tiếng Việt";
  const [, page, ...rest] = location.hash.split("/");
  const arg = decodeURIComponent(rest.join("/"));
  if (page === "plan") return planPage(arg);
  if (page === "directive") return directivePage(arg);
  if (page === "graph") return graphPage(arg);
  if (page === "upload") return uploadPage();
  if (page === "reports") return reportsPage();
  const query = (location.hash.split("?")[1]) || "";
  return searchPage(query);
}

document.getElementById("lang").onclick = () => { lang = lang === "vi" ? "en" : "vi"; localStorage.setItem("lang", lang); route(); };
document.getElementById("savekey").onclick = () => { localStorage.setItem("key", document.getElementById("key").value); document.getElementById("keybar").hidden = true; route(); };
window.addEventListener("hashchange", route);
route();
