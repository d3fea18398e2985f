// The explorer's viewer: replays a trace (format v1, docs/explorer.md) step by step.
// The trace is untrusted data: every string reaches the page through textContent only.
(() => {
  "use strict";
  const root = document.querySelector("[data-explorer]");
  const dataNode = document.getElementById("trace-data");
  if (!root || !dataNode) return;
  const data = JSON.parse(dataNode.textContent);
  const records = data.records || [];
  const narration = data.narration || [];
  const source = String(data.header.src || "").split("\n");
  const steps = [];
  const keyframes = [];
  const outputAt = []; // stdout printed before each step's successor
  let printed = "";
  records.forEach((record, index) => {
    if (record.t === "s") {
      if (steps.length) outputAt[steps.length - 1] = printed;
      if (record.k) keyframes.push(steps.length);
      steps.push(index);
    } else if (record.t === "out" && !record.err) {
      printed += String(record.s);
    }
  });
  if (steps.length) outputAt[steps.length - 1] = printed;
  if (!steps.length) return;

  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const $ = (sel) => root.querySelector(sel);
  const controls = $(".explorer-controls");
  const grid = $(".explorer-grid");
  const slider = $("[data-slider]");
  const stepOut = $("[data-step]");
  const linesNode = $("[data-lines]");
  const framesNode = $("[data-frames]");
  const heapNode = $("[data-heap]");
  const arrows = $("[data-arrows]");
  const outputNode = $("[data-output]");
  const narrationNode = $("[data-narration]");
  const textMode = $("[data-text-mode]");
  controls.hidden = false;
  grid.hidden = false;
  source.forEach((text, i) => {
    const li = el("li", "", text || " ");
    li.dataset.line = String(i + 1);
    linesNode.appendChild(li);
  });

  const utf8 = new TextEncoder();
  const fromUtf8 = new TextDecoder();
  // Mark the sub-expression that raised or is returned (columns count UTF-8 bytes);
  // the line's text is only ever set as text.
  function markSub(li, sub) {
    const text = source[Number(li.dataset.line) - 1] || " ";
    if (!sub) {
      if (li.dataset.marked) { li.textContent = text; delete li.dataset.marked; }
      return;
    }
    const bytes = utf8.encode(text);
    const cut = (n) => fromUtf8.decode(bytes.slice(0, n)).length;
    const start = cut(sub[0]);
    const end = Math.max(start, cut(sub[1]));
    const mark = el("mark", "sub", text.slice(start, end));
    li.replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
    li.dataset.marked = "1";
  }

  function apply(state, record) {
    if (record.k) state.heap = {};
    state.line = record.ln;
    state.event = record.e;
    if (record.fr) {
      state.stack = record.fr.slice();
      for (const id of Object.keys(state.frames)) {
        if (!state.stack.includes(Number(id))) delete state.frames[id];
      }
    }
    for (const [id, entry] of Object.entries(record.f || {})) {
      const known = state.frames[id];
      if (entry.v) {
        state.frames[id] = { name: String(entry.fn), vars: entry.v, line: known ? known.line : 0 };
      } else if (known) {  // only what changed was sent
        const vars = Object.assign({}, known.vars, entry.dv || {});
        for (const name of entry.dx || []) delete vars[name];
        known.vars = vars;
      }
    }
    const top = state.stack[state.stack.length - 1];
    if (top !== undefined && state.frames[top]) state.frames[top].line = record.ln;
    for (const [id, obj] of Object.entries(record.h || {})) state.heap[id] = obj;
    state.ret = "ret" in record ? record.ret : undefined;
    state.exc = record.exc || null;
    state.sub = record.sub || null;
    state.elided = record.elided || 0;
  }

  function stateAt(n) {
    let start = 0;
    for (const k of keyframes) if (k <= n) start = k;
    const state = { stack: [], frames: {}, heap: {}, line: 0 };
    for (let s = start; s <= n; s += 1) apply(state, records[steps[s]]);
    return state;
  }

  function primitive(value) {
    if (value === null) return "None";
    if (value === true) return "True";
    if (value === false) return "False";
    if (typeof value === "number") return String(value);
    if (typeof value === "string") return JSON.stringify(value).replace(/^"|"$/g, "'");
    if (Array.isArray(value) && (value[0] === "int" || value[0] === "float")) return String(value[1]);
    if (Array.isArray(value) && value[0] === "str") return `'${value[1]}…' (${value[2]} characters)`;
    return null;
  }

  function valueNode(value) {
    const text = primitive(value);
    if (text !== null) return el("span", "value", text);
    if (Array.isArray(value) && value[0] === "r") {
      const link = el("a", "ref", `#${value[1]}`);
      link.href = `#obj-${value[1]}`;
      link.dataset.ref = String(value[1]);
      return link;
    }
    if (value === null || value === undefined) return el("span", "value elided", "…");
    return el("span", "value", "?");
  }

  function reachable(state) {
    const order = [];
    const seen = new Set();
    const queue = [];
    const visit = (value) => {
      if (Array.isArray(value) && value[0] === "r" && !seen.has(value[1])) {
        seen.add(value[1]);
        queue.push(value[1]);
      }
    };
    for (const id of state.stack) for (const v of Object.values((state.frames[id] || {}).vars || {})) visit(v);
    if (state.ret !== undefined) visit(state.ret);
    while (queue.length) {
      const id = queue.shift();
      const obj = state.heap[id];
      if (!obj) continue;
      order.push(id);
      JSON.stringify(obj, (key, v) => { visit(v); return v; });
    }
    return order;
  }

  function objectNode(id, obj) {
    const box = el("div", "object");
    box.id = `obj-${id}`;
    const kind = String(obj[0]);
    const titles = {
      obj: () => `${obj[1]} object`,
      class: () => `class ${obj[1]}`,
      func: () => `function ${obj[1]}(${Array.isArray(obj[2]) ? obj[2].join(", ") : ""})`,
      gen: () => `${obj[1]} ${obj[2]}`,
      module: () => `module ${obj[1]}`,
      other: () => `${obj[1]}`,
    };
    const title = titles[kind] ? titles[kind]() : `${kind} of ${obj[2]}`;
    box.appendChild(el("div", "object-title", `#${id} ${title}`));
    const table = el("table", "cells");
    const row = (key, value) => {
      const tr = el("tr");
      tr.appendChild(el("th", "", key));
      const td = el("td");
      td.appendChild(valueNode(value));
      tr.appendChild(td);
      table.appendChild(tr);
    };
    if (["list", "tuple", "set", "frozenset"].includes(kind)) {
      (obj[1] || []).forEach((item, i) => row(kind === "set" || kind === "frozenset" ? "·" : String(i), item));
    } else if (kind === "dict") {
      (obj[1] || []).forEach((pair) => {
        if (!pair) { row("…", null); return; }
        const key = primitive(pair[0]);
        row(key === null ? "key" : key, pair[1]);
      });
    } else if (kind === "obj") {
      (obj[2] || []).forEach((pair) => row(String(pair[0]), pair[1]));
    } else if (kind === "class") {
      (obj[3] || []).forEach((pair) => row(String(pair[0]), pair[1]));
    } else if (kind === "gen" && Array.isArray(obj[5])) {
      box.appendChild(el("div", "suspended", `suspended: resumes at line ${obj[4]}`));
      obj[5].forEach((pair) => row(String(pair[0]), pair[1]));
    } else if (kind === "other" && obj[2]) {
      box.appendChild(el("div", "value", String(obj[2])));
    }
    if (table.rows.length) box.appendChild(table);
    return box;
  }

  function drawArrows() {
    while (arrows.firstChild) arrows.removeChild(arrows.firstChild);
    if (textMode.checked) return;
    const origin = grid.getBoundingClientRect();
    arrows.setAttribute("width", String(origin.width));
    arrows.setAttribute("height", String(origin.height));
    for (const link of grid.querySelectorAll("a.ref")) {
      const target = document.getElementById(`obj-${link.dataset.ref}`);
      if (!target) continue;
      const a = link.getBoundingClientRect();
      const b = target.getBoundingClientRect();
      const x1 = a.right - origin.left;
      const y1 = a.top + a.height / 2 - origin.top;
      const x2 = b.left - origin.left;
      const y2 = b.top + 12 - origin.top;
      const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
      const bend = Math.max(30, Math.abs(x2 - x1) / 2);
      path.setAttribute("d", `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`);
      path.setAttribute("class", "arrow");
      arrows.appendChild(path);
    }
  }

  const gcNode = $("[data-gc]");
  const refsNode = $("[data-refs]");
  function showGc(n) {
    const gc = data.gc;
    if (!gc || !gcNode) return;
    const row = gc.steps[n];
    if (!row) { gcNode.hidden = true; return; }
    const done = gc.collections.filter((c) => c[0] <= n + 1);
    const last = done[done.length - 1];
    const [g0, g1, g2] = gc.threshold;
    gcNode.hidden = false;
    gcNode.textContent = `Garbage collector: generation 0 holds ${row[2]} of ${g0} new objects, ` +
      `generation 1 ${row[3]} of ${g1} collections, generation 2 ${row[4]} of ${g2}; ` +
      `${done.length} collections so far` +
      (last ? ` (the last, of generation ${last[1]} at step ${last[0]}, freed ${last[2]} objects)` : "") + ".";
    if (refsNode) {
      // recorded at the same event as the step the page shows (before its line runs)
      const here = (gc.refs || []).filter((r) => r[0] === n);
      refsNode.hidden = here.length === 0;
      refsNode.textContent = "References to the object of each name (the name's own included): " +
        here.map((r) => `${gc.names[r[1]]} ${r[2] >= 1e9 ? "immortal" : r[2]}`).join(", ") + ".";
    }
  }

  let current = 0;
  function show(n) {
    current = Math.max(0, Math.min(steps.length - 1, n));
    const state = stateAt(current);
    for (const li of linesNode.children) {
      const here = Number(li.dataset.line) === state.line;
      li.classList.toggle("current", here);
      markSub(li, here ? state.sub : null);
    }
    framesNode.replaceChildren();
    state.stack.forEach((id, index) => {
      const frame = state.frames[id];
      if (!frame) return;
      const box = el("div", index === state.stack.length - 1 ? "frame top" : "frame");
      box.appendChild(el("div", "frame-title", frame.name === "<module>" ? "Global frame" : frame.name));
      const table = el("table", "cells");
      for (const [name, value] of Object.entries(frame.vars)) {
        const tr = el("tr");
        tr.appendChild(el("th", "", name));
        const td = el("td");
        td.appendChild(valueNode(value));
        tr.appendChild(td);
        table.appendChild(tr);
      }
      if (index === state.stack.length - 1 && state.ret !== undefined) {
        const tr = el("tr", "returned");
        tr.appendChild(el("th", "", state.event === "yield" ? "yields" : "returns"));
        const td = el("td");
        td.appendChild(valueNode(state.ret));
        tr.appendChild(td);
        table.appendChild(tr);
      }
      box.appendChild(table);
      if (index === 4 && state.elided) framesNode.appendChild(el("div", "elided", `… ${state.elided} more calls …`));
      framesNode.appendChild(box);
    });
    heapNode.replaceChildren(...reachable(state).map((id) => objectNode(id, state.heap[id])));
    outputNode.textContent = outputAt[current] || "";
    narrationNode.textContent = `Step ${current + 1}: ${narration[current] || ""}`;
    showGc(current);
    slider.value = String(current + 1);
    stepOut.textContent = String(current + 1);
    if (current === steps.length - 1 && data.end && data.end.reason !== "done") {
      const exc = data.end.exc;
      narrationNode.textContent += exc ? ` (ends: ${exc.type}: ${exc.msg || ""})` : ` (ends: ${data.end.reason})`;
    }
    drawArrows();
  }

  const moves = { first: () => 0, prev: () => current - 1, next: () => current + 1, last: () => steps.length - 1 };
  controls.addEventListener("click", (event) => {
    const button = event.target.closest("[data-go]");
    if (button) show(moves[button.dataset.go]());
  });
  slider.addEventListener("input", () => show(Number(slider.value) - 1));
  textMode.addEventListener("change", () => drawArrows());
  document.addEventListener("keydown", (event) => {
    const typing = event.target.closest("textarea, input, select, [contenteditable]");
    if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
    const keys = { ArrowLeft: "prev", ArrowRight: "next", Home: "first", End: "last" };
    if (keys[event.key]) {
      event.preventDefault();
      show(moves[keys[event.key]]());
    }
  });
  window.addEventListener("resize", () => drawArrows());
  show(0);
})();
