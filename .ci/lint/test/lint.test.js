// The lint step must be able to fail: a model that breaks CareFlow's rules is reported, with the
// rule and the element, and the run exits non-zero, as CI needs.
const { test } = require('node:test');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const lintDir = path.join(__dirname, '..');
const config = path.join(lintDir, '..', '..', 'processes', '.bpmnlintrc');

function lint(file) {
  return spawnSync(process.execPath, [ require.resolve('bpmnlint/bin/bpmnlint.js'), '--config', config, file ], {
    cwd: lintDir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
  });
}

const broken = lint(path.join(__dirname, 'fixtures', 'broken.bpmn'));

test('a broken model fails the lint run', () => {
  assert.strictEqual(broken.status, 1, broken.stdout + broken.stderr);
});

for (const [ element, rule ] of [
  [ 'Task_VisitChild', 'user-task-form' ],
  [ 'Task_VisitChild', 'user-task-candidate-group' ],
  // a due date written by hand, timers timed by hand
  [ 'Task_VisitChild', 'statutory-steps' ],
  [ 'Timer_VisitOverdue', 'statutory-steps' ],
  [ 'Timer_TargetDatePassed', 'statutory-steps' ],
  // an unknown timescale, an escalation wired by hand, a timescale without its clock start
  [ 'Task_HoldConference', 'statutory-steps' ],
  [ 'CallActivity_EscalateConference', 'statutory-steps' ],
  [ 'Task_RecordOutcome', 'statutory-steps' ],
  [ 'broken', 'history-time-to-live' ]
]) {
  test(`${element} breaks ${rule}`, () => {
    const line = broken.stdout.split('\n').find(line => line.includes(element) && line.includes(rule));
    assert.ok(line, `expected ${rule} on ${element} in:\n${broken.stdout}`);
    assert.match(line, /error/);
  });
}
