// Publishing over smart HTTP (git http-backend on loopback) with a token, as on GitHub.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPublish } from '../../src/app/publisher.ts';
import { git, sandbox, show, tip, type Sandbox } from '../helpers/git.ts';
import { startGitHttpServer, type GitHttpServer } from '../helpers/git-http.ts';

const TOKEN = 'ghs_test0123456789abcdefTOKEN';
let sb: Sandbox;
let http: GitHttpServer;
beforeEach(async () => {
  sb = sandbox('hello-universe');
  git(sb.remote, 'config', 'http.receivepack', 'true');
  http = await startGitHttpServer(sb.dir, TOKEN);
  git(sb.src, 'remote', 'set-url', 'origin', http.url('remote.git'));
});
afterEach(async () => {
  await http.close();
  sb.cleanup();
});

function allText(dir: string): string {
  let out = '';
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out += readFileSync(p, 'latin1');
    }
  };
  walk(dir);
  return out;
}

describe('publish over smart HTTP', () => {
  it('authenticates every request with the token, sent per command and never stored', async () => {
    const r = await runPublish({ repo: sb.src, mode: 'direct', env: { GITHUB_TOKEN: TOKEN, GITHUB_SERVER_URL: http.origin } });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.report?.outcome).toBe('published');
    expect(tip(sb.remote, 'hubcast/rendered')).toBe(r.report?.commit);
    expect(show(sb.remote, 'hubcast/rendered', 'hubcast.lock.json')).toContain(git(sb.src, 'rev-parse', 'HEAD'));
    // fetch, push, and the ls-remote/receive-pack round trips all carried it.
    expect(http.authorizations.length).toBeGreaterThanOrEqual(3);
    expect(http.authorizations.every((a) => a === `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`)).toBe(true);
    // Nothing in the clone (config, refs, logs) holds the token or the header derived from it.
    const stored = allText(join(sb.src, '.git'));
    expect(stored).not.toContain(TOKEN);
    expect(stored).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'));

    const again = await runPublish({ repo: sb.src, mode: 'direct', env: { GITHUB_TOKEN: TOKEN, GITHUB_SERVER_URL: http.origin } });
    expect(again.report?.outcome).toBe('unchanged');
  });

  it('without the right token: a clear failure naming the fix, the token never printed, nothing pushed', async () => {
    const wrong = 'ghs_wrongtokenwrongtoken';
    const r = await runPublish({ repo: sb.src, mode: 'direct', env: { GITHUB_TOKEN: wrong, GITHUB_SERVER_URL: http.origin } });
    expect(r.exitCode).toBe(2);
    const d = r.diagnostics.at(-1)!;
    expect(d).toMatchObject({ severity: 'error', code: 'git' });
    expect(d.hint).toContain('GITHUB_TOKEN');
    expect(JSON.stringify(r.diagnostics)).not.toContain(wrong);
    expect(tip(sb.remote, 'hubcast/rendered')).toBeUndefined();
  });

  it('does not send the token to a host other than the GitHub server', async () => {
    const r = await runPublish({ repo: sb.src, mode: 'direct', env: { GITHUB_TOKEN: TOKEN, GITHUB_SERVER_URL: 'https://github.example' } });
    expect(r.exitCode).toBe(2);
    expect(http.authorizations.every((a) => a === undefined)).toBe(true);
  });
});
