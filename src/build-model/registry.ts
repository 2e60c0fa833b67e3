/**
 * The build's models, one per validation, kept on `globalThis` so every module graph of the
 * process finds the same one (pages, endpoints and the after-build integration each import the
 * model's modules separately). Apart from `model.ts` so the integration can look a model up
 * without loading everything the pages need (satori, d3, …) into the config's module graph.
 */
import type { BuildModel } from './model.ts';
import type { ValidatedScans } from './validated-scans.ts';

const MODELS_KEY = Symbol.for('glassbox.build-models');
const LISTENERS_KEY = Symbol.for('glassbox.build-model-listeners');

type Shared = typeof globalThis & {
  [MODELS_KEY]?: WeakMap<ValidatedScans, BuildModel>;
  [LISTENERS_KEY]?: ((model: BuildModel) => void)[];
};

function models(): WeakMap<ValidatedScans, BuildModel> {
  return ((globalThis as Shared)[MODELS_KEY] ??= new WeakMap());
}

function listeners(): ((model: BuildModel) => void)[] {
  return ((globalThis as Shared)[LISTENERS_KEY] ??= []);
}

/** The model made from a validation, if any module graph made one. */
export function registeredModel(validated: ValidatedScans): BuildModel | undefined {
  return models().get(validated);
}

/** Keep a validation's model for every module graph of this process, and hand it to whoever waits for one. */
export function registerModel(validated: ValidatedScans, model: BuildModel): BuildModel {
  models().set(validated, model);
  for (const listener of listeners().splice(0)) listener(model);
  return model;
}

/**
 * Call `listener` with the next model registered, before anything else uses it. The after-build
 * integration cannot make the model itself once the build has started (the module runner that
 * loaded the config is closed by then), so it waits for the first page to make it.
 */
export function onNextModel(listener: (model: BuildModel) => void): void {
  listeners().push(listener);
}
