// The import rules of src/: a pipeline of stages, each folder importing only its own files and
// the folders of earlier layers (README "Architecture"). `npm test` runs this check
// (`npm run depcheck`); a circle or an import from a later layer fails it.
const LAYERS = [
  ['core'],
  ['generated'],
  ['load'],
  ['definitions', 'placement'],
  ['resolve'],
  ['sources'],
  ['render'],
  ['flux'],
  ['fleet'],
  ['emit'],
  ['pipeline'],
  ['deliver'],
  ['review'],
  ['adapters'],
  ['app'],
  ['cli', 'action'],
];

const layerRules = LAYERS.flatMap((folders, i) =>
  folders.map((folder) => {
    const allowed = [...LAYERS.slice(0, i).flat(), folder];
    return {
      name: `${folder}-imports-only-earlier-layers`,
      comment: `src/${folder}/ may import only ${allowed.join(', ')} (earlier layers and itself)`,
      severity: 'error',
      from: { path: `^src/${folder}/` },
      to: { path: '^src/', pathNot: `^src/(${allowed.join('|')})/` },
    };
  }),
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'no file may reach itself through its imports',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'only-known-folders',
      comment: 'every file of src/ sits in a layer folder (or is an entry point at src/)',
      severity: 'error',
      from: { path: '^src/', pathNot: [`^src/(${LAYERS.flat().join('|')})/`, '^src/[^/]+\\.ts$'] },
      to: {},
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|test|bench|scripts)/' },
  },
};
