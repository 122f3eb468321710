const { is } = require('bpmnlint-utils');

/**
 * A user task without a form cannot be completed in Tasklist, and its input cannot be checked on
 * the server: CareFlow refuses to deploy it, so the linter says so first.
 */
module.exports = function() {

  function check(node, reporter) {
    if (is(node, 'bpmn:UserTask') && !node.get('camunda:formRef') && !node.get('camunda:formKey')) {
      reporter.report(node.id, 'User task has no form: set a Camunda Form reference (formRef), bound by deployment');
    }
  }

  return { check };
};
