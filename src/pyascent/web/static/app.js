// pyascent page behaviour: CSRF header for htmx, the code editor, autosave, Ctrl+Enter.
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf-token"]');
  var token = csrf ? csrf.getAttribute("content") : "";

  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = token;
  });

  // After a check, move focus to the verdict so keyboard and screen-reader users hear it.
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "verdict") {
      var verdict = event.detail.target.querySelector(".verdict");
      if (verdict) verdict.focus();
    }
  });

  function draftKey(id) { return "pyascent-unsaved-" + id; }

  function setupExercise() {
    var textarea = document.getElementById("code");
    if (!textarea) return;
    var exerciseId = textarea.getAttribute("data-exercise");
    var status = document.getElementById("save-status");
    var form = document.getElementById("check-form");

    var unsaved = window.localStorage.getItem(draftKey(exerciseId));
    if (unsaved !== null && unsaved !== textarea.value) {
      textarea.value = unsaved;
      if (status) status.textContent = "Restored code that was not saved to the server yet.";
    }
    if (window.PyAscentEditor) window.PyAscentEditor.attach(textarea);

    var timer = null;
    function save() {
      var code = window.PyAscentEditor ? window.PyAscentEditor.getValue(textarea) : textarea.value;
      window.localStorage.setItem(draftKey(exerciseId), code);
      fetch("/api/v1/exercises/" + encodeURIComponent(exerciseId) + "/draft", {
        method: "PUT",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
        body: JSON.stringify({ code: code })
      }).then(function (response) {
        if (response.ok) {
          window.localStorage.removeItem(draftKey(exerciseId));
          if (status) status.textContent = "Draft saved";
          return;
        }
        return response.json().then(function (body) {
          if (status) status.textContent = "Not saved: " + (body.detail || response.status) +
            " Your code is kept in this browser.";
        });
      }).catch(function () {
        if (status) status.textContent = "Not saved (no connection). Your code is kept in this browser.";
      });
    }
    textarea.addEventListener("input", function () {
      if (status) status.textContent = "Editing…";
      clearTimeout(timer);
      timer = setTimeout(save, 600);
    });
    textarea.addEventListener("pyascent:check", function () {
      if (form) form.requestSubmit();
    });
    if (form) {
      form.addEventListener("keydown", function (event) {
        // The code editor sends its own pyascent:check; this covers the other fields.
        var inEditor = event.target.closest && event.target.closest(".cm-editor");
        if (!inEditor && (event.ctrlKey || event.metaKey) && event.key === "Enter") {
          event.preventDefault();
          form.requestSubmit();
        }
      });
    }
  }

  // The review page: Space shows the answer, 1-4 rate it (the buttons say which key).
  function setupReview() {
    var answer = document.getElementById("card-answer");
    if (!answer) return;
    var summary = answer.querySelector("summary");
    if (summary) summary.focus();
    answer.addEventListener("toggle", function () {
      var good = answer.querySelector("button.primary");
      if (answer.open && good) good.focus();
    });
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      var tag = (event.target.tagName || "").toLowerCase();
      if (tag === "input" || tag === "textarea") return;
      if (event.key === " " && !answer.open && tag !== "summary") {
        event.preventDefault();
        answer.open = true;
      } else if (answer.open && /^[1-4]$/.test(event.key)) {
        var button = answer.querySelector('button[data-key="' + event.key + '"]');
        if (button) {
          event.preventDefault();
          button.click();
        }
      }
    });
  }

  function setup() {
    setupExercise();
    setupReview();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
