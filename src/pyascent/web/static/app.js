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

  // Lesson examples: edit in place, reset, and open in the explorer (a plain form POST).
  function setupExamples() {
    var forms = document.querySelectorAll(".example .run-form");
    Array.prototype.forEach.call(forms, function (form) {
      var editor = form.querySelector(".example-editor");
      var textarea = form.querySelector("textarea[name=code]");
      var edit = form.querySelector("[data-edit]");
      var reset = form.querySelector("[data-reset]");
      var visualise = form.querySelector("[data-visualise]");
      [edit, reset, visualise].forEach(function (b) { if (b) b.hidden = false; });
      edit.addEventListener("click", function () {
        editor.hidden = false;
        edit.hidden = true;
        textarea.focus();
      });
      reset.addEventListener("click", function () {
        textarea.value = textarea.defaultValue;
        var output = form.parentNode.querySelector(".run-output");
        if (output) output.textContent = "";
      });
      visualise.addEventListener("click", function () {
        var post = document.createElement("form");
        post.method = "post";
        post.action = "/explore";
        var fields = [["code", textarea.value], ["csrf_token", token]];
        var view = visualise.getAttribute("data-explore");
        if (view) {
          fields.push(["view", view]);
          if (view === "gc" || view === "instructions" || view === "threads") fields.push([view, "1"]);
        }
        fields.forEach(function (pair) {
          var field = document.createElement("textarea");
          field.name = pair[0];
          field.value = pair[1];
          field.hidden = true;
          post.appendChild(field);
        });
        document.body.appendChild(post);
        post.submit();
      });
    });
  }

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
    var others = Array.prototype.slice.call(document.querySelectorAll("textarea.project-file"));
    function save() {
      var code = window.PyAscentEditor ? window.PyAscentEditor.getValue(textarea) : textarea.value;
      window.localStorage.setItem(draftKey(exerciseId), code);
      var files = {};
      others.forEach(function (field) { files[field.getAttribute("data-file")] = field.value; });
      fetch("/api/v1/exercises/" + encodeURIComponent(exerciseId) + "/draft", {
        method: "PUT",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
        body: JSON.stringify({ code: code, files: files })
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
    [textarea].concat(others).forEach(function (field) {
      field.addEventListener("input", function () {
        if (status) status.textContent = "Editing…";
        clearTimeout(timer);
        timer = setTimeout(save, 600);
      });
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
    setupExamples();
    setupReview();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();

// Quizzes in lessons (partials/quiz.html): answers go to /api/v1/quizzes/{id}/{kind}, the
// result is announced in the quiz's role=status region. Parsons lines move by keyboard.
(function () {
  "use strict";

  function linesOf(quiz) { return Array.prototype.slice.call(quiz.querySelectorAll(".parsons-line")); }

  function moveLine(quiz, item, step, focusClass) {
    var items = linesOf(quiz);
    var at = items.indexOf(item);
    var to = at + step;
    if (to < 0 || to >= items.length) return;
    var list = item.parentNode;
    if (step < 0) list.insertBefore(item, items[to]);
    else list.insertBefore(item, items[to].nextSibling);
    var control = item.querySelector(focusClass);
    if (control) control.focus();
    var said = quiz.querySelector(".parsons-moved");
    if (said) {
      var code = item.querySelector(".parsons-code").textContent.trim();
      said.textContent = "Line " + code + " is now " + (to + 1) + " of " + items.length + ".";
    }
  }

  function setupParsons(quiz) {
    quiz.addEventListener("click", function (event) {
      var button = event.target.closest("button.parsons-up, button.parsons-down");
      if (!button) return;
      var up = button.classList.contains("parsons-up");
      moveLine(quiz, button.closest(".parsons-line"), up ? -1 : 1, up ? ".parsons-up" : ".parsons-down");
    });
    quiz.addEventListener("keydown", function (event) {
      if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
      var item = event.target.closest(".parsons-line");
      if (!item) return;
      event.preventDefault();
      var up = event.key === "ArrowUp";
      moveLine(quiz, item, up ? -1 : 1, up ? ".parsons-up" : ".parsons-down");
    });
  }

  function bodyOf(quiz, kind) {
    if (kind === "predict") return { answer: quiz.querySelector("textarea").value };
    if (kind === "choice") {
      var chosen = quiz.querySelectorAll('input[name="selected"]:checked');
      return { selected: Array.prototype.map.call(chosen, function (i) { return Number(i.value); }) };
    }
    var order = linesOf(quiz).filter(function (item) {
      return !item.querySelector(".parsons-out").checked;
    }).map(function (item) { return Number(item.getAttribute("data-line")); });
    return { order: order };
  }

  function add(parent, tag, text, className) {
    var node = document.createElement(tag);
    node.textContent = text;
    if (className) node.className = className;
    parent.appendChild(node);
    return node;
  }

  function show(region, reply, kind) {
    region.textContent = "";
    var box = document.createElement("div");
    box.className = "quiz-verdict " + (reply.correct ? "right" : "wrong");
    add(box, "p", reply.message, "quiz-message");
    (reply.options || []).forEach(function (option) {
      var line = add(box, "p", "Option " + (option.index + 1) + " is " +
        (option.correct ? "right" : "wrong") + ": ", "quiz-explanation");
      // `code` in an explanation shows as code; the rest stays plain text (never HTML).
      option.explanation.split("`").forEach(function (piece, i) {
        if (i % 2) add(line, "code", piece);
        else line.appendChild(document.createTextNode(piece));
      });
    });
    if (kind === "parsons" && reply.output !== null) {
      add(box, "p", "Your program printed:", "label");
      add(box, "pre", reply.output || "(nothing)", "stdout");
    }
    if (!reply.correct && reply.expected !== null && kind !== "parsons") {
      add(box, "p", "It prints:", "label");
      add(box, "pre", reply.expected, "stdout");
    }
    region.appendChild(box);
  }

  function setupQuiz(quiz) {
    var kind = quiz.getAttribute("data-kind");
    var form = quiz.querySelector(".quiz-form");
    var region = quiz.querySelector(".quiz-result");
    if (kind === "parsons") setupParsons(quiz);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var body = bodyOf(quiz, kind);
      if ((body.selected && !body.selected.length) || (body.order && !body.order.length)) {
        region.textContent = kind === "choice" ? "Choose an option first." : "Keep at least one line.";
        return;
      }
      region.textContent = "Checking…";
      var url = "/api/v1/quizzes/" + encodeURIComponent(quiz.getAttribute("data-quiz")) + "/" + kind;
      fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
        credentials: "same-origin"
      }).then(function (response) {
        return response.json().then(function (reply) {
          if (!response.ok) { region.textContent = reply.detail || "That did not work."; return; }
          show(region, reply, kind);
        });
      }).catch(function () {
        region.textContent = "The answer could not be checked: is the server still running?";
      });
    });
  }

  function setupQuizzes() {
    Array.prototype.forEach.call(document.querySelectorAll("section.quiz[data-quiz]"), setupQuiz);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setupQuizzes);
  } else {
    setupQuizzes();
  }
})();
