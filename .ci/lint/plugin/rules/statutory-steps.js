const { is } = require('bpmnlint-utils');

// The timescales a declaration may name: the choices of the element template Modeler offers,
// which a CareFlow test keeps equal to the rules of processes/timescales.dmn.
const template = require('../../../../processes/.camunda/element-templates/statutory-step.json');
const TIMESCALES = new Set(template.properties
  .filter(property => property.binding.name === 'careflow.timescale')
  .flatMap(property => property.choices.map(choice => choice.value))
  .filter(value => value));

const ESCALATION = 'escalation';

/**
 * A statutory step declares its rule once, on its element (templates "Statutory step", "Statutory
 * timer" and "Escalation"): its timescale and the fact its clock runs from. Its tasks' due dates,
 * the timer that waits for its deadline and its escalation's inputs follow from that declaration,
 * so none of them is written by hand. The same checks run when CareFlow deploys a model (steps/).
 */
module.exports = function() {

  function properties(element) {
    const values = (element.extensionElements && element.extensionElements.values) || [];
    const found = {};
    for (const value of values) {
      if (is(value, 'camunda:Properties')) {
        for (const property of value.values || []) {
          if (property.name && property.name.startsWith('careflow.') && property.value && property.value.trim()) {
            found[property.name.substring('careflow.'.length)] = property.value.trim();
          }
        }
      }
    }
    return found;
  }

  function declares(p) {
    return [ 'timescale', 'timescaleIn', 'clockStartsFrom', 'repeatsFrom', 'repeatTimescale', 'deadlineIn' ]
      .some(name => p[name]);
  }

  function timerOf(element) {
    return (element.eventDefinitions || []).find(definition => is(definition, 'bpmn:TimerEventDefinition'));
  }

  function flowElements(container, all = []) {
    for (const element of container.flowElements || []) {
      all.push(element);
      flowElements(element, all);
    }
    return all;
  }

  function checkDeclaration(element, p, reporter) {
    if (!(is(element, 'bpmn:UserTask') || is(element, 'bpmn:SubProcess') || timerOf(element))) {
      reporter.report(element.id, 'Declares a statutory step, but only a user task, a sub-process or a timer can');
    }
    const namesTimescale = p.timescale || p.timescaleIn;
    if (p.timescale && p.timescaleIn) {
      reporter.report(element.id, 'Names its timescale twice (timescale and timescaleIn): keep one');
    }
    if (namesTimescale && !p.clockStartsFrom && !p.deadlineIn) {
      reporter.report(element.id, 'Names a timescale but not the fact its clock runs from: set Clock starts from');
    }
    if (!namesTimescale && p.clockStartsFrom) {
      reporter.report(element.id, 'Says where its clock starts but not which timescale runs: set Timescale');
    }
    if (!namesTimescale && !p.deadlineIn) {
      reporter.report(element.id, 'Declares no timescale and no deadline date: set Timescale and Clock starts from');
    }
    if (p.repeatTimescale && !p.repeatsFrom) {
      reporter.report(element.id, 'Has a timescale for later occurrences but not the event they run from: set Repeats from');
    }
    for (const id of [ p.timescale, p.repeatTimescale ].filter(Boolean)) {
      if (!TIMESCALES.has(id)) {
        reporter.report(element.id, `Names the timescale '${id}', which processes/timescales.dmn does not have`);
      }
    }
  }

  function check(node, reporter) {
    if (!is(node, 'bpmn:Process')) {
      return;
    }
    const elements = flowElements(node);
    const declared = new Map();
    for (const element of elements) {
      const p = properties(element);
      if (declares(p)) {
        declared.set(element.id, p);
        checkDeclaration(element, p, reporter);
      }
    }

    for (const element of elements) {
      if (is(element, 'bpmn:UserTask') && (element.get('camunda:dueDate') || element.get('camunda:followUpDate'))) {
        reporter.report(element.id,
          'Has a due or follow-up date written by hand: remove it and declare the step (template "Statutory step")');
      }

      const timer = timerOf(element);
      if (timer && !is(element, 'bpmn:StartEvent')) {
        const own = properties(element);
        const step = declared.has(element.id)
          || (own.deadlineOf && declared.has(own.deadlineOf))
          || (is(element, 'bpmn:BoundaryEvent') && element.attachedToRef && declared.has(element.attachedToRef.id));
        const timedByHand = timer.timeDate || timer.timeDuration || timer.timeCycle;
        if (own.deadlineOf && !declared.has(own.deadlineOf)) {
          reporter.report(element.id, `Waits for the deadline of '${own.deadlineOf}', which is not a statutory step of this process`);
        } else if (step && timedByHand) {
          reporter.report(element.id, 'Waits for a statutory deadline but has a time of its own: leave the timer empty, the date comes from the declaration');
        } else if (!step) {
          reporter.report(element.id, timedByHand
            ? 'Has a time written by hand: declare its timescale and clock start (template "Statutory timer"), or attach it to a statutory step'
            : 'Has no time: attach it to a statutory step, or declare its timescale and clock start');
        }
      }

      if (is(element, 'bpmn:CallActivity') && element.calledElement === ESCALATION) {
        const ins = ((element.extensionElements && element.extensionElements.values) || []).filter(value => is(value, 'camunda:In'));
        const outs = ((element.extensionElements && element.extensionElements.values) || []).filter(value => is(value, 'camunda:Out'));
        if (ins.some(mapping => !mapping.businessKey) || outs.length) {
          reporter.report(element.id, 'Passes variables to the escalation by hand: remove them (template "Escalation"); it learns the step from its declaration');
        }
        if (!ins.some(mapping => mapping.businessKey)) {
          reporter.report(element.id, 'Does not pass the case reference: apply the template "Escalation"');
        }
        const named = properties(element).escalates;
        const followsStep = (element.incoming || []).some(flow => is(flow.sourceRef, 'bpmn:BoundaryEvent')
          && flow.sourceRef.attachedToRef && declared.has(flow.sourceRef.attachedToRef.id));
        if (named ? !declared.has(named) : !followsStep) {
          reporter.report(element.id, 'Escalates no statutory step: let it follow the step\'s boundary timer, or name the step in Escalates step');
        }
      }
    }
  }

  return { check };
};
