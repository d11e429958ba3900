// The hierarchy drawing: the trace up and down from a plan or a document, laid out top-down by dagre
// (vendor/, served from here) with the administrative levels as ranks: central, then province, district and
// commune. A document known only from citations keeps its own level and is drawn dashed. Exports as SVG or PNG.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const NODE_W = 190, LINE_H = 14, PAD = 8;
const svgEl = (tag, attrs = {}, text) => {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};
const levelRank = l => LEVELS.indexOf(l);

/** Cuts a label into at most three lines of about 26 characters, at spaces. */
function wrapLabel(text, width = 26, lines = 3) {
  const out = [];
  let line = "";
  for (const word of String(text).split(/\s+/)) {
    if ((line + " " + word).trim().length > width && line) { out.push(line); line = word; } else line = (line + " " + word).trim();
    if (out.length === lines) break;
  }
  if (out.length < lines && line) out.push(line);
  if (out.join(" ").length < String(text).trim().length) out[out.length - 1] = out[out.length - 1].replace(/.{0,1}$/, "…");
  return out;
}

/** Nodes by key and edges "document above → plan below" from the two trace trees. */
function collectGraph(down, up) {
  const nodes = new Map(), edges = new Map();
  const add = n => { if (!nodes.has(n.key)) nodes.set(n.key, n); else if (!nodes.get(n.key).planId && n.planId) nodes.set(n.key, n); };
  const walk = (n, parentKey, upward) => {
    add(n);
    if (parentKey) {
      const [from, to] = upward ? [n.key, parentKey] : [parentKey, n.key];
      if (from !== to) edges.set(from + "\u0000" + to, { from, to, relation: n.relation });
    }
    if (!n.cycle) (n.children || []).forEach(c => walk(c, n.key, upward));
  };
  if (down) walk(down, null, false);
  if (up) walk(up, null, true);
  return { nodes, edges: [...edges.values()] };
}

function nodeTitle(n) {
  const label = n.label && n.label !== n.planId ? n.label : fileName(n.planId || n.key);
  return n.planId ? label : `${label} (${t("notIndexed")})`;
}

/** Lays the graph out with dagre and draws it as SVG; edges are dagre's routed polylines, so they avoid other nodes. */
function drawGraph({ nodes, edges }) {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: "TB", nodesep: 24, ranksep: 56, marginx: 90, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const [k, n] of nodes) {
    const lines = wrapLabel(nodeTitle(n));
    g.setNode(k, { width: NODE_W, height: lines.length * LINE_H + 2 * PAD + 12, lines, data: n });
  }
  for (const e of edges) {
    // A longer edge between levels that skip one (central → district) keeps every level on its own row.
    const span = levelRank(nodes.get(e.to)?.level) - levelRank(nodes.get(e.from)?.level);
    g.setEdge(e.from, e.to, { minlen: levelRank(nodes.get(e.from)?.level) >= 0 && span > 1 ? span : 1, relation: e.relation });
  }
  dagre.layout(g);
  const { width, height } = g.graph();
  const svg = svgEl("svg", { id: "graph", xmlns: SVG_NS, viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`, width: Math.ceil(width), height: Math.ceil(height), role: "img" });
  svg.append(svgEl("style", {}, "text{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11px}.band{font-weight:bold;fill:#8b1a1a;font-size:12px}"));
  const marker = svgEl("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" });
  marker.append(svgEl("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#777" }));
  const defs = svgEl("defs");
  defs.append(marker);
  svg.append(defs);
  // Level bands: the vertical extent of each level's nodes, labelled at the left.
  const bands = new Map();
  for (const k of g.nodes()) {
    const n = g.node(k), level = n.data.level && levelRank(n.data.level) >= 0 ? n.data.level : "unknown";
    const b = bands.get(level) || { top: Infinity, bottom: -Infinity };
    b.top = Math.min(b.top, n.y - n.height / 2); b.bottom = Math.max(b.bottom, n.y + n.height / 2);
    bands.set(level, b);
  }
  [...bands.entries()].sort((a, b) => a[1].top - b[1].top).forEach(([level, b], i) => {
    svg.append(svgEl("rect", { x: 0, y: b.top - 8, width, height: b.bottom - b.top + 16, fill: i % 2 ? "#f7f7f7" : "#fbf3f0", class: "band-bg", "data-level": level }));
    svg.append(svgEl("text", { x: 6, y: b.top + 6, class: "band" }, levelName(level)));
  });
  for (const e of g.edges()) {
    const edge = g.edge(e), pts = edge.points;
    svg.append(svgEl("path", { d: "M" + pts.map(p => `${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(" L"), fill: "none", stroke: "#777", "marker-end": "url(#arrow)", class: "edge" }));
    const mid = pts[Math.floor(pts.length / 2)];
    if (edge.relation) svg.append(svgEl("text", { x: mid.x + 4, y: mid.y - 2, fill: "#555", class: "edge-label" }, relationName(edge.relation)));
  }
  for (const k of g.nodes()) {
    const n = g.node(k), d = n.data;
    const group = svgEl("g", { class: "node" + (d.planId ? " indexed" : " unindexed"), "data-level": d.level || "unknown", tabindex: d.planId ? 0 : null });
    group.append(svgEl("title", {}, nodeTitle(d)));
    group.append(svgEl("rect", { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height, rx: 5, fill: "#fff",
      stroke: d.planId ? "#8b1a1a" : "#888", "stroke-width": d.planId ? 1.5 : 1, "stroke-dasharray": d.planId ? null : "5 3" }));
    group.append(svgEl("text", { x: n.x, y: n.y - n.height / 2 + PAD + 9, "text-anchor": "middle", fill: "#8b1a1a", "font-size": "9px" }, levelName(d.level)));
    n.lines.forEach((line, i) => group.append(svgEl("text", { x: n.x, y: n.y - n.height / 2 + PAD + 12 + (i + 1) * LINE_H - 2, "text-anchor": "middle" }, line)));
    if (d.planId) {
      const open = () => { location.hash = planHash(d.planId); };
      group.style.cursor = "pointer";
      group.addEventListener("click", open);
      group.addEventListener("keydown", ev => { if (ev.key === "Enter") open(); });
    }
    svg.append(group);
  }
  return svg;
}

function download(blob, name) {
  const a = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
const svgText = svg => '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
function exportPng(svg, name) {
  const img = new Image(), scale = 2;
  img.onload = () => {
    const canvas = el("canvas", { width: svg.width.baseVal.value * scale, height: svg.height.baseVal.value * scale });
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    canvas.toBlob(b => download(b, name), "image/png");
  };
  img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svgText(svg));
}
const slug = s => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "so-do";

PAGES.graph = async from => {
  show(el("p", {}, t("loading")));
  try {
    const [down, up] = await Promise.all([api(`/api/trace?from=${enc(from)}&direction=down&depth=4`, { optional: true }),
      api(`/api/trace?from=${enc(from)}&direction=up&depth=4`, { optional: true })]);
    if (!down && !up) return show(el("h2", {}, `${t("graph")}: ${from}`), el("p", { id: "graph-empty" }, t("nothingToTrace")));
    const root = down || up;
    const svg = drawGraph(collectGraph(down, up));
    const wrap = el("div", { class: "graph-wrap" }, svg);
    const name = "so-do-thuc-hien-" + slug(root.label || from);
    show(el("h2", { id: "graph-title" }, `${t("graph")}: ${nodeTitle(root)}`),
      el("p", { class: "downloads" }, el("button", { type: "button", id: "export-svg", onclick: () => download(new Blob([svgText(svg)], { type: "image/svg+xml" }), name + ".svg") }, t("exportSvg")), " ",
        el("button", { type: "button", id: "export-png", onclick: () => exportPng(svg, name + ".png") }, t("exportPng")), " ",
        root.planId ? null : link(citesHash(from), t("citedBy"))),
      el("p", { class: "legend" }, t("legend")), wrap);
    // Fit a narrow drawing to the screen; a wide one scrolls sideways at a readable size instead of shrinking.
    if (svg.width.baseVal.value < wrap.clientWidth) svg.setAttribute("width", "100%");
  } catch (e) { fail(e); }
};
