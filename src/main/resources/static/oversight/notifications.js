// Each user's own choice of how escalations reach them (GET and PUT /api/me/notifications), with the
// web apps' login: a mail per escalation, or a daily digest.
(function () {
  const message = document.getElementById('message');
  const form = document.getElementById('notifications');
  const api = new URL('/api/me/notifications', window.location.origin);
  const headers = { Accept: 'application/json', 'X-CareFlow-Request': 'notifications' };

  function show(preference) {
    document.getElementById('preference-' + preference).checked = true;
    form.hidden = false;
  }

  async function load() {
    const response = await fetch(api, { credentials: 'same-origin', headers });
    if (response.status === 401) {
      message.textContent = 'Log in to Tasklist first, then come back to this page.';
      return;
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      message.textContent = body.detail || 'CareFlow answered ' + response.status + '.';
      return;
    }
    show(body.preference);
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const chosen = form.querySelector('input[name=preference]:checked');
    const response = await fetch(api, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ preference: chosen ? chosen.value : null })
    }).catch(() => null);
    const body = response ? await response.json().catch(() => ({})) : {};
    if (response && response.ok) {
      show(body.preference);
      message.textContent = body.preference === 'digest'
        ? 'Saved: one digest each working morning.' : 'Saved: an email for each escalation.';
    } else {
      message.textContent = 'Not saved: ' + (body.detail || 'CareFlow could not be reached.');
    }
  });

  load();
})();
