// The Action's entry (action.yml): the bundle.
await import('./action-bundle.mjs');
