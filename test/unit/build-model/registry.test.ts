import { expect, test, vi } from 'vitest';
import { registeredModel, registerModel } from '../../../src/build-model/registry.ts';
import type { ValidatedScans } from '../../../src/build-model/validated-scans.ts';
import { fixtureModel } from '../../helpers/build-model.ts';

const validation = (): ValidatedScans => ({ root: '/nowhere', fingerprint: undefined, scans: [], problems: [] });

test('a registered model is found by its validation, from any copy of the module', async () => {
  const validated = validation();
  expect(registeredModel(validated)).toBeUndefined();
  const model = fixtureModel();
  expect(registerModel(validated, model)).toBe(model);
  vi.resetModules();
  const other = await import('../../../src/build-model/registry.ts');
  expect(other.registeredModel).not.toBe(registeredModel);
  expect(other.registeredModel(validated)).toBe(model);
  expect(registeredModel(validation())).toBeUndefined();
});
