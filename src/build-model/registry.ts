/**
 * The build's models, one per validation, kept on `globalThis` so every module graph of the
 * process finds the same one (pages, endpoints and the after-build integration each import the
 * model's modules separately). Apart from `model.ts` so the integration can look a model up
 * without loading everything the pages need (satori, d3, …) into the config's module graph.
 */
import type { BuildModel } from './model.ts';
import type { ValidatedScans } from './validated-scans.ts';

const MODELS_KEY = Symbol.for('glassbox.build-models');

function models(): WeakMap<ValidatedScans, BuildModel> {
  const shared = globalThis as { [MODELS_KEY]?: WeakMap<ValidatedScans, BuildModel> };
  return (shared[MODELS_KEY] ??= new WeakMap());
}

/** The model made from a validation, if any module graph made one. */
export function registeredModel(validated: ValidatedScans): BuildModel | undefined {
  return models().get(validated);
}

/** Keep a validation's model for every module graph of this process. */
export function registerModel(validated: ValidatedScans, model: BuildModel): BuildModel {
  models().set(validated, model);
  return model;
}
