// Tasklist header entries (plugin point tasklist.navbar.action) leading to CareFlow's oversight view
// and to each user's choice of how escalations reach them, served by CareFlow beside the web apps and
// signed in with the same session.
export default {
  id: 'careflow.oversight-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 400,
  render: (node) => {
    const link = document.createElement('a');
    link.href = '/oversight/';
    link.className = 'careflow-oversight-link';
    link.textContent = 'Oversight';
    node.appendChild(link);
    const notifications = document.createElement('a');
    notifications.href = '/oversight/notifications.html';
    notifications.className = 'careflow-notifications-link';
    notifications.textContent = 'Notifications';
    notifications.style.marginLeft = '1em';
    node.appendChild(notifications);
  }
};
