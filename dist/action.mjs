// The Action's entry (action.yml): source maps on, then the bundle.
process.setSourceMapsEnabled(true);
await import('./action-bundle.mjs');
