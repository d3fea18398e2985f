// pyascent code editor: turns a <textarea> into a CodeMirror 6 editor.
//
// Built by `npm run build` (see README.md) into ../static/editor.js, a single
// minified IIFE that defines `window.PyAscentEditor`:
//
//   PyAscentEditor.attach(textarea)          -> EditorView (idempotent)
//   PyAscentEditor.setValue(textarea, text)  -> replace the editor's content
//   PyAscentEditor.getValue(textarea)        -> current content (string)
//   PyAscentEditor.getView(textarea)         -> EditorView or undefined
//
// The textarea stays in the DOM (hidden) and always holds the editor's text,
// so plain form posts and htmx requests send it. Every change also fires a
// bubbling `input` event on the textarea (for autosave listeners), and
// Ctrl+Enter / Cmd+Enter fire a bubbling `pyascent:check` CustomEvent on it.
//
// Keyboard: Tab indents (4 spaces), Shift+Tab dedents. To move focus out of
// the editor with the keyboard press Escape, then Tab (or Shift+Tab) within
// two seconds; Ctrl+M (Shift+Alt+M on macOS) toggles a mode in which Tab
// always moves focus. This is CodeMirror's own tab-focus handling.

import { basicSetup } from "codemirror";
import { EditorView, keymap } from "@codemirror/view";
import { EditorSelection, EditorState, Prec } from "@codemirror/state";
import { indentMore, indentLess } from "@codemirror/commands";
import { indentUnit, HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";
import { python } from "@codemirror/lang-python";

const INDENT = "    ";
const views = new WeakMap();

// Syntax colours: every one has a contrast ratio of at least 4.5:1 (WCAG AA)
// against the white editor background and the pale active-line / selection
// backgrounds below.
const highlightStyle = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword], color: "#7a1fa2" },
  { tag: [t.atom, t.bool, t.null, t.self], color: "#1d3fa8" },
  { tag: [t.number, t.literal], color: "#0b6623" },
  { tag: [t.string, t.special(t.string), t.docString], color: "#a31515" },
  { tag: [t.regexp, t.escape], color: "#9a3b00" },
  { tag: t.comment, color: "#5c6370", fontStyle: "italic" },
  { tag: [t.function(t.definition(t.variableName)), t.definition(t.className)], color: "#0b4fa8" },
  { tag: t.definition(t.variableName), color: "#0b4fa8" },
  { tag: [t.className, t.typeName, t.namespace], color: "#086060" },
  { tag: t.function(t.variableName), color: "#6b4300" },
  { tag: [t.special(t.variableName), t.standard(t.variableName)], color: "#005c8a" },
  { tag: t.propertyName, color: "#1f2328" },
  { tag: [t.meta, t.annotation], color: "#5a4a00" },
  { tag: t.invalid, color: "#b00020", textDecoration: "underline wavy" },
  { tag: t.strong, fontWeight: "bold" },
  { tag: t.emphasis, fontStyle: "italic" },
]);

const lightTheme = EditorView.theme(
  {
    "&": {
      color: "#1f2328",
      backgroundColor: "#ffffff",
      border: "1px solid #6e7781",
      borderRadius: "4px",
      fontSize: "15px",
    },
    // Clearly visible focus indicator (the default is a faint dotted line).
    "&.cm-focused": {
      outline: "3px solid #0b57d0",
      outlineOffset: "2px",
    },
    ".cm-scroller": {
      fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace",
      lineHeight: "1.5",
      minHeight: "8em",
    },
    ".cm-content": { caretColor: "#000000" },
    ".cm-cursor, .cm-dropCursor": { borderLeftColor: "#000000", borderLeftWidth: "2px" },
    ".cm-gutters": {
      backgroundColor: "#f6f8fa",
      color: "#4b535c",
      borderRight: "1px solid #d0d7de",
    },
    ".cm-activeLineGutter": { backgroundColor: "#e6eef8", color: "#1f2328" },
    ".cm-activeLine": { backgroundColor: "#f3f7fc" },
    "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
      { backgroundColor: "#cfe3ff" },
    ".cm-selectionMatch": { backgroundColor: "#e3ecf7" },
    "&.cm-focused .cm-matchingBracket": { backgroundColor: "#d4ecd9", outline: "1px solid #2e7d32" },
    "&.cm-focused .cm-nonmatchingBracket": { backgroundColor: "#fde2e1", outline: "1px solid #b00020" },
    ".cm-foldPlaceholder": { backgroundColor: "#eef1f4", color: "#1f2328", border: "1px solid #6e7781" },
    ".cm-tooltip": { backgroundColor: "#ffffff", color: "#1f2328", border: "1px solid #6e7781" },
    ".cm-tooltip-autocomplete ul li[aria-selected]": { backgroundColor: "#0b57d0", color: "#ffffff" },
    ".cm-panels": { backgroundColor: "#f6f8fa", color: "#1f2328" },
  },
  { dark: false },
);

// Tab: with a selection indent the selected lines; with a plain cursor insert
// spaces up to the next multiple of four columns (never a tab character).
function tabIndent(view) {
  const { state } = view;
  if (state.readOnly) return false;
  if (state.selection.ranges.some((r) => !r.empty)) return indentMore(view);
  view.dispatch(
    state.changeByRange((range) => {
      const line = state.doc.lineAt(range.head);
      const col = range.head - line.from;
      const insert = " ".repeat(INDENT.length - (col % INDENT.length));
      return {
        changes: { from: range.head, insert },
        range: EditorSelection.cursor(range.head + insert.length),
      };
    }),
    { scrollIntoView: true, userEvent: "input.indent" },
  );
  return true;
}

function accessibleName(textarea) {
  const labelled = textarea.getAttribute("aria-label");
  if (labelled && labelled.trim()) return labelled.trim();
  const labels = textarea.labels ? Array.from(textarea.labels) : [];
  const text = labels
    .map((l) => l.textContent.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join(" ");
  if (text) return text;
  return textarea.getAttribute("title") || textarea.getAttribute("placeholder") || "Code editor";
}

function contentAttributes(textarea) {
  const attrs = {};
  const labelledBy = textarea.getAttribute("aria-labelledby");
  if (labelledBy) attrs["aria-labelledby"] = labelledBy;
  else attrs["aria-label"] = accessibleName(textarea);
  const describedBy = textarea.getAttribute("aria-describedby");
  if (describedBy) attrs["aria-describedby"] = describedBy;
  if (textarea.required) attrs["aria-required"] = "true";
  if (textarea.getAttribute("aria-invalid")) attrs["aria-invalid"] = textarea.getAttribute("aria-invalid");
  return attrs;
}

function fire(textarea, type, detail) {
  const ev = detail === undefined
    ? new Event(type, { bubbles: true })
    : new CustomEvent(type, { bubbles: true, cancelable: true, detail });
  textarea.dispatchEvent(ev);
}

function attach(textarea) {
  if (!(textarea instanceof HTMLTextAreaElement)) {
    throw new TypeError("PyAscentEditor.attach expects a <textarea> element");
  }
  const existing = views.get(textarea);
  if (existing) return existing;

  const check = () => {
    fire(textarea, "pyascent:check", { value: textarea.value });
    return true;
  };

  const extensions = [
    basicSetup,
    python(),
    indentUnit.of(INDENT),
    EditorState.tabSize.of(4),
    lightTheme,
    syntaxHighlighting(highlightStyle),
    EditorView.contentAttributes.of(contentAttributes(textarea)),
    EditorView.lineWrapping,
    // Highest precedence so it beats the default keymap's Mod-Enter
    // (insertBlankLine). Ctrl and Cmd both work on every platform.
    Prec.highest(
      keymap.of([
        { key: "Ctrl-Enter", run: check },
        { key: "Meta-Enter", run: check },
      ]),
    ),
    keymap.of([{ key: "Tab", run: tabIndent, shift: indentLess }]),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      textarea.value = update.state.doc.toString();
      fire(textarea, "input");
    }),
  ];
  if (textarea.readOnly || textarea.disabled) {
    extensions.push(EditorState.readOnly.of(true));
    if (textarea.disabled) extensions.push(EditorView.editable.of(false));
  }

  const view = new EditorView({
    state: EditorState.create({ doc: textarea.value, extensions }),
  });
  view.dom.classList.add("pyascent-editor");
  textarea.insertAdjacentElement("afterend", view.dom);
  // Keep the textarea in the DOM (it is what forms and htmx submit) but out of
  // sight and out of the tab order / accessibility tree.
  textarea.style.display = "none";
  textarea.setAttribute("aria-hidden", "true");
  textarea.tabIndex = -1;
  views.set(textarea, view);

  // Clicking the <label> of the (hidden) textarea focuses the editor instead.
  if (textarea.labels) {
    for (const label of textarea.labels) {
      label.addEventListener("click", (e) => {
        e.preventDefault();
        view.focus();
      });
    }
  }

  // A form reset restores the textarea's default value: mirror it.
  if (textarea.form) {
    textarea.form.addEventListener("reset", () => {
      setTimeout(() => {
        if (textarea.value !== view.state.doc.toString()) setValue(textarea, textarea.value);
      }, 0);
    });
  }
  return view;
}

function getView(textarea) {
  return views.get(textarea);
}

function setValue(textarea, text) {
  const view = views.get(textarea);
  text = String(text ?? "");
  if (!view) {
    textarea.value = text;
    fire(textarea, "input");
    return;
  }
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: text },
    selection: { anchor: Math.min(view.state.selection.main.head, text.length) },
  });
}

function getValue(textarea) {
  const view = views.get(textarea);
  return view ? view.state.doc.toString() : textarea.value;
}

window.PyAscentEditor = { attach, setValue, getValue, getView };
