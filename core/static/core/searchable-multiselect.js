/* Searchable multi-select (core.widgets.SearchableSelectMultiple): filter a checkbox list as the user types.
   No inline script or handler: loaded as a file, bound on page load and on every htmx swap. */
(function () {
  "use strict";

  // "Khoa học" -> "khoa hoc"; đ -> d (NFD does not split it)
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  // The marks the user typed are respected: a query without marks ignores them, a query with marks keeps them.
  function matcher(query) {
    var plain = fold(query);
    var marked = plain !== query.toLowerCase();
    var words = (marked ? query.toLowerCase() : plain).split(/\s+/).filter(Boolean);
    return function (label) {
      var text = marked ? label.toLowerCase() : fold(label);
      return words.every(function (word) { return text.indexOf(word) !== -1; });
    };
  }

  function bind(box) {
    if (box.dataset.smsBound) { return; }
    box.dataset.smsBound = "1";
    var search = box.querySelector(".sms-search");
    var chosen = box.querySelector(".sms-chosen");
    var empty = box.querySelector(".sms-empty");
    var options = Array.prototype.slice.call(box.querySelectorAll(".sms-options input[type=checkbox]")).map(
      function (input) { return { input: input, row: input.closest("div"), label: input.parentElement.textContent.trim() }; });
    var list = box.querySelector(".sms-options");
    list.style.maxHeight = "14rem";
    list.style.overflowY = "auto";

    function summarise() {
      var names = options.filter(function (o) { return o.input.checked; }).map(function (o) { return o.label; });
      chosen.textContent = names.length ? "Đã chọn (" + names.length + "): " + names.join("; ") : "Chưa chọn.";
    }

    function filter() {
      var matches = matcher(search.value.trim());
      var shown = 0;
      options.forEach(function (o) {
        var visible = o.input.checked || matches(o.label);
        o.row.hidden = !visible;
        if (visible) { shown += 1; }
      });
      empty.hidden = shown > 0;
    }

    search.hidden = false;
    search.addEventListener("input", filter);
    search.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") { return; }
      event.preventDefault(); // Enter picks the first match instead of submitting the form
      var first = options.filter(function (o) { return !o.row.hidden && !o.input.checked; })[0];
      if (first) { first.input.checked = true; search.value = ""; filter(); summarise(); }
    });
    options.forEach(function (o) { o.input.addEventListener("change", summarise); });
    summarise();
  }

  function bindAll(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll("[data-searchable-multiselect]"), bind);
  }

  document.addEventListener("DOMContentLoaded", function () { bindAll(document); });
  document.addEventListener("htmx:load", function (event) { bindAll(event.target); });
})();
