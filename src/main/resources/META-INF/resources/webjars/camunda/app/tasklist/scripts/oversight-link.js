// A Tasklist header entry (plugin point tasklist.navbar.action) leading to CareFlow's oversight
// view, served by CareFlow beside the web apps and signed in with the same session.
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
  }
};
