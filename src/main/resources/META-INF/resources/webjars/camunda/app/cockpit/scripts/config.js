// CareFlow's Cockpit: this file replaces the web app's own config.js (same path on the classpath).
export default {
  // the header and the page title read "<vendor> <name>"
  app: {
    name: 'Cockpit',
    vendor: 'CareFlow'
  }
};
