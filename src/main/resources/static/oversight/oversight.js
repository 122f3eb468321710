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

  // Deadlines as people in England write them: Tue 29/12/2026.
  const ukDate = iso => {
    const [year, month, day] = iso.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' }) + ' '
      + date.toLocaleDateString('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  };

  // A picker keeps its choice while the list it offers is renewed with each answer.
  function offer(id, choices, allLabel) {
    const select = document.getElementById(id);
    const chosen = select.value;
    select.replaceChildren(new Option(allLabel, ''));
    choices.forEach(choice => select.add(new Option(choice.name, choice.id)));
    if (chosen && ![...select.options].some(option => option.value === chosen)) {
      select.add(new Option(chosen, chosen));
    }
    select.value = chosen;
  }

  function counts(id, rows, filterId) {
    const body = document.querySelector('#' + id + ' tbody');
    body.replaceChildren();
    for (const count of rows) {
      const row = body.insertRow();
      const name = row.insertCell();
      const show = document.createElement('button');
      show.type = 'button';
      show.className = 'link';
      show.textContent = count.name;
      show.setAttribute('aria-label', 'Show ' + count.name);
      show.addEventListener('click', () => {
        document.getElementById(filterId).value = count.id;
        loadSteps();
      });
      name.append(show);
      cell(row, count.overdue, count.overdue ? 'overdue-count' : '');
      cell(row, count.dueSoon);
    }
  }

  // the names the steps' pickers give, for the tables below them
  const known = { teams: {}, workers: {} };

  async function loadSteps() {
    const data = await get('/api/oversight/steps' + query());
    if (!data) return;
    say('');
    document.getElementById('steps-section').hidden = false;
    const summary = data.summary;
    offer('filter-team', summary.choices.teams, 'All my teams');
    offer('filter-worker', summary.choices.workers, 'All workers');
    offer('filter-step', summary.choices.steps, 'All steps');
    document.getElementById('steps-summary').textContent = summary.overdue + ' overdue and ' + summary.dueSoon
      + ' due soon in ' + (data.teams.length === 1 ? 'this team' : data.teams.length + ' teams') + '.';
    const workerNames = Object.fromEntries(summary.choices.workers.map(worker => [worker.id, worker.name]));
    const teamNames = Object.fromEntries(summary.choices.teams.map(team => [team.id, team.name]));
    known.teams = teamNames;
    known.workers = workerNames;
    counts('counts-by-team', summary.byTeam, 'filter-team');
    counts('counts-by-step', summary.byStep, 'filter-step');
    const body = document.querySelector('#overdue-steps tbody');
    body.replaceChildren();
    document.getElementById('steps-count').textContent = data.total > data.steps.length
      ? 'The ' + data.steps.length + ' earliest deadlines of ' + data.total + ' steps.'
      : data.total + (data.total === 1 ? ' step.' : ' steps.');
    if (data.steps.length === 0) {
      const row = body.insertRow();
      const td = cell(row, 'Nothing overdue or due soon.');
      td.colSpan = 10;
    }
    for (const step of data.steps) {
      const row = body.insertRow();
      row.dataset.caseReference = step.caseReference;
      row.className = step.status;
      cell(row, step.childName);
      cell(row, step.caseReference);
      cell(row, teamNames[step.team] || step.team);
      cell(row, step.step);
      cell(row, workerNames[step.worker] || step.worker);
      cell(row, ukDate(step.deadline)).dataset.deadline = step.deadline;
      cell(row, step.status === 'overdue' ? step.workingDays + ' overdue' : step.workingDays + ' left', 'working-days');
      const missed = step.escalation.targetsMissed;
      cell(row, step.escalation.state.replaceAll('-', ' ')
        + (missed ? ' (' + missed + (missed === 1 ? ' target' : ' targets') + ' missed)' : ''));
      cell(row, step.escalation.delayReason
        ? step.escalation.delayReason + ' Next: ' + step.escalation.nextAction + ' by ' + ukDate(step.escalation.newTargetDate)
        : '');
      const open = document.createElement('a');
      open.href = '/camunda/app/tasklist/default/#/?task=' + encodeURIComponent(step.taskId);
      open.textContent = 'Open';
      open.setAttribute('aria-label', 'Open ' + step.step + ' of ' + step.caseReference + ' in Tasklist');
      row.insertCell().append(open);
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

  // The children whose social worker keeps changing: the inspectors found them unhappy about it.
  async function loadWorkerChanges() {
    const data = await get('/api/oversight/worker-changes');
    if (!data) return;
    const teams = document.querySelector('#worker-changes-by-team tbody');
    teams.replaceChildren();
    for (const team of data.teams) {
      const row = teams.insertRow();
      cell(row, known.teams[team.team] || team.team);
      cell(row, String(team.children));
      cell(row, String(team.changes));
      cell(row, String(team.childrenWithMany));
    }
    const children = document.querySelector('#worker-changes tbody');
    children.replaceChildren();
    if (data.children.length === 0) {
      cell(children.insertRow(), 'No child has had a social worker in the last 12 months.').colSpan = 4;
    }
    for (const child of data.children.slice(0, 50)) {
      const row = children.insertRow();
      row.dataset.childId = child.childId;
      if (child.workers.length >= 3) row.className = 'many-workers';
      cell(row, child.childName || child.childId);
      cell(row, known.teams[child.team] || child.team);
      cell(row, child.workers.map(worker => data.workerNames[worker] || worker).join(' → '));
      cell(row, String(child.changes));
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
    loadWorkerChanges();
  });

  // The web apps' login lets the engine say whether this user may open Cockpit (Basic alone does not: then no link).
  async function showCockpitLinkIfAllowed() {
    const response = await fetch(api('/camunda/api/engine/engine/default/authorization/check?permissionName=ACCESS'
      + '&resourceName=application&resourceType=0&resourceId=cockpit'),
      { credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(() => null);
    const answer = response && response.ok ? await response.json() : {};
    document.getElementById('cockpit-link').hidden = answer.authorized !== true;
  }

  loadSteps().then(loadWorkerChanges);
  loadCaseloads();
  showCockpitLinkIfAllowed();
})();
