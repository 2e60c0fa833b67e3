import { expect, test, vi } from 'vitest';
import { onNextModel, registeredModel, registerModel } from '../../../src/build-model/registry.ts';
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

test('a listener gets the next model registered, from any copy of the module, once', async () => {
  const listener = vi.fn();
  vi.resetModules();
  const other = await import('../../../src/build-model/registry.ts');
  other.onNextModel(listener);
  expect(other.onNextModel).not.toBe(onNextModel);
  const first = fixtureModel();
  registerModel(validation(), first);
  registerModel(validation(), fixtureModel());
  expect(listener).toHaveBeenCalledTimes(1);
  expect(listener).toHaveBeenCalledWith(first);
});
