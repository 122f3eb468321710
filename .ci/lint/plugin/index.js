// CareFlow's own modelling rules, in the form bpmnlint (and so Camunda Modeler's linter) reads them.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'user-task-form': 'error',
        'user-task-candidate-group': 'error',
        'statutory-steps': 'error'
      }
    }
  },
  rules: {
    'user-task-form': './rules/user-task-form',
    'user-task-candidate-group': './rules/user-task-candidate-group',
    'statutory-steps': './rules/statutory-steps'
  }
};
