/* rasad UI charts: every element with data-chart="timeline|network" is drawn with Apache ECharts
   from the JSON in the <script type="application/json"> named by its data-source. No inline
   scripts (the pages send a Content-Security-Policy), no network: echarts.min.js is served locally. */
(function () {
  "use strict";
  var FONT = '"Vazirmatn", "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, sans-serif';

  function readData(el) {
    var block = document.getElementById(el.getAttribute("data-source"));
    return block ? JSON.parse(block.textContent) : null;
  }

  function empty(el, text) {
    el.classList.add("chart-empty");
    el.style.height = "auto";
    var p = document.createElement("p");
    p.className = "muted";
    p.textContent = text;
    el.appendChild(p);
  }

  function timeline(el, data) {
    if (!data.periods.length) { return empty(el, "رویداد تاریخ‌داری برای نمایش نیست (رویدادهای خبرهای بی‌تاریخ در این نمودار نمی‌آیند)."); }
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      textStyle: { fontFamily: FONT },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, textStyle: { fontFamily: FONT }, confine: true },
      legend: { type: "scroll", top: 0, textStyle: { fontFamily: FONT } },
      grid: { top: 40, left: 40, right: 20, bottom: 30, containLabel: true },
      xAxis: { type: "category", data: data.periods },
      yAxis: { type: "value", minInterval: 1 },
      series: data.series.map(function (s) {
        return { name: s.name, type: "bar", stack: "roots", data: s.data, itemStyle: { color: s.color },
                 emphasis: { focus: "series" } };
      })
    });
    return chart;
  }

  function network(el, data) {
    if (!data.nodes.length) { return empty(el, "رابطه‌ای برای نمایش نیست."); }
    var max = Math.max.apply(null, data.nodes.map(function (n) { return n.value; }));
    var maxLink = Math.max.apply(null, data.links.map(function (l) { return l.value; }));
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      textStyle: { fontFamily: FONT },
      tooltip: { textStyle: { fontFamily: FONT }, formatter: function (p) {
        return p.dataType === "edge" ? p.data.source + " → " + p.data.target + ": " + p.data.value
                                     : p.data.id + ": " + p.data.value; } },
      series: [{
        type: "graph", layout: "force", roam: true, draggable: true,
        force: { repulsion: 260, edgeLength: [60, 160], gravity: 0.08 },
        edgeSymbol: ["none", "arrow"], edgeSymbolSize: 8,
        label: { show: true, position: "right", fontFamily: "monospace" },
        lineStyle: { color: "source", opacity: 0.6, curveness: 0.15 },
        data: data.nodes.map(function (n) {
          return { id: n.id, name: n.name, value: n.value,
                   symbolSize: 12 + 30 * Math.sqrt(n.value / max),
                   itemStyle: { color: n.focus ? "#f4a040" : "#1f4e79" } };
        }),
        links: data.links.map(function (l) {
          return { source: l.source, target: l.target, value: l.value,
                   lineStyle: { width: 1 + 5 * l.value / maxLink } };
        })
      }]
    });
    chart.on("click", function (p) {
      if (p.dataType === "node") { window.location.href = "/actors/" + encodeURIComponent(p.data.id); }
    });
    return chart;
  }

  var DRAW = { timeline: timeline, network: network };

  function init() {
    if (typeof echarts === "undefined") { return; }
    var charts = [];
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var draw = DRAW[el.getAttribute("data-chart")];
      var data = readData(el);
      if (!draw || !data) { return; }
      var chart = draw(el, data);
      if (chart) { charts.push(chart); }
      el.setAttribute("data-rendered", "1");
    });
    window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
