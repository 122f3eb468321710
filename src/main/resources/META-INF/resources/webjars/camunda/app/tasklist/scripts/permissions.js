// Tasklist offers everyone "Create task" and the editors of a task's due and follow-up dates, which
// the engine refuses to anyone without the grant (practitioners have TASK_WORK on their tasks, not
// UPDATE): controls that can only fail. This asks the engine which of them the logged-in user may
// use and marks <body> for each; user-styles.css shows those controls only then, so a failed or
// pending check leaves them hidden. No default export: it adds no plugin, it only runs.
const MAY_CREATE_TASK = 'careflow-may-create-task';
const MAY_CHANGE_DATES = 'careflow-may-change-task-dates';
// set once the engine has answered, so that a test can tell "hidden" from "not yet shown"
const CHECKED = 'careflow-permissions-checked';

const base = document.querySelector('base');
// /camunda/app/tasklist/<engine>/
const engine = window.location.pathname.split('/app/tasklist/')[1]?.split('/')[0] || 'default';
const checkUrl = base.getAttribute('engine-api') + 'engine/' + engine + '/authorization/check?';

// resourceType: the engine's Resources codes (6 process definition, 7 task)
async function may(permissionName, resourceName, resourceType) {
  try {
    const response = await fetch(checkUrl + new URLSearchParams({ permissionName, resourceName, resourceType }),
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    return response.ok && (await response.json()).authorized === true;
  } catch (e) {
    return false;
  }
}

let checks = 0;

async function markPermissions() {
  // only the latest check marks <body>: one begun before a login may answer after it
  const check = ++checks;
  const classes = document.body.classList;
  classes.remove(MAY_CREATE_TASK, MAY_CHANGE_DATES, CHECKED);
  if (window.location.hash.startsWith('#/login')) return;
  const [create, update, updateTask] = await Promise.all([
    may('CREATE', 'Task', 7),
    // saving a task's dates needs UPDATE on the task, or UPDATE_TASK on its process definition
    may('UPDATE', 'Task', 7),
    may('UPDATE_TASK', 'ProcessDefinition', 6)
  ]);
  if (check !== checks) return;
  classes.toggle(MAY_CREATE_TASK, create);
  classes.toggle(MAY_CHANGE_DATES, update || updateTask);
  classes.add(CHECKED);
}

// Tasklist logs in and out without reloading the page: check again whenever the login page is left or shown.
window.addEventListener('hashchange', event => {
  if (new URL(event.oldURL).hash.startsWith('#/login') || window.location.hash.startsWith('#/login')) {
    markPermissions();
  }
});
markPermissions();

// The date fields still show the deadline and its tooltip, but a click (or Enter, which Tasklist turns
// into a click) would open an editor whose save the engine refuses: stopped before Tasklist sees it.
document.addEventListener('click', event => {
  if (!document.body.classList.contains(MAY_CHANGE_DATES) && event.target.closest('.dates .due-date, .dates .followup-date')) {
    event.stopPropagation();
    event.preventDefault();
  }
}, true);
