// The pages: the home page with its three questions (search, which plans cite a document, trace), the
// citing-plans answer, a plan, upload and reports. The hierarchy drawing is in graph.js.
"use strict";

/** The three questions, each a small form; the search box keeps the current query. */
function questions(query = "") {
  const q = el("input", { id: "q", type: "search", value: query, "aria-label": t("qSearch") });
  const search = el("section", { class: "question", id: "ask-search" }, el("h2", {}, t("qSearch")),
    el("form", { onsubmit: ev => { ev.preventDefault(); location.hash = "#/search?" + new URLSearchParams({ q: q.value }); } },
      q, el("button", { type: "submit" }, t("search"))), el("p", { class: "hint" }, t("qSearchHint")));
  const cites = documentBox("cites-q", "Chỉ thị 34-CT/TW", doc => { location.hash = citesHash(doc); });
  const citesForm = el("section", { class: "question", id: "ask-cites" }, el("h2", {}, t("qCites")),
    el("form", { onsubmit: ev => { ev.preventDefault(); if (cites.input.value.trim()) location.hash = citesHash(cites.input.value.trim()); } },
      cites.input, el("button", { type: "submit" }, t("show"))), cites.list, el("p", { class: "hint" }, t("qCitesHint")));
  const tr = documentBox("trace-q", "19/CT-TTg", doc => { location.hash = graphHash(doc); });
  const traceForm = el("section", { class: "question", id: "ask-trace" }, el("h2", {}, t("qTrace")),
    el("form", { onsubmit: ev => { ev.preventDefault(); if (tr.input.value.trim()) location.hash = graphHash(tr.input.value.trim()); } },
      tr.input, el("button", { type: "submit" }, t("trace"))), tr.list, el("p", { class: "hint" }, t("qTraceHint")));
  return el("div", { class: "questions" }, search, citesForm, traceForm);
}

function hitView(h) {
  return el("div", { class: "hit" },
    link(planHash(h.planId), h.title || h.number || fileName(h.planId)),
    el("div", { class: "meta" }, [h.number, h.issuer, levelName(h.level), fmtDate(h.issueDate)].filter(Boolean).join(" · ")),
    el("div", { class: "snippet" }, ...h.snippet.map(p => p.match ? el("mark", {}, p.text) : document.createTextNode(p.text))));
}

// A query that names a document ("Chỉ thị 19", "34-CT/TW") is answered first with the plans citing it.
async function documentOffer(text) {
  if (!/\d/.test(text) && !/^(luat|luật|nghi|nghị|chi|chỉ|quyet|quyết|ke|kế|thong|thông)/i.test(text.trim())) return null;
  const answer = await api("/api/cites/plans?document=" + enc(text), { optional: true });
  if (!answer || answer.planCount === 0) return null;
  const first = answer.levels.flatMap(l => l.provinces.flatMap(p => p.plans)).slice(0, 3);
  return el("div", { class: "doc-offer", id: "doc-offer" },
    el("strong", {}, t("docOffer", text, answer.planCount)), " ", link(citesHash(text), t("seeCiting") + " →"),
    el("ul", {}, ...first.map(p => el("li", {}, link(planHash(p.planId), p.number || p.title || fileName(p.planId)), ` — ${p.issuer || ""} · ${p.relations.map(relationName).join(", ")}`))));
}

PAGES[""] = PAGES.search = async (_, q) => {
  const text = q.get("q") || "";
  const sort = q.get("sort") || "relevance";
  const head = questions(text);
  if (!text && ![...q.keys()].some(k => k !== "sort")) return show(head);
  show(head, el("p", {}, t("loading")));
  try {
    const byDate = sort !== "relevance";
    const ask = new URLSearchParams(q); ask.delete("sort");
    // The search API ranks by relevance; by date, the page sorts the first 100 results (and says so).
    if (byDate) { ask.set("pageSize", "100"); ask.delete("page"); }
    const [r, offer] = await Promise.all([api("/api/search?" + ask), text ? documentOffer(text).catch(e => { if (e instanceof Stale) throw e; return null; }) : null]);
    let hits = r.hits;
    if (byDate) hits = [...hits].sort((a, b) => (sort === "newest" ? -1 : 1) * String(a.issueDate || "").localeCompare(String(b.issueDate || "")));
    const facets = el("aside", { class: "facets", id: "facets" });
    for (const [name, values] of Object.entries(r.facets || {})) {
      if (!values.length) continue;
      facets.append(el("h3", {}, t(name)));
      for (const f of values.slice(0, 12)) {
        const shown = name === "level" ? levelName(f.value) : f.value;
        facets.append(el("button", { type: "button", "data-facet": name, onclick: () => { const n = new URLSearchParams(q); n.set(name, f.value); n.delete("page"); location.hash = "#/search?" + n; } }, `${shown} (${f.count})`));
      }
    }
    facets.append(el("button", { type: "button", onclick: () => { location.hash = "#/search?q=" + enc(text); } }, t("clear")));
    const sorter = el("select", { id: "sort", "aria-label": t("sortBy"), onchange: () => { const n = new URLSearchParams(q); n.set("sort", sorter.value); location.hash = "#/search?" + n; } },
      ...["relevance", "newest", "oldest"].map(s => el("option", { value: s, selected: s === sort }, t(s))));
    const pager = el("p", { class: "pager" });
    const page = +(q.get("page") || 1), pages = Math.ceil(r.total / 20);
    if (!byDate && pages > 1) {
      if (page > 1) pager.append(link("#/search?" + new URLSearchParams({ ...Object.fromEntries(q), page: page - 1 }), "← " + (page - 1)), " ");
      pager.append(`${page}/${pages}`);
      if (page < pages) pager.append(" ", link("#/search?" + new URLSearchParams({ ...Object.fromEntries(q), page: page + 1 }), (page + 1) + " →"));
    }
    const results = el("section", { id: "results" },
      el("div", { class: "toolbar" }, el("strong", { id: "total" }, `${r.total} ${t("results")}`), el("label", {}, t("sortBy"), " ", sorter)),
      byDate && r.total > hits.length ? el("p", { class: "hint" }, t("sortedWithin", hits.length)) : null,
      mergedNote(r.provincesCovered),
      offer, hits.length ? hits.map(hitView) : el("p", {}, t("noResults")), pager);
    // Results come first in the page, so on a phone they are read before the facets.
    show(head, el("div", { class: "results-layout" }, results, facets));
  } catch (e) { fail(e); }
};

// A search by today's province also covers the provinces merged into it in 2025 (their plans keep their old
// province): say so above the results. The names come from the server, so they go in as text (el does that).
function mergedNote(covered) {
  if (!Array.isArray(covered) || covered.length < 2) return null;
  return el("p", { class: "hint", id: "provinces-covered" }, t("provincesCovered", covered.join(", ")));
}

function evidenceList(row) {
  return el("ul", { class: "evidence" }, ...row.evidence.map(e => el("li", {},
    el("span", { class: "badge " + e.relation }, relationName(e.relation)), `${t("page")} ${e.page}: `, el("q", {}, e.sentence),
    row.versions.length > 1 ? el("small", {}, " — ", fileName(e.planId)) : null)));
}

function planRow(row) {
  const why = row.versionsAlike === "same-content" ? t("sameContent") : t("sameNumber");
  return el("article", { class: "row", "data-plan": row.planId },
    el("div", {}, link(planHash(row.planId), row.number ? `${row.number} — ${row.title || ""}` : row.title || fileName(row.planId), { class: "plan-link" })),
    el("div", { class: "meta" }, [row.issuer, fmtDate(row.issueDate)].filter(Boolean).join(" · "), " ",
      ...row.relations.map(r => el("span", { class: "badge " + r }, relationName(r)))),
    row.versions.length > 1 ? el("div", { class: "versions" }, t("versions", row.versions.length, why), " ",
      ...row.versions.flatMap((v, i) => [i ? ", " : "", link(planHash(v), fileName(v))])) : null,
    evidenceList(row));
}

PAGES.cites = PAGES.directive = async doc => {
  show(questions(), el("p", {}, t("loading")));
  try {
    const a = await api("/api/cites/plans?document=" + enc(doc));
    const recognised = a.document.numberKey || a.document.serial || a.document.nameKey || a.document.key;
    const body = a.planCount === 0 ? [el("p", { id: "cites-empty" }, recognised ? t("nothingCites") : t("notRecognised"))]
      : a.levels.map(l => el("section", { class: "level-group", "data-level": l.level },
        el("h3", {}, `${levelName(l.level)} (${t("plansCount", l.planCount)})`),
        ...l.provinces.map(p => el("section", { class: "province-group" }, el("h4", {}, `${p.province || t("unknownProvince")} (${p.plans.length})`), ...p.plans.map(planRow)))));
    const query = { document: doc };
    show(questions(),
      el("h2", { id: "directive-title" }, `${t("citedBy")}: ${doc}`),
      el("p", { id: "cites-summary" }, t("citesSummary", a.planCount, a.fileCount, a.citationCount)),
      a.indexedPlanId ? el("p", {}, t("indexedAs"), " ", link(planHash(a.indexedPlanId), fileName(a.indexedPlanId))) : null,
      el("p", { class: "downloads" }, link(graphHash(doc), t("graph")), " · ", t("download"), ": ",
        ...["xlsx", "csv", "html", "md", "json"].map(f => reportLink("directive", query, f))),
      ...body);
  } catch (e) { fail(e); }
};

// FieldReading.ReviewBelow on the server: a core field read with less confidence sends the record to review.
const REVIEW_BELOW = 0.6;
const FIELD_LABELS = { number: "number", issueDate: "date", title: "docTitle", issuer: "issuer", level: "level", province: "province" };
PAGES.plan = async id => {
  try {
    const p = await api("/api/plans/" + id.split("/").map(enc).join("/"));
    const r = p.record;
    const rows = [[t("number"), r.number], [t("date"), fmtDate(r.issueDate || r.issueDatePartial)], [t("issuer"), r.issuer.name],
      [t("level"), levelName(r.issuer.level)], [t("province"), r.issuer.province], [t("signer"), r.signer ? `${r.signer.title}: ${r.signer.name}` : null]];
    const head = ["type", "number", "date", "issuer", "relation"].map(k => el("th", { class: k === "date" ? "date" : null }, t(k === "number" ? "directive" : k)));
    const cites = el("table", {}, el("tr", {}, ...head),
      ...r.citations.map(c => { const doc = c.number ? c.number + (c.date ? " " + c.date.slice(0, 4) : "") : `${c.type} ${c.name || ""}`.trim();
        return el("tr", {}, el("td", {}, c.type), el("td", {}, link(citesHash(doc), c.number || c.name || c.text)),
          el("td", { class: "date" }, fmtDate(c.date)), el("td", {}, c.issuer || ""), el("td", {}, relationName(c.relation))); }));
    const path = id.split("/").map(enc).join("/");
    // The parser's own doubt, as the record states it (needsReview, each field's confidence): a header it could
    // not read is said so here rather than shown as if read.
    const doubtful = (r.fields || []).filter(f => f.confidence < REVIEW_BELOW).map(f => FIELD_LABELS[f.field]).filter(Boolean);
    const review = r.needsReview ? el("p", { id: "review", class: "review", role: "note" },
      el("strong", {}, t("needsReview")), doubtful.length ? `: ${doubtful.map(t).join(", ")} — ${t("reviewWhy")}` : "") : null;
    show(el("h2", { id: "plan-title" }, r.title || r.number || fileName(id)), review,
      el("table", {}, ...rows.map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, v || "—")))),
      el("p", { class: "downloads" }, el("a", { href: `/api/originals/${path}?code=${enc(key())}` }, t("original"), ` (${fileName(id)})`), " · ",
        link(graphHash(id), t("graph")), " · ", r.number ? [link(citesHash(r.number + (r.year ? " " + r.year : "")), t("citedBy")), " · "] : null,
        t("download"), ": ", reportLink("plan", { plan: id }, "xlsx"), reportLink("plan", { plan: id }, "csv"), reportLink("coverage", { plan: id }, "xlsx")),
      el("h3", {}, t("citations")), cites,
      el("h3", {}, t("recipients")), el("ul", {}, ...r.recipients.map(x => el("li", {}, x.text))),
      el("h3", {}, t("deadlines")), el("ul", {}, ...(r.deadlines.length ? r.deadlines.map(d => el("li", {}, `${fmtDate(d.date)}: ${d.what}`)) : [el("li", {}, t("none"))])));
  } catch (e) { fail(e); }
};

// Upload: every file gets a row that moves through waiting → sending (bytes) → stored, reading (the server
// extracts, OCRs and parses before it answers) → indexed or an error in words. At most UPLOADS_AT_ONCE files
// travel at a time, so 50 dropped files neither flood the service nor starve each other.
const UPLOADS_AT_ONCE = 4;
PAGES.upload = () => {
  const list = el("div", { id: "uploads" });
  const summary = el("p", { id: "upload-summary", role: "status" });
  const input = el("input", { type: "file", multiple: true, id: "files", onchange: () => { enqueue([...input.files]); input.value = ""; } });
  const drop = el("div", { class: "drop", id: "drop" }, t("drop"), el("br"), input);
  drop.addEventListener("dragover", ev => { ev.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", ev => { ev.preventDefault(); drop.classList.remove("over"); enqueue([...ev.dataTransfer.files]); });
  const queue = [], rows = [];
  let running = 0;
  const refresh = () => {
    const done = rows.filter(r => r.done).length, failed = rows.filter(r => r.failed).length;
    summary.textContent = t("uploadSummary", done, rows.length, failed);
  };
  function enqueue(files) {
    for (const file of files) {
      const bar = el("progress", { max: 100, value: 0 }), stage = el("span", { class: "stage", "data-stage": "waiting" }, t("waiting"));
      const row = { file, bar, stage, done: false, failed: false };
      list.append(el("div", { class: "file" }, el("span", { class: "name" }, file.name), bar, stage));
      rows.push(row); queue.push(row);
    }
    refresh(); pump();
  }
  function pump() {
    while (running < UPLOADS_AT_ONCE && queue.length) { running++; send(queue.shift()).finally(() => { running--; refresh(); pump(); }); }
  }
  const setStage = (row, name, text, cls = "") => { row.stage.dataset.stage = name; row.stage.className = "stage " + cls; row.stage.replaceChildren(...[text].flat()); };
  function send(row) {
    return new Promise(resolve => {
      const xhr = new XMLHttpRequest();
      let ticker = 0;
      xhr.open("POST", "/api/plans?name=" + enc(row.file.name));
      xhr.setRequestHeader("x-functions-key", key());
      xhr.setRequestHeader("content-type", "application/octet-stream");
      setStage(row, "sending", t("sending", 0));
      xhr.upload.onprogress = ev => { if (ev.lengthComputable) { const p = Math.round(100 * ev.loaded / ev.total); row.bar.value = p; setStage(row, "sending", t("sending", p)); } };
      xhr.upload.onload = () => {
        row.bar.removeAttribute("value"); // indeterminate while the server reads the file
        const started = Date.now();
        setStage(row, "reading", t("reading", 0));
        ticker = setInterval(() => setStage(row, "reading", t("reading", Math.round((Date.now() - started) / 1000))), 1000);
      };
      const finish = (ok, content) => { clearInterval(ticker); row.bar.value = 100; row.done = true; row.failed = !ok; setStage(row, ok ? "indexed" : "failed", content, ok ? "ok" : "error"); resolve(); };
      xhr.onload = () => {
        let body = {};
        try { body = JSON.parse(xhr.responseText || "{}"); } catch { /* a non-JSON error page: the status says enough */ }
        if (xhr.status < 300) {
          const id = (body.blob || "").replace(/^plans\//, "");
          finish(true, [statusName(body.status), body.number ? ` · ${body.number}` : "", ` · ${t("nCitations", body.citations ?? 0)} · `, id ? link(planHash(id), t("show")) : ""]);
        } else {
          if (xhr.status === 401) document.getElementById("keybar").hidden = false;
          finish(false, errorText(xhr.status, body));
        }
      };
      xhr.onerror = () => finish(false, errorText(0));
      xhr.send(row.file);
    });
  }
  show(el("h2", {}, t("navUpload")), drop, summary, list);
};

// Reports: choose a kind, fill the inputs it needs, download in any format; deadlines are previewed here,
// overdue or upcoming, and can be taken to a calendar (.ics).
const REPORT_INPUTS = {
  directive: ["document", "level", "province", "year", "from", "to"], plan: ["plan"], coverage: ["plan"],
  matrix: ["province", "year", "level"], deadlines: ["from", "to", "issuer"],
};
const REQUIRED = { directive: ["document"], plan: ["plan"], coverage: ["plan"], matrix: ["province", "year"], deadlines: [] };
PAGES.reports = (_, q) => {
  const kind = el("select", { id: "report-kind" }, ...Object.keys(REPORT_INPUTS).map(k => el("option", { value: k, selected: q.get("kind") === k }, t("kind_" + k))));
  const doc = documentBox("report-document", "34-CT/TW", () => update());
  doc.input.value = q.get("document") || "";
  const inputs = {
    document: doc.input,
    plan: el("input", { id: "report-plan", type: "text", value: q.get("plan") || "" }),
    province: el("input", { id: "report-province", type: "text", value: q.get("province") || "", placeholder: "Đồng Nai" }),
    level: el("select", { id: "report-level" }, el("option", { value: "" }, t("anyLevel")), ...LEVELS.map(l => el("option", { value: l, selected: q.get("level") === l }, levelName(l)))),
    year: el("input", { id: "report-year", type: "number", min: 1945, max: 2100, value: q.get("year") || "" }),
    from: el("input", { id: "report-from", type: "text", inputmode: "numeric", placeholder: t("datePlaceholder"), value: q.get("from") || "" }),
    to: el("input", { id: "report-to", type: "text", inputmode: "numeric", placeholder: t("datePlaceholder"), value: q.get("to") || "" }),
    issuer: el("input", { id: "report-issuer", type: "text", value: q.get("issuer") || "" }),
  };
  const names = { document: t("directive"), plan: t("planId"), province: t("province"), level: t("level"), year: t("year"), from: t("from"), to: t("to"), issuer: t("issuer") };
  const labels = Object.fromEntries(Object.entries(inputs).map(([k, input]) =>
    [k, el("label", { "data-input": k, style: k === "document" ? "position:relative" : null }, names[k], input, k === "document" ? doc.list : null)]));
  const message = el("p", { id: "report-message", class: "error", role: "alert" });
  const downloads = el("p", { class: "downloads", id: "report-downloads" });
  const preview = el("div", { id: "report-preview" });
  let previewTimer = 0;
  function values() {
    const v = {};
    for (const k of REPORT_INPUTS[kind.value]) v[k] = inputs[k].value.trim();
    return v;
  }
  function update() {
    for (const [k, label] of Object.entries(labels)) label.hidden = !REPORT_INPUTS[kind.value].includes(k);
    const v = values();
    const problems = [];
    const missing = REQUIRED[kind.value].filter(k => !v[k]).map(k => names[k]);
    if (missing.length) problems.push(t("need", missing.join(", ")));
    for (const k of ["from", "to"]) if (k in v) { const d = parseDate(v[k]); if (d === null) problems.push(t("badDate")); else v[k] = d; }
    if (v.from && v.to && v.from > v.to) problems.push(t("reversed"));
    message.textContent = [...new Set(problems)].join(" ");
    downloads.replaceChildren();
    preview.replaceChildren();
    if (problems.length) return;
    downloads.append(t("downloadAs"), " ", ...["xlsx", "csv", "html", "md", "json"].map(f => reportLink(kind.value, v, f)));
    if (kind.value === "deadlines") {
      const c = new URLSearchParams(Object.entries(v).filter(([, x]) => x)); c.set("code", key());
      downloads.append(" · ", el("a", { href: "/api/calendar?" + c, download: "", id: "ics-link" }, t("calendar")));
      clearTimeout(previewTimer);
      previewTimer = setTimeout(() => deadlinesPreview(v, preview), 200);
    }
  }
  kind.onchange = update;
  Object.values(inputs).forEach(i => i.addEventListener("input", update));
  show(el("h2", {}, t("navReports")),
    el("form", { class: "report-form", onsubmit: ev => ev.preventDefault() }, el("label", {}, t("reportKind"), kind), ...Object.values(labels)),
    message, downloads, preview);
  update();
};

async function deadlinesPreview(v, target) {
  const now = new Date(), iso = d => d.toISOString().slice(0, 10);
  const from = v.from || iso(new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate())));
  const to = v.to || iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 3, now.getUTCDate())));
  try {
    const q = new URLSearchParams({ from, to }); if (v.issuer) q.set("issuer", v.issuer);
    const hits = await api("/api/deadlines?" + q);
    const today = todayIso();
    target.replaceChildren(el("h3", {}, `${t("preview")}: ${t("deadlines")} ${fmtDate(from)} – ${fmtDate(to)}`),
      hits.length === 0 ? el("p", {}, t("noDeadlines")) : el("table", { id: "deadlines-table" },
        el("tr", {}, el("th", {}, ""), el("th", { class: "date" }, t("date")), el("th", {}, t("issuer")), el("th", {}, t("what")), el("th", {}, t("plan"))),
        ...hits.map(d => el("tr", {}, el("td", {}, el("span", { class: "badge " + (d.date < today ? "overdue" : "upcoming") }, d.date < today ? t("overdue") : t("upcoming"))),
          el("td", { class: "date" }, fmtDate(d.date)), el("td", {}, d.issuer || ""), el("td", {}, d.what), el("td", {}, link(planHash(d.planId), d.number || fileName(d.planId)))))));
  } catch (e) { if (!(e instanceof Stale)) target.replaceChildren(el("p", { class: "error" }, e.message)); }
}
