// CareFlow's Tasklist: this file replaces the web app's own config.js (same path on the classpath).
export default {
  // the header and the page title read "<vendor> <name>"
  app: {
    name: 'Tasklist',
    vendor: 'CareFlow'
  },
  // a header link to the managers' oversight view, which shares this login; controls the engine
  // would refuse the logged-in user hidden; a value the server refuses shown at its field
  customScripts: ['scripts/oversight-link', 'scripts/permissions', 'scripts/refused-form'],

  // Camunda's default keyboard shortcuts, kept: replacing config.js would otherwise drop them
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
