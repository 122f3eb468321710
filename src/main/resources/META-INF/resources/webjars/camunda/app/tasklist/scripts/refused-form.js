// When the server refuses a value of a completed form (a date of an event that is later than now,
// which the form cannot check itself), the engine API answers 400 {type, field, message}. Tasklist
// shows only its generic "An error happened while submitting the task form : <message>" at the top,
// and nothing at the field. Tasklist offers no hook on a failed submission, so this watches the
// answers to task completions, and for a refusal naming a field of the form shown: puts the message
// under that field and focuses it, and rewrites Tasklist's own notification of the same failure to
// one plain sentence (rewritten in place, so that Tasklist still closes and replaces it as before).
// Any other failure is left to Tasklist. No default export: it adds no plugin, it only runs.
const COMPLETION = /\/task\/[^/?]+\/(submit-form|complete)(\?|$)/;
const REFUSAL = 'careflow-refusal';
const REFUSED_FIELD = 'careflow-refused-field';
const REWRITTEN = 'careflow-refusal-notice';

// the latest refusal whose notification Tasklist has not shown yet: { raw, plain }
let pending = null;

// Tasklist talks to the engine through XMLHttpRequest (its SDK); fetch is watched too, for any plugin that uses it.
const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.careflowCompletion = method.toUpperCase() === 'POST' && COMPLETION.test(url);
  return open.call(this, method, url, ...rest);
};
XMLHttpRequest.prototype.send = function (...args) {
  if (this.careflowCompletion) {
    clearRefusals();
    this.addEventListener('loadend', () => {
      if (this.status === 400) answered(this.responseText);
    });
  }
  return send.apply(this, args);
};
const originalFetch = window.fetch;
window.fetch = async function (resource, init) {
  const url = resource instanceof Request ? resource.url : String(resource);
  const method = (init && init.method) || (resource instanceof Request ? resource.method : 'GET');
  const completion = method.toUpperCase() === 'POST' && COMPLETION.test(url);
  if (completion) clearRefusals();
  const response = await originalFetch.call(this, resource, init);
  if (completion && response.status === 400) response.clone().text().then(answered, () => {});
  return response;
};

function answered(text) {
  let body;
  try {
    body = JSON.parse(text);
  } catch (e) {
    return;
  }
  if (!body || typeof body.field !== 'string' || typeof body.message !== 'string') return;
  const input = fieldInput(body.field);
  if (!input) return; // not a field of the form shown: Tasklist's notification is all there is to say
  const plain = readable(body.message, body.field, input);
  showAtField(input, plain);
  pending = { raw: body.message, plain };
  rewriteNotices();
}

// CareFlow's forms give each field the id Field_<key>; form-js ends the input's HTML id with it
// (a date field's input with Field_<key>-date).
function fieldInput(key) {
  const form = document.querySelector('.fjs-form');
  if (!form || !/^[\w-]+$/.test(key)) return null;
  return form.querySelector(`input[id$="-Field_${key}"], textarea[id$="-Field_${key}"], [id*="-Field_${key}-"]:is(input, textarea)`);
}

// The server names the variable (childSeenOn); the practitioner knows the field by its label.
function readable(message, key, input) {
  const label = document.querySelector(`label[for="${input.id}"]`) || input.closest('.fjs-form-field')?.querySelector('label');
  const name = label?.textContent.replace(/\*\s*$/, '').trim();
  return name ? message.replace(new RegExp(`\\b${key}\\b`, 'g'), name) : message;
}

// form-js has no API to add an error of our own: an element beside its own error message, announced
// by screen readers (role="alert"), the field outlined, and the focus on it so the correction is one step.
function showAtField(input, message) {
  const field = input.closest('.fjs-form-field') || input.parentElement;
  const note = document.createElement('div');
  note.className = 'fjs-form-field-error ' + REFUSAL;
  note.id = input.id + '-refusal';
  note.setAttribute('role', 'alert');
  note.textContent = message;
  field.appendChild(note);
  field.classList.add(REFUSED_FIELD);
  input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), note.id].filter(Boolean).join(' '));
  input.focus();
  // a date field opens its calendar on focus, which would cover the message: closed, the focus kept
  input._flatpickr?.close();
  // the message goes once the practitioner changes the value: the server will judge it again on completion
  field.addEventListener('input', clearRefusals, { once: true });
}

function clearRefusals() {
  pending = null;
  document.querySelectorAll('.' + REFUSAL).forEach(note => note.remove());
  document.querySelectorAll('.' + REFUSED_FIELD).forEach(field => field.classList.remove(REFUSED_FIELD));
}

// Tasklist adds its notification (status "An error happened while submitting the task form", message
// the server's) after its own callback runs, which may be before or after ours: found by its message,
// whatever language Tasklist speaks, and rewritten whenever both are there.
function rewriteNotices() {
  if (!pending) return;
  document.querySelectorAll('.notifications .alert:not(.' + REWRITTEN + ')').forEach(alert => {
    const message = alert.querySelector('.message');
    const status = alert.querySelector('.status');
    if (!message || !status || message.textContent.trim() !== pending.raw.trim()) return;
    alert.classList.add(REWRITTEN);
    alert.setAttribute('role', 'alert');
    status.textContent = 'Not completed:';
    message.textContent = pending.plain;
    pending = null;
  });
}
new MutationObserver(rewriteNotices).observe(document.body, { childList: true, subtree: true });
