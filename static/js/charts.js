/* Every chart of sokhcn: a <canvas data-chart="ID"> reads its data from the json_script element ID
   ({type, labels, datasets: [{label, data, color}], horizontal, stacked}); no inline script (strict CSP). */
(function () {
  "use strict";
  function build(canvas) {
    var source = document.getElementById(canvas.dataset.chart);
    if (!source || canvas.dataset.chartReady) { return; }
    var spec = JSON.parse(source.textContent);
    var axis = {ticks: {precision: 0}};
    var scales = spec.horizontal ? {x: axis, y: {}} : {x: {}, y: axis};
    if (spec.stacked) { scales.x.stacked = true; scales.y.stacked = true; }
    var chart = new window.Chart(canvas, {
      type: spec.type || "bar",
      data: {
        labels: spec.labels,
        datasets: (spec.datasets || []).map(function (d) {
          return {label: d.label, data: d.data, backgroundColor: d.color || "#0d6efd"};
        })
      },
      options: {
        indexAxis: spec.horizontal ? "y" : "x",
        animation: false,
        plugins: {legend: {display: (spec.datasets || []).length > 1}},
        scales: scales
      }
    });
    canvas.dataset.chartReady = "1";
    canvas.sokhcnChart = chart;
  }
  function buildAll(root) {
    if (!window.Chart) { return; }
    (root || document).querySelectorAll("canvas[data-chart]").forEach(build);
  }
  document.addEventListener("DOMContentLoaded", function () { buildAll(document); });
  document.addEventListener("htmx:afterSwap", function (event) { buildAll(event.target); });
})();
