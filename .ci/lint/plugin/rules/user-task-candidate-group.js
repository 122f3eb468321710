const { is } = require('bpmnlint-utils');

/**
 * A user task that names no candidate group (nor an assignee) is seen by nobody in Tasklist:
 * CareFlow refuses to deploy it, so the linter says so first.
 */
module.exports = function() {

  function check(node, reporter) {
    if (is(node, 'bpmn:UserTask') && !node.get('camunda:candidateGroups') && !node.get('camunda:assignee')) {
      reporter.report(node.id, 'User task has no candidate group: set candidate groups, for example ${team}');
    }
  }

  return { check };
};
