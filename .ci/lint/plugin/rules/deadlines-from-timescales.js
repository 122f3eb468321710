const { is } = require('bpmnlint-utils');

/**
 * A step's deadline comes from one place, the timescales decision through the deadlines bean: its
 * due and follow-up dates, the timer on its boundary that escalates it, and a timer a process waits
 * at for a deadline to pass (a target date, the end of proceedings). So a task's due date and its
 * escalation cannot disagree, and an ISO duration never pretends that P45D is 45 working days. A schedule (a timer that starts a process, say weekly) is no deadline and is left alone.
 */
module.exports = function() {

  const usesDeadlines = expression => /\bdeadlines\s*\./.test(expression || '');

  function check(node, reporter) {
    if (is(node, 'bpmn:TimerEventDefinition')
        && (is(node.$parent, 'bpmn:BoundaryEvent') || is(node.$parent, 'bpmn:IntermediateCatchEvent'))) {
      const id = node.id || node.$parent.id;
      if (node.timeDuration || node.timeCycle) {
        reporter.report(id,
          'Escalation timer runs on an ISO duration or cycle: use a time date from the timescales, ${deadlines.passed(\'<timescale>\', <event date>)}');
      } else if (!usesDeadlines(node.timeDate && node.timeDate.body)) {
        reporter.report(id,
          'Escalation timer date does not come from the timescales: use ${deadlines.passed(\'<timescale>\', <event date>)}');
      }
    }

    if (is(node, 'bpmn:UserTask')) {
      for (const property of [ 'dueDate', 'followUpDate' ]) {
        const value = node.get('camunda:' + property);
        if (value && !usesDeadlines(value)) {
          reporter.report(node.id, `User task ${property} does not come from the timescales: use \${deadlines...}`);
        }
      }
    }
  }

  return { check };
};
