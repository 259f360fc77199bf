// hubcast.yaml: its schema, a generatedBranch git would refuse, include patterns that read nothing
// or point outside the repository.

import { base, type Files } from '../base.ts';
import { error, type CorpusCase } from '../corpus-case.ts';

const cfg = (text: string): Files => ({ ...base, 'hubcast.yaml': text });
const branch = (name: string, problem: RegExp): CorpusCase => ({
  name: `generatedBranch ${JSON.stringify(name)} is not a git branch name`,
  files: cfg(`generatedBranch: ${JSON.stringify(name)}\n`),
  errors: [error('hubcast.yaml:1:18', 'config', problem)],
  errorCount: 1,
});

export const configCases: CorpusCase[] = [
  { name: 'a valid hubcast.yaml', exit: 0, files: cfg('generatedBranch: hubcast/rendered-v2\ninclude: ["**/*.yaml"]\n') },
  branch('hubcast rendered', /space/),
  branch('hubcast/../main', /"\.\."/),
  branch('hubcast/rendered.lock', /\.lock/),
  branch('-rendered', /starts with "-"/),
  branch('hubcast/rendered/', /ends with "\/"/),
  branch('hubcast//rendered', /"\/\/"/),
  branch('hubcast/.hidden', /starting with "\."/),
  branch('main@{1}', /"@\{"/),
  branch('hubcast~1', /~/),
  branch('hubcast:main', /:/),
  branch('hubcast/rendered.', /ends with "\."/),
  branch('@', /"@"/),
  { name: 'an empty generatedBranch', files: cfg('generatedBranch: ""\n'), errors: [error('hubcast.yaml:1:18', 'config')], errorCount: 1 },
  {
    name: 'an include pattern that climbs out of the repository',
    files: cfg('include: ["../secrets/**/*.yaml", "**/*.yaml"]\n'),
    errors: [error('hubcast.yaml:1:11', 'config', /climbs out/)],
    errorCount: 1,
  },
  {
    name: 'an absolute include pattern',
    files: cfg('include: ["/etc/**/*.yaml", "**/*.yaml"]\n'),
    errors: [error('hubcast.yaml:1:11', 'config', /absolute/)],
    errorCount: 1,
  },
  {
    name: 'include patterns that match no file are an error, not "valid, 0 files"',
    files: cfg('include: ["specs/**/*.yaml"]\n'),
    errors: [error('hubcast.yaml:1:11', 'include-no-match')],
    errorCount: 1,
  },
  {
    name: 'one include pattern of two matching nothing is a warning',
    exit: 0,
    files: cfg('include:\n  - "**/*.yaml"\n  - "spec/**/*.yml"\n'),
    warnings: [error('hubcast.yaml:3:5', 'include-no-match')],
  },
  { name: 'an unknown key in hubcast.yaml', files: cfg('generatedBrnch: x\n'), errors: [error('hubcast.yaml:1:1', 'config', /unknown field/)], errorCount: 1 },
  { name: 'an unknown layout', files: cfg('layout: spread\n'), errors: [error('hubcast.yaml:1:9', 'config')], errorCount: 1 },
  {
    name: 'a systemNamespace that is not a DNS label',
    files: cfg('systemNamespace: Mural_System\n'),
    errors: [error('hubcast.yaml:1:18', 'config')],
    errorCount: 1,
  },
  { name: 'a hubNamespace with a slash', files: cfg('hubNamespace: ../hub\n'), errors: [error('hubcast.yaml:1:15', 'config')], errorCount: 1 },
  { name: 'hubcast.yaml with two documents', files: cfg('layout: auto\n---\nlayout: auto\n'), errors: [error('hubcast.yaml:1:1', 'config')], errorCount: 1 },
  { name: 'hubcast.yaml with a syntax error', files: cfg('include: ["**/*.yaml"\n'), errors: [error('hubcast.yaml:1:10', 'yaml-syntax')], errorCount: 1 },
  {
    name: 'hubcast.yaml that is not UTF-8',
    files: { ...base, 'hubcast.yaml': Buffer.from([0x6c, 0x61, 0x79, 0x6f, 0x75, 0x74, 0x3a, 0x20, 0xff, 0x0a]) },
    errors: [error('hubcast.yaml:1:9', 'encoding')],
  },
  { name: 'a sizeLimit above what OCM accepts', files: cfg('sizeLimit:\n  bytes: 99999999\n'), errors: [error('hubcast.yaml:2:10', 'config')], errorCount: 1 },
  { name: 'a flux url that is not a URL', files: cfg('flux:\n  url: git@example.com:x.git\n'), errors: [error('hubcast.yaml:2:8', 'config')], errorCount: 1 },
  {
    name: 'a flux interval that is not a duration',
    files: cfg('flux:\n  url: https://example.com/x.git\n  interval: soon\n'),
    errors: [error('hubcast.yaml:3:13', 'config')],
    errorCount: 1,
  },
];
