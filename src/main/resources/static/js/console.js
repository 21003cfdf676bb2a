/* Charts of the console with the echarts webjar (served from the jar, no network), and confirm-before-submit. */
(function () {
  'use strict';

  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.confirm(form.getAttribute('data-confirm'))) { e.preventDefault(); }
    });
  });

  if (typeof echarts === 'undefined') { return; }
  var palette = ['#b26a00', '#c62828', '#6a1b9a', '#546e7a'];
  // the page's language decides the separators, as on the rest of the page: 51,2% and 1.500 / 51.2% and 1,500
  var locale = document.documentElement.lang === 'en' ? 'en' : 'vi';
  var share = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  function pct(v) { return v === null || v === undefined ? '—' : share.format(v) + '%'; }

  function data(el) {
    var src = document.getElementById(el.getAttribute('data-source'));
    return src ? JSON.parse(src.textContent) : null;
  }

  function failures(el, d) {
    if (!d || !d.runs || d.runs.length === 0) { el.textContent = d ? d.empty : ''; el.classList.add('muted'); return; }
    var names = Object.keys(d.series);
    echarts.init(el).setOption({
      color: palette, animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: function (v) { return count.format(v); } },
      legend: { top: 0 },
      grid: { left: 40, right: 10, top: 30, bottom: 24 },
      xAxis: { type: 'category', data: d.runs },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: function (v) { return count.format(v); } } },
      series: names.map(function (n) { return { name: n, type: 'bar', stack: 'f', data: d.series[n] }; })
    });
  }

  function compliance(el, d) {
    if (!d) { return; }
    d.charts.forEach(function (c) {
      var card = document.createElement('section');
      card.className = 'card';
      var h = document.createElement('h2');
      h.textContent = c.title;
      var div = document.createElement('div');
      div.className = 'chart';
      div.style.height = Math.max(140, 40 + c.names.length * 26) + 'px';
      card.appendChild(h);
      card.appendChild(div);
      el.appendChild(card);
      var colored = c.values.map(function (v, i) {
        return { value: v, itemStyle: { color: v !== null && v >= c.targets[i] - 1e-9 ? '#2e7d32' : '#c62828' } };
      });
      echarts.init(div).setOption({
        animation: false,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
          valueFormatter: pct },
        legend: { top: 0, data: [d.valueLabel, d.targetLabel] },
        grid: { left: 8, right: 40, top: 28, bottom: 10, containLabel: true },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: function (v) { return count.format(v) + '%'; } } },
        yAxis: { type: 'category', data: c.names, inverse: true, axisLabel: { width: 260, overflow: 'truncate' } },
        series: [
          { name: d.valueLabel, type: 'bar', data: colored, barMaxWidth: 16, itemStyle: { color: '#78909c' },
            label: { show: true, position: 'right', formatter: function (p) { return pct(p.value); } } },
          { name: d.targetLabel, type: 'scatter', data: c.targets, symbol: 'rect', symbolSize: [3, 20],
            itemStyle: { color: '#1f2933' } }
        ]
      });
    });
  }

  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var kind = el.getAttribute('data-chart');
    if (kind === 'failures') { failures(el, data(el)); }
    if (kind === 'compliance') { compliance(el, data(el)); }
  });
})();
