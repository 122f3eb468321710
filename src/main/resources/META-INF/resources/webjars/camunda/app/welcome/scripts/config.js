// CareFlow's Welcome page: this file replaces the web app's own config.js (same path on the classpath).
export default {
  // the header and the page title read "<vendor> <name>"
  app: {
    name: 'Welcome',
    vendor: 'CareFlow'
  },
  // where "/" leads: the oversight view beside the web apps
  links: [
    {
      label: 'Oversight',
      href: '/oversight/',
      description: "Overdue steps and caseloads of the teams you manage"
    }
  ]
};
