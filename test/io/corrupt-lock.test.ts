// A damaged lock file is an error that says how to recover, never "no lock" in silence: for
// `--locked` (the CLI, run in process: test/helpers/cli-run.ts) and for the lock on the generated branch
// (readLockText, used by publish). No real process: nothing here is about one.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLockText } from '../../src/emit/lock.ts';
import { runPublish } from '../../src/app/publisher.ts';
import { hubcast as cli } from '../helpers/cli-run.ts';
import { git, sandbox, type Sandbox } from '../helpers/git.ts';

const root = join(import.meta.dirname, '../..');

async function hubcast(args: string[]) {
  const t = Date.now();
  const r = await cli(args);
  return { ...r, ms: Date.now() - t };
}

const GOOD = { lockVersion: 1, hubcastVersion: '0.1.0', deployments: {}, sources: { 'helm:x': { type: 'helm', url: 'https://x' } } };
const CASES: [string, string, RegExp][] = [
  ['not JSON', '{"lockVersion": 1,', /it is not valid JSON/],
  ['empty', '', /it is not valid JSON/],
  ['null', 'null', /it is not a JSON object/],
  ['a list', '[]', /it is not a JSON object/],
  ['another version', JSON.stringify({ ...GOOD, lockVersion: 2 }), /its lockVersion is 2; this hubcast reads lockVersion 1/],
  ['no version', JSON.stringify({ deployments: {} }), /its lockVersion is missing/],
  ['no deployments', JSON.stringify({ lockVersion: 1 }), /"deployments" is missing or not an object/],
  ['sources not a map', JSON.stringify({ ...GOOD, sources: [] }), /"sources" is not an object/],
  ['a source without a url', JSON.stringify({ ...GOOD, sources: { 'helm:x': { type: 'helm' } } }), /sources\["helm:x"\] is not a locked source/],
  ['references not a map', JSON.stringify({ ...GOOD, references: 'x' }), /"references" is not an object/],
  [
    'a reference without a hash',
    JSON.stringify({ ...GOOD, references: { 'Environment/a/e@v1': { kind: 'Environment', namespace: 'a', name: 'e', ref: 'e@v1' } } }),
    /references\["Environment\/a\/e@v1"\] is not a locked reference/,
  ],
];

describe('readLockText', () => {
  it('reads a good lock', () => {
    expect(readLockText(JSON.stringify(GOOD))).toEqual({ lock: GOOD });
  });
  it.each(CASES)('names what is wrong: %s', (_name, text, problem) => {
    const r = readLockText(text);
    expect('problem' in r && r.problem).toMatch(problem);
  });
});

describe('render --locked with a damaged lock', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-badlock-'));
    cpSync(join(root, 'examples/fleet'), join(dir, 'repo'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES.filter(([n]) => ['not JSON', 'a list', 'another version', 'a source without a url'].includes(n)))(
    '%s: exit 1, the path, what is wrong and how to recover; nothing written',
    async (name, text, problem) => {
      const lock = join(dir, `${name.replace(/\W/g, '-')}.lock.json`);
      writeFileSync(lock, text);
      const out = join(dir, 'out', name.replace(/\W/g, '-'));
      const r = await hubcast(['render', '--repo', join(dir, 'repo'), '--out', out, '--offline', '--locked', '--lock-file', lock]);
      expect(r.ms).toBeLessThan(30_000);
      expect(r.code, r.stderr).toBe(1);
      const line = r.stderr.split('\n').find((l) => l.includes('[lock-invalid]'));
      expect(line, r.stderr).toContain(`${lock}:1:1: error: --locked: ${lock} is not a usable hubcast lock:`);
      expect(line).toMatch(problem);
      expect(r.stderr).toContain('hint: delete it and render without --locked to write a new one');
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(() => readFileSync(join(out, 'hubcast.lock.json'))).toThrow();
      mkdirSync(join(dir, 'out'), { recursive: true });
    },
  );
});

describe('publish with a damaged lock on the generated branch', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = sandbox('fleet');
    const first = await runPublish({ repo: sb.src, mode: 'direct', env: { ...process.env, GITHUB_TOKEN: '' } });
    expect(first.exitCode).toBe(0);
    // Someone damages the lock on the generated branch.
    const work = join(sb.dir, 'work');
    git(sb.dir, 'clone', '-q', '-b', 'hubcast/rendered', sb.remoteUrl, work);
    writeFileSync(join(work, 'hubcast.lock.json'), '{"lockVersion": 1, "deployments": ');
    git(work, 'commit', '-qam', 'damage the lock');
    git(work, 'push', '-q', 'origin', 'hubcast/rendered');
  });
  afterAll(() => sb.cleanup());

  it('PR mode stops (exit 2) and says how to recover; nothing pushed', async () => {
    const before = git(sb.remote, 'for-each-ref');
    const r = await runPublish({
      repo: sb.src,
      mode: 'pr',
      env: { ...process.env, GITHUB_TOKEN: 'ghs_test', GITHUB_REPOSITORY: 'acme/fleet', GITHUB_API_URL: 'http://127.0.0.1:9' },
    });
    expect(r.exitCode).toBe(2);
    const d = r.diagnostics.find((x) => x.severity === 'error');
    expect(d?.message).toMatch(/^hubcast\.lock\.json on hubcast\/rendered is damaged: it is not valid JSON/);
    expect(d?.hint).toMatch(/publish once with --mode direct to replace it/);
    expect(git(sb.remote, 'for-each-ref')).toBe(before);
  });

  it('direct mode replaces it and says so', async () => {
    const r = await runPublish({ repo: sb.src, mode: 'direct', env: { ...process.env, GITHUB_TOKEN: '' } });
    expect(r.exitCode).toBe(0);
    expect(r.report?.notes).toContainEqual(
      expect.stringMatching(/^hubcast\.lock\.json on hubcast\/rendered was damaged \(it is not valid JSON.*\); this publish replaces it$/),
    );
    expect(JSON.parse(git(sb.remote, 'show', 'hubcast/rendered:hubcast.lock.json')).lockVersion).toBe(1);
  });
});
