// A library a stage runs only for some inputs (Ajv for a user definition's schema, Handlebars' compiler for a repo's
// own templates, CEL for Placements with expressions): the application loads it, between the stages, when the specs
// need it, so a render imports only what it uses and the stages stay synchronous.

/** Used before its load(): a bug of the caller of the stages, never the input's fault (not turned into a diagnostic). */
export class ModuleNotLoaded extends Error {
  constructor(what: string) {
    super(`${what} was used before it was loaded (the application loads it before the stage that needs it)`);
    this.name = 'ModuleNotLoaded';
  }
}

export interface OnDemand<M> {
  load(): Promise<void>;
  /** The loaded module; throws ModuleNotLoaded before load(). */
  get(): M;
}

export function onDemand<M>(what: string, importer: () => Promise<M>): OnDemand<M> {
  let loaded: M | undefined;
  let loading: Promise<void> | undefined;
  return {
    load() {
      loading ??= importer().then((m) => {
        loaded = m;
      });
      return loading;
    },
    get() {
      if (loaded === undefined) throw new ModuleNotLoaded(what);
      return loaded;
    },
  };
}
