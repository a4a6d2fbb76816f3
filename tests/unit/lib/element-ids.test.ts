import { expect, test } from 'vitest';
import { ELEMENT_IDS, filterSelectId } from '../../../src/lib/element-ids.ts';

test('every shared id is distinct and a plain id token, so a script never finds another element by mistake', () => {
  const values = Object.values(ELEMENT_IDS);
  expect(new Set(values).size).toBe(values.length);
  for (const id of values) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  expect(values).not.toContain(filterSelectId('api'));
});
