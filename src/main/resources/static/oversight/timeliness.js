// The timeliness page reads /api/timeliness with the web apps' login (Tasklist's session cookie) or HTTP
// Basic; what it shows is what the API lets this user read. Each chart has its figures in a table beside it.
(function () {
  const message = document.getElementById('message');
  const say = text => { message.textContent = text; };
  const api = path => new URL(path, window.location.origin);
  const charts = [];

  const percent = value => value == null ? '–' : value.toFixed(1) + '%';
  const number = value => value == null ? '–' : String(value);
  const units = { 'working-days': 'working days', weeks: 'weeks' };
  const withUnit = (value, unit) => value == null ? '–' : value + ' ' + (units[unit] || '');

  function isoDay(date) {
    return date.getFullYear() + '-' + String(date.getMonth() + 1).padStart(2, '0') + '-' + String(date.getDate()).padStart(2, '0');
  }

  function monthName(month) {
    const [year, number] = month.split('-').map(Number);
    return new Date(year, number - 1, 1).toLocaleDateString('en-GB', { month: 'short', year: 'numeric' });
  }

  function dayName(day) {
    return new Date(day + 'T12:00:00').toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  function element(tag, text, attributes) {
    const node = document.createElement(tag);
    if (text != null) node.textContent = text;
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    return node;
  }

  function table(caption, headings, rows, id) {
    const t = element('table', null, id ? { id } : {});
    t.append(element('caption', caption));
    const head = t.createTHead().insertRow();
    headings.forEach(h => head.append(element('th', h, { scope: 'col' })));
    const body = t.createTBody();
    rows.forEach(cells => {
      const row = body.insertRow();
      cells.forEach((cell, i) => row.append(element(i === 0 ? 'th' : 'td', cell, i === 0 ? { scope: 'row' } : {})));
    });
    return t;
  }

  function query() {
    const params = new URLSearchParams();
    ['from', 'to', 'team'].forEach(name => {
      const value = document.getElementById(name).value;
      if (value) params.set(name, value);
    });
    return params;
  }

  async function get(path) {
    const response = await fetch(api(path), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-CareFlow-Request': 'timeliness' }
    });
    if (response.status === 401) {
      say('Log in to Tasklist first, then come back to this page.');
      return null;
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      say(body.detail || ('The timeliness API answered ' + response.status));
      const field = body.field && document.getElementById(body.field);
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        field.focus();
      }
      return null;
    }
    return body;
  }

  /** Where the period stands against the national figure, in words (never colour alone). */
  function comparison(measure) {
    const share = measure.total.percent;
    const national = measure.national && measure.national.percent;
    if (share == null || national == null) return '';
    if (share === national) return 'the same';
    return share > national ? 'above national' : 'below national';
  }

  function summary(report) {
    const body = document.querySelector('#summary tbody');
    body.replaceChildren();
    for (const m of report.measures) {
      const row = body.insertRow();
      row.dataset.measure = m.id;
      const heading = element('th', null, { scope: 'row' });
      heading.append(element('a', m.title, { href: '#measure-' + m.id }));
      if (!m.higherIsBetter) heading.append(element('span', ' (fewer is better)', { class: 'hint' }));
      row.append(heading);
      [number(m.total.count), number(m.total.within), percent(m.total.percent), withUnit(m.total.median, m.unit),
        m.national ? m.national.text : '', comparison(m), number(m.overdueAtEnd)]
        .forEach(text => row.append(element('td', text)));
      const compared = comparison(m);
      if (compared) row.cells[6].className = compared === 'below national' ? 'below' : 'above';
    }
  }

  /** The value a month's point shows: the share, or for care proceedings the median length in weeks. */
  function charted(m) {
    if (m.unit === 'weeks') {
      return { values: m.byMonth.map(x => x.figures.median), axis: 'Median weeks', reference: m.limit,
        referenceLabel: m.limit + '-week limit', format: v => v + ' wk', spoken: v => v + ' weeks', max: null };
    }
    const national = m.national && m.national.percent;
    return { values: m.byMonth.map(x => x.figures.percent), axis: m.higherIsBetter ? '% meeting it' : '% of those counted',
      reference: national, referenceLabel: national == null ? null : 'National ' + national + '%',
      format: v => v + '%', spoken: v => v + '%', max: 100 };
  }

  function describe(m, shown) {
    const counted = m.byMonth.filter(x => x.figures.count > 0);
    let text = 'Line chart of ' + m.title + ', month by month from ' + monthName(m.byMonth[0].month) + ' to '
      + monthName(m.byMonth[m.byMonth.length - 1].month) + '. ';
    if (counted.length === 0) return text + 'Nothing was counted in the period.';
    const points = m.byMonth.map((x, i) => shown.values[i] == null ? null : { month: x.month, value: shown.values[i] })
      .filter(Boolean);
    const low = points.reduce((a, b) => (b.value < a.value ? b : a), points[0]);
    const high = points.reduce((a, b) => (b.value > a.value ? b : a), points[0]);
    text += 'Lowest ' + shown.spoken(low.value) + ' in ' + monthName(low.month) + ', highest ' + shown.spoken(high.value)
      + ' in ' + monthName(high.month) + '. ';
    if (shown.reference != null) text += 'Reference line: ' + shown.referenceLabel + '. ';
    return text + 'The figures are in the table under "Figures by month, team and worker" below the chart.';
  }

  function chart(container, m, shown) {
    if (!window.echarts) {
      container.textContent = 'The chart could not be drawn: the figures are in the table below.';
      return;
    }
    const c = window.echarts.init(container, null, { renderer: 'svg' });
    const series = [{
      name: shown.axis, type: 'line', data: shown.values, connectNulls: false, symbol: 'circle', symbolSize: 7,
      lineStyle: { color: '#12355b', width: 2 }, itemStyle: { color: '#12355b' },
      label: { show: true, position: 'top', fontSize: 11, color: '#1f2933', formatter: p => p.value == null ? '' : shown.format(p.value) }
    }];
    if (shown.reference != null) {
      series[0].markLine = {
        silent: true, symbol: 'none', data: [{ yAxis: shown.reference }],
        lineStyle: { color: '#b42318', type: 'dashed', width: 2 },
        label: { formatter: shown.referenceLabel, color: '#b42318', position: 'insideEndTop' }
      };
    }
    c.setOption({
      animation: false,
      textStyle: { fontFamily: 'system-ui, sans-serif', color: '#1f2933' },
      grid: { left: 55, right: 30, top: 30, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: m.byMonth.map(x => monthName(x.month)), axisLabel: { color: '#1f2933' },
        axisLine: { lineStyle: { color: '#52606d' } } },
      yAxis: { type: 'value', min: 0, max: shown.max,
        axisLabel: { color: '#1f2933', formatter: v => shown.format(v) }, splitLine: { lineStyle: { color: '#d9e2ec' } } },
      series
    });
    charts.push(c);
  }

  function measureSection(m) {
    const section = element('section', null, { id: 'measure-' + m.id, class: 'measure', 'aria-labelledby': 'heading-' + m.id });
    section.append(element('h3', m.title, { id: 'heading-' + m.id }));
    const what = element('p', 'From ' + m.measuredFrom + ' to ' + m.measuredTo + '. '
      + (m.basis === 'dfe' ? "DfE's measure." : 'Statutory measure.')
      + (m.national ? ' National: ' + m.national.text + ' (' + m.national.source + ').' : ' No national figure.'));
    section.append(what);
    if (m.note) section.append(element('p', m.note, { class: 'note' }));

    const shown = charted(m);
    let figure = null;
    if (m.total.count === 0) {
      section.append(element('p', 'Nothing was counted in this period'
        + (m.overdueAtEnd ? '; ' + m.overdueAtEnd + ' overdue at its end.' : '.'), { class: 'nothing' }));
    } else {
      const description = element('p', describe(m, shown), { id: 'describe-' + m.id, class: 'visually-hidden' });
      figure = element('div', null, { class: 'chart', role: 'img', 'aria-label': m.title + ': chart',
        'aria-describedby': 'describe-' + m.id });
      const key = (shown.reference != null ? 'Dashed line: ' + shown.referenceLabel + '. ' : '')
        + 'No point: nothing counted that month.';
      section.append(figure, element('p', key, { class: 'chart-key', 'aria-hidden': 'true' }), description);
    }

    const details = element('details');
    details.append(element('summary', 'Figures by month, team and worker'));
    const headings = ['Month', 'Counted', 'Meeting it', 'Share', 'Median' + (units[m.unit] ? ' (' + units[m.unit] + ')' : '')];
    details.append(table(m.title + ', by month', headings, m.byMonth.map(x => [monthName(x.month), number(x.figures.count),
      number(x.figures.within), percent(x.figures.percent), number(x.figures.median)]), 'months-' + m.id));
    details.append(table(m.title + ', by team', ['Team', 'Counted', 'Meeting it', 'Share', 'Median'],
      m.byTeam.map(x => [x.team, number(x.figures.count), number(x.figures.within), percent(x.figures.percent),
        number(x.figures.median)])));
    details.append(table(m.title + ', by worker', ['Worker', 'Team', 'Counted', 'Meeting it', 'Share', 'Median'],
      m.byWorker.map(x => [x.worker, x.team, number(x.figures.count), number(x.figures.within), percent(x.figures.percent),
        number(x.figures.median)])));
    section.append(details);
    return { section, figure, shown };
  }

  async function load() {
    document.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
    const params = query();
    say('Loading…');
    const report = await get('/api/timeliness?' + params);
    if (!report) return;
    say('');
    history.replaceState(null, '', '?' + params);
    document.getElementById('csv-link').href = '/api/timeliness.csv?' + params;
    const teams = document.getElementById('team');
    if (!params.get('team') && teams.options.length === 1) {
      report.teams.forEach(team => teams.add(new Option(team, team)));
    }
    document.getElementById('period-said').textContent = 'From ' + dayName(report.from) + ' to ' + dayName(report.to)
      + ', ' + (report.teams.length === 1 ? 'team ' : 'teams ') + report.teams.join(', ') + '.';
    document.getElementById('counting').textContent = report.counting;
    summary(report);

    charts.splice(0).forEach(c => c.dispose());
    const container = document.getElementById('measures');
    container.replaceChildren();
    const drawn = report.measures.map(measureSection);
    drawn.forEach(d => container.append(d.section));
    ['summary-section', 'counting-section', 'measures-section'].forEach(id => { document.getElementById(id).hidden = false; });
    drawn.forEach((d, i) => { if (d.figure) chart(d.figure, report.measures[i], d.shown); });
    document.body.classList.add('timeliness-loaded');
  }

  // The period asked for in the address, or the twelve months to today.
  const asked = new URLSearchParams(window.location.search);
  const today = new Date();
  const yearAgo = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
  document.getElementById('to').value = asked.get('to') || isoDay(today);
  document.getElementById('from').value = asked.get('from') || isoDay(yearAgo);
  if (asked.get('team')) document.getElementById('team').add(new Option(asked.get('team'), asked.get('team')));
  document.getElementById('team').value = asked.get('team') || '';

  document.getElementById('period').addEventListener('submit', event => {
    event.preventDefault();
    load();
  });
  document.getElementById('print').addEventListener('click', () => window.print());
  // Printed, every table shows and the charts fit the page's width.
  window.addEventListener('beforeprint', () => {
    document.querySelectorAll('details').forEach(d => { d.open = true; });
    charts.forEach(c => c.resize({ width: 640 }));
  });
  window.addEventListener('afterprint', () => charts.forEach(c => c.resize()));
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
  load();
})();
