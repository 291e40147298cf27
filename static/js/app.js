/* Behaviour of the shell and the generic screens, without inline script (the site's CSP forbids it):
   data-autosubmit       a <select> that submits its form when changed (organisation switcher)
   data-check-all="SEL"  a checkbox that checks/unchecks every input matching SEL
   data-check="SEL" data-check-value="1|0"  a link that checks (1) or unchecks (0) every input matching SEL
   data-confirm="TEXT"   a button or link that asks before going on
   data-history-back     a link that goes back one page
   #filter-form          list filters get Bootstrap's small form classes */
(function () {
  "use strict";
  function each(selector, fn, root) { Array.prototype.forEach.call((root || document).querySelectorAll(selector), fn); }

  function setUp(root) {
    each("#filter-form input:not([type=checkbox]), #filter-form select", function (el) {
      if (el.tagName === "SELECT") { el.classList.add("form-select", "form-select-sm"); }
      else { el.classList.add("form-control", "form-control-sm"); }
    }, root);
  }

  document.addEventListener("change", function (event) {
    var el = event.target;
    if (el.matches && el.matches("[data-autosubmit]") && el.form) { el.form.submit(); }
    if (el.matches && el.matches("[data-check-all]")) {
      each(el.getAttribute("data-check-all"), function (box) { box.checked = el.checked; });
    }
  });

  document.addEventListener("click", function (event) {
    var el = event.target.closest ? event.target.closest("[data-check], [data-confirm], [data-history-back]") : null;
    if (!el) { return; }
    if (el.hasAttribute("data-confirm") && !window.confirm(el.getAttribute("data-confirm"))) {
      event.preventDefault();
      return;
    }
    if (el.hasAttribute("data-check")) {
      event.preventDefault();
      var value = el.getAttribute("data-check-value") !== "0";
      each(el.getAttribute("data-check"), function (box) { box.checked = value; });
    }
    if (el.hasAttribute("data-history-back")) {
      event.preventDefault();
      window.history.back();
    }
  });

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", function () { setUp(); }); }
  else { setUp(); }
  document.addEventListener("htmx:afterSwap", function (event) { setUp(event.target); });
})();
