// The element templates shipped beside the models must be ones Camunda Modeler loads: a template the
// schema refuses is dropped by Modeler, and every element using it shows "Template: Not found".
const { test } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { validate } = require('@bpmn-io/element-templates-validator');

const folder = path.join(__dirname, '..', '..', '..', 'processes', '.camunda', 'element-templates');

for (const file of fs.readdirSync(folder).filter(name => name.endsWith('.json'))) {
  test(`${file} is a valid Camunda 7 element template`, () => {
    const result = validate(JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')));
    assert.deepStrictEqual(result.errors || null, null, JSON.stringify(result.errors, null, 2));
    assert.strictEqual(result.valid, true);
  });
}

test('a template the schema refuses is reported', () => {
  const result = validate({ name: 'Broken', id: 'broken', appliesTo: [ 'bpmn:Task' ], properties: [], entriesVisible: { _all: true } });
  assert.strictEqual(result.valid, false);
});
