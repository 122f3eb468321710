// The oversight page reads CareFlow's JSON API with the web apps' login (the session cookie of
// Tasklist or Cockpit) or, failing that, HTTP Basic; what it shows is what the API lets this user see.
(function () {
  const message = document.getElementById('message');
  const say = text => { message.textContent = text; };
  const cell = (row, text, className) => {
    const td = row.insertCell();
    td.textContent = text == null ? '' : text;
    if (className) td.className = className;
    return td;
  };

  // From the origin alone: a page opened as http://user:password@host/ may not fetch relative URLs.
  const api = path => new URL(path, window.location.origin);

  async function get(path) {
    const response = await fetch(api(path), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-CareFlow-Request': 'oversight' }
    });
    if (response.status === 401) {
      say('Log in to Tasklist first, then come back to this page.');
      return null;
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      say(body.detail || ('The oversight API answered ' + response.status));
      return null;
    }
    return body;
  }

  function query() {
    const params = new URLSearchParams();
    for (const [name, id] of [['team', 'filter-team'], ['worker', 'filter-worker'], ['step', 'filter-step']]) {
      const value = document.getElementById(id).value.trim();
      if (value) params.set(name, value);
    }
    return params.toString() ? '?' + params : '';
  }

  async function loadSteps() {
    const data = await get('/api/oversight/steps' + query());
    if (!data) return;
    say('');
    document.getElementById('steps-section').hidden = false;
    const teams = document.getElementById('filter-team');
    if (teams.options.length === 1) {
      data.teams.forEach(team => teams.add(new Option(team, team)));
    }
    const body = document.querySelector('#overdue-steps tbody');
    body.replaceChildren();
    document.getElementById('steps-count').textContent = data.total > data.steps.length
      ? 'The ' + data.steps.length + ' earliest deadlines of ' + data.total + ' steps.'
      : '';
    if (data.steps.length === 0) {
      const row = body.insertRow();
      const td = cell(row, 'Nothing overdue or due soon.');
      td.colSpan = 8;
    }
    for (const step of data.steps) {
      const row = body.insertRow();
      row.dataset.caseReference = step.caseReference;
      row.className = step.status;
      cell(row, step.caseReference);
      cell(row, step.team);
      cell(row, step.step);
      cell(row, step.worker);
      cell(row, step.deadline);
      cell(row, step.status === 'overdue' ? step.workingDays + ' overdue' : step.workingDays + ' left', 'working-days');
      const missed = step.escalation.targetsMissed;
      cell(row, step.escalation.state.replaceAll('-', ' ')
        + (missed ? ' (' + missed + (missed === 1 ? ' target' : ' targets') + ' missed)' : ''));
      cell(row, step.escalation.delayReason
        ? step.escalation.delayReason + ' Next: ' + step.escalation.nextAction + ' by ' + step.escalation.newTargetDate
        : '');
    }
  }

  async function loadCaseloads() {
    const data = await get('/api/oversight/caseloads');
    if (!data) return;
    document.getElementById('caseloads-section').hidden = false;
    const body = document.querySelector('#caseloads tbody');
    body.replaceChildren();
    for (const load of data.caseloads) {
      const row = body.insertRow();
      row.dataset.worker = load.worker;
      if (load.overLimit) row.className = 'over-limit';
      cell(row, load.team);
      cell(row, load.worker);
      cell(row, load.openCases + ' of ' + load.limit);
      cell(row, load.cases.map(c => c.caseReference + ' (' + c.allocationsInLast12Months + ')').join(', '));
    }
  }

  document.getElementById('filters').addEventListener('submit', event => {
    event.preventDefault();
    loadSteps();
  });

  // The outcome of a reallocation has a status region of its own: reloading the tables below clears
  // the page's general message, and a manager must still read what moved or why nothing did.
  const reallocated = document.getElementById('reallocate-message');
  const reallocateFields = { caseReference: 'reallocate-case', worker: 'reallocate-worker', reason: 'reallocate-reason' };

  function refused(field, text) {
    reallocated.className = 'refused';
    reallocated.textContent = 'Not reallocated: ' + text;
    const input = document.getElementById(reallocateFields[field]);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  }

  document.getElementById('reallocate').addEventListener('submit', async event => {
    event.preventDefault();
    const caseReference = document.getElementById('reallocate-case').value.trim();
    Object.values(reallocateFields).forEach(id => document.getElementById(id).removeAttribute('aria-invalid'));
    reallocated.className = '';
    reallocated.textContent = 'Reallocating case ' + caseReference + '…';
    try {
      const response = await fetch(api('/api/cases/' + encodeURIComponent(caseReference) + '/allocation'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CareFlow-Request': 'oversight' },
        body: JSON.stringify({
          worker: document.getElementById('reallocate-worker').value.trim(),
          reason: document.getElementById('reallocate-reason').value.trim()
        })
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        reallocated.className = 'done';
        reallocated.textContent = 'Case ' + body.caseReference + ' (team ' + body.team + ') allocated to ' + body.worker
          + ': ' + body.tasksMoved + (body.tasksMoved === 1 ? ' open task' : ' open tasks') + ' moved to them.';
      } else {
        refused(body.field, body.detail || 'CareFlow answered ' + response.status + '.');
      }
    } catch (e) {
      refused(null, 'CareFlow could not be reached (' + e.message + ').');
    }
    loadSteps();
    loadCaseloads();
  });

  // The web apps' login lets the engine say whether this user may open Cockpit (Basic alone does not: then no link).
  async function showCockpitLinkIfAllowed() {
    const response = await fetch(api('/camunda/api/engine/engine/default/authorization/check?permissionName=ACCESS'
      + '&resourceName=application&resourceType=0&resourceId=cockpit'),
      { credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(() => null);
    const answer = response && response.ok ? await response.json() : {};
    document.getElementById('cockpit-link').hidden = answer.authorized !== true;
  }

  loadSteps();
  loadCaseloads();
  showCockpitLinkIfAllowed();
})();
