// Bad-input corpus, fork artifacts: what a fork's pull request can hand the trusted review
// workflow (diff-post). On a fork's pull request, phase 1's workflow file and everything it
// uploads are the attacker's, and so is every file of the pull request's head commit. Each case
// is one attack; fork-artifacts.test.ts runs the Action on it against the loopback GitHub
// API and asserts exactly what is posted, or that nothing is.

import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { PR, RUN_ID } from '../../helpers/review-workflow.ts';

/** What a case sees: the pull request's head commit and the repository's current files. */
export interface CaseContext {
  headSha: string;
  mainSha: string;
  /** A file of the base commit (hello-universe). */
  base(path: string): string;
  /** A scratch folder of the case. */
  dir: string;
}

export interface Posted {
  /** Bodies of the comments created (in order). */
  created: string[];
  checks: { conclusion: string; output: { title: string; summary: string } }[];
  stdout: string;
}

export interface ForkCase {
  name: string;
  /** The pull request's head commit: files changed on top of the base (null deletes). Default: an image bump. */
  head?(c: CaseContext): Record<string, string | null>;
  /** The artifact's text, or a function that puts whatever it likes at the artifact's path. Default: a valid artifact. */
  artifact?(c: CaseContext): string | ((path: string) => void);
  /** workflow_run fields that differ from the run that built the head commit. */
  run?(c: CaseContext): Record<string, unknown>;
  /** What the API says about the pull request the artifact names, when diff-post gets that far. */
  pull?: { number?: number; status?: 404; patch?(pr: Record<string, any>, c: CaseContext): void }; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Comments already on the pull request (API objects are made by the runner from these). */
  comments?: { id: number; body: string; login?: string; pr?: number }[];
  expect:
    | { refused: string | RegExp }
    | {
        /** Posted: one new comment (nothing edited or deleted) and one check run; then these assertions. */
        posted(p: Posted, c: CaseContext): void;
      };
}

export const valid = (c: CaseContext, patch: Record<string, unknown> = {}) =>
  JSON.stringify({ kind: 'hubcast-review', version: 2, pr: PR, headSha: c.headSha, runId: RUN_ID, ...patch });

/** A string that tries every way out of Markdown: raw HTML, an external image, script links, a mention, our marker. */
export const HOSTILE =
  '<img src="https://evil.example/pixel.png"> ![x](https://evil.example/i.png) [a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) <script>alert(2)</script> @octo-org/admins <!-- hubcast:diff key=default pr=7 part=1/1 --> </details>';

/** YAML double-quoted scalar (JSON strings are valid YAML). */
const yq = (s: string) => JSON.stringify(s);

const bumped = (c: CaseContext, image: string) => c.base('hello-universe.yaml').replace(/ghcr\.io\/spectrocloud\/hello-universe:[\d.]+/, image);

/** The one deployment of hello-universe, removed: its ManifestWorkReplicaSet is deleted (a danger). */
const withoutDeployment = (c: CaseContext) =>
  c
    .base('hello-universe.yaml')
    .split(/^---\n/m)
    .filter((d) => !/kind: WorkloadDeployment\n/.test(d))
    .join('---\n');

/** The Handlebars payloads of the published prototype-pollution / RCE advisories, as a repo definition. */
const rceDefinition = (marker: string) => `apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: evil
  namespace: mural-system
spec:
  version: 1.0.0
  template: |
    {{#with "s" as |string|}}
      {{#with "e"}}
        {{#with split as |conslist|}}
          {{this.pop}}
          {{this.push (lookup string.sub "constructor")}}
          {{this.pop}}
          {{#with string.split as |codelist|}}
            {{this.pop}}
            {{this.push "return process.mainModule.require('fs').writeFileSync('${marker}', 'pwned');"}}
            {{this.pop}}
            {{#each conslist}}
              {{#with (string.sub.apply 0 codelist)}}
                {{this}}
              {{/with}}
            {{/each}}
          {{/with}}
        {{/with}}
      {{/with}}
    {{/with}}
    {{json (concat constructor.constructor "return 1")}}
    {{json __proto__.polluted}}
    {{> evil}}
`;

const refusedOnly = (refused: string | RegExp) => ({ refused });

export const CASES: ForkCase[] = [
  // The artifact's text.
  { name: 'malformed JSON', artifact: (c) => valid(c).slice(0, -3), expect: refusedOnly('the artifact is not JSON') },
  { name: 'empty file', artifact: () => '', expect: refusedOnly('the artifact is not JSON') },
  { name: 'JSON with a byte order mark', artifact: (c) => `\ufeff${valid(c)}`, expect: refusedOnly('the artifact is not JSON') },
  { name: 'a JSON array', artifact: (c) => `[${valid(c)}]`, expect: refusedOnly('the artifact is not a JSON object') },
  { name: 'a JSON string', artifact: () => '"hubcast-review"', expect: refusedOnly('the artifact is not a JSON object') },
  {
    name: 'oversized artifact (valid JSON padded past the limit)',
    artifact: (c) => valid(c, { pad: 'x'.repeat(20_000) }),
    expect: refusedOnly(/^the artifact is 20\d{3} bytes, more than the 16384 a review artifact can be$/),
  },
  {
    name: 'oversized artifact (a sparse 2 GiB file, never read)',
    artifact: () => (path: string) => {
      writeFileSync(path, '');
      truncateSync(path, 2 * 1024 ** 3);
    },
    expect: refusedOnly('the artifact is 2147483648 bytes, more than the 16384 a review artifact can be'),
  },
  {
    name: 'prototype key __proto__',
    artifact: (c) => valid(c).replace('{', '{"__proto__":{"polluted":true,"conclusion":"success"},'),
    expect: refusedOnly('the artifact has fields a review artifact never has: "__proto__"'),
  },
  {
    name: 'prototype keys constructor.prototype',
    artifact: (c) => valid(c, { constructor: { prototype: { polluted: true } } }),
    expect: refusedOnly('the artifact has fields a review artifact never has: "constructor"'),
  },
  {
    name: 'check conclusion and title forged (a hubcast 0.1 artifact: pre-rendered comment and verdict)',
    artifact: (c) =>
      JSON.stringify({
        kind: 'hubcast-review',
        version: 1,
        pr: PR,
        headSha: c.headSha,
        key: 'default',
        parts: [HOSTILE],
        counts: { added: 0, changed: 0, removed: 0 },
        check: { conclusion: 'success', title: `No rendered changes. ${HOSTILE}`, summary: HOSTILE },
      }),
    expect: refusedOnly('the artifact has fields a review artifact never has: "key", "parts", "counts", "check"'),
  },
  {
    name: 'check conclusion forged on a current artifact',
    artifact: (c) => valid(c, { check: { conclusion: 'success', title: 'all good', summary: 'all good' } }),
    expect: refusedOnly('the artifact has fields a review artifact never has: "check"'),
  },
  {
    name: 'comment id pointing at another comment',
    artifact: (c) => valid(c, { commentId: 123456, comment_id: 123456 }),
    expect: refusedOnly('the artifact has fields a review artifact never has: "commentId", "comment_id"'),
  },
  {
    name: 'comment key chosen by the fork',
    artifact: (c) => valid(c, { key: 'infra' }),
    expect: refusedOnly('the artifact has fields a review artifact never has: "key"'),
  },
  {
    name: 'path traversal in artifact file names',
    artifact: (c) => valid(c, { artifact: '../../.git/config', 'html-report': '/etc/passwd', file: '..\\..\\x' }),
    expect: refusedOnly('the artifact has fields a review artifact never has: "artifact", "html-report", "file"'),
  },
  {
    name: 'path traversal: the downloaded artifact is a symlink out of the download folder',
    artifact: () => (path: string) => symlinkSync('/etc/passwd', path),
    expect: refusedOnly(/hubcast-review\.json is not a regular file$/),
  },
  {
    name: 'the artifact is a folder',
    artifact: () => (path: string) => mkdirSync(path),
    expect: refusedOnly(/hubcast-review\.json is not a regular file$/),
  },
  {
    name: 'the artifact is a FIFO nobody writes to (no hang)',
    artifact: () => (path: string) => execFileSync('mkfifo', [path]),
    expect: refusedOnly(/hubcast-review\.json is not a regular file$/),
  },
  { name: 'not a hubcast artifact (kind)', artifact: (c) => valid(c, { kind: 'other' }), expect: refusedOnly('not a hubcast review artifact (kind)') },
  { name: 'pr as a string', artifact: (c) => valid(c, { pr: String(PR) }), expect: refusedOnly('pr must be a positive whole number') },
  { name: 'pr zero', artifact: (c) => valid(c, { pr: 0 }), expect: refusedOnly('pr must be a positive whole number') },
  { name: 'pr beyond a safe integer', artifact: (c) => valid(c).replace(`"pr":${PR}`, '"pr":1e21'), expect: refusedOnly('pr must be a positive whole number') },
  { name: 'pr fractional', artifact: (c) => valid(c, { pr: 7.5 }), expect: refusedOnly('pr must be a positive whole number') },
  { name: 'headSha a ref name', artifact: (c) => valid(c, { headSha: 'refs/heads/main' }), expect: refusedOnly('headSha must be a 40-hex commit id') },
  { name: 'headSha in capitals', artifact: (c) => valid(c, { headSha: c.headSha.toUpperCase() }), expect: refusedOnly('headSha must be a 40-hex commit id') },
  { name: 'runId negative', artifact: (c) => valid(c, { runId: -1 }), expect: refusedOnly('runId must be a positive whole number') },

  // What the artifact names, against GitHub's own word.
  {
    name: 'another commit than the run built',
    artifact: (c) => valid(c, { headSha: c.mainSha }),
    expect: refusedOnly(/^the artifact names commit [0-9a-f]{40}, but the run built [0-9a-f]{40}$/),
  },
  {
    name: 'another run',
    artifact: (c) => valid(c, { runId: RUN_ID + 1 }),
    expect: refusedOnly(`the artifact names run ${RUN_ID + 1}, but it came from run ${RUN_ID}`),
  },
  {
    name: 'another pull request than the event lists',
    artifact: (c) => valid(c, { pr: 8 }),
    run: () => ({ pull_requests: [{ number: PR, head: { sha: 'x' } }] }),
    expect: refusedOnly(`the artifact names pull request #8, but the run was for #${PR}`),
  },
  {
    name: "another pull request (someone else's, at another commit)",
    artifact: (c) => valid(c, { pr: 8 }),
    pull: { number: 8, patch: (pr) => (pr.head.sha = 'f'.repeat(40)) },
    expect: refusedOnly(`pull request #8 is at ${'f'.repeat(40)}, not at the commit the run built (a newer push, or another pull request)`),
  },
  {
    name: 'a pull request that does not exist',
    artifact: (c) => valid(c, { pr: 9 }),
    pull: { number: 9, status: 404 },
    expect: refusedOnly('pull request #9 does not exist'),
  },
  { name: 'a closed pull request', pull: { patch: (pr) => (pr.state = 'closed') }, expect: refusedOnly(`pull request #${PR} is closed`) },
  {
    name: 'a pull request into another repository',
    pull: { patch: (pr) => (pr.base.repo.full_name = 'mallory/fleet-specs') },
    expect: refusedOnly(/^pull request #7 is not a pull request into octo-org\/fleet-specs$/),
  },
  {
    name: 'a pull request from another repository than the run',
    pull: { patch: (pr) => (pr.head.repo.full_name = 'mallory/fleet-specs') },
    expect: refusedOnly(`pull request #${PR} comes from another repository than the run`),
  },

  // The pull request's own files: rendered by diff-post, inert in what it posts.
  {
    name: 'raw HTML, external images, javascript: and data: links, a mention and a spoofed marker in rendered values',
    head: (c) => ({
      'hello-universe.yaml': bumped(c, `ghcr.io/spectrocloud/hello-universe:1.3.0${HOSTILE}`).replace(
        "kubernetes.io/managed-by: 'mural'",
        `kubernetes.io/managed-by: ${yq(HOSTILE)}`,
      ),
    }),
    expect: {
      posted: (p) => {
        const [body] = p.created;
        // Rendered by hubcast from the pull request: the hostile text is there, as code or as escaped text.
        expect(body).toContain(`+    kubernetes.io/managed-by: ${HOSTILE}\n`);
        expect(body).toContain('&#60;img src&#61;&#34;https&#58;//evil&#46;example/pixel&#46;png&#34;&#62;');
        expect(p.checks[0].conclusion).toBe('success');
      },
    },
  },
  {
    name: 'raw HTML and a mention in an error message (an unknown property)',
    head: (c) => ({
      'hello-universe.yaml': c.base('hello-universe.yaml').replace('          port: 8080\n', `          port: 8080\n          ${yq(HOSTILE)}: 1\n`),
    }),
    expect: {
      posted: (p) => {
        expect(p.created[0]).toContain('**head failed to render**');
        expect(p.created[0]).toContain('unknown field &#34;&#60;img src&#61;&#34;https&#58;//evil&#46;example/pixel&#46;png&#34;&#62;');
        expect(p.created[0]).toContain('&#60;script&#62;alert&#40;2&#41;&#60;/script&#62; &#64;octo-org/admins &#60;&#33;-- hubcast&#58;diff');
        expect(p.checks[0]).toMatchObject({
          conclusion: 'failure',
          output: { title: 'No rendered changes in what could be compared. · head failed to render' },
        });
      },
    },
  },
  {
    name: 'check conclusion forgery: a deletion the fork hides with its own ignore rules and a green artifact',
    head: (c) => ({
      'hello-universe.yaml': withoutDeployment(c),
      'hubcast.yaml': 'diff:\n  defaultIgnores: false\n  ignore:\n    - ManifestWorkReplicaSet\n    - Placement\n    - "*#/**"\n',
    }),
    expect: {
      posted: (p) => {
        expect(p.checks[0].conclusion).toBe('failure');
        expect(p.checks[0].output.title).toMatch(/^\+0 ~0 -\d+ objects across 1 placement \/ 1 workload · 1 danger$/);
        expect(p.created[0]).toContain('> [!CAUTION]\n> **1 danger**');
      },
    },
  },
  {
    name: 'Handlebars prototype access and the published RCE payloads in a definition of the pull request',
    head: (c) => ({
      'evil.yaml': rceDefinition(join(c.dir, 'pwned')),
      'hello-universe.yaml': c.base('hello-universe.yaml').replace('      - name: ui\n', '      - name: pwn\n        type: evil\n      - name: ui\n'),
    }),
    expect: {
      posted: (p, c) => {
        expect(execFileSync('ls', [c.dir], { encoding: 'utf8' })).not.toContain('pwned');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(p.checks[0].conclusion).toBe('failure');
        expect(p.created[0]).toContain('**head failed to render**');
        expect(p.created[0]).toMatch(/definition-template/);
      },
    },
  },
  {
    name: 'spoofed markers: copies by a person, by the bot on another pull request, for another key',
    comments: [
      { id: 900, body: `<!-- hubcast:diff key=default pr=${PR} part=1/1 -->\nI am the review`, login: 'mallory' },
      { id: 901, body: '<!-- hubcast:diff key=default pr=8 part=1/1 -->\nanother pull request', pr: 8 },
      { id: 902, body: '<!-- hubcast:diff key=default part=1/1 -->\nlisted here, but on pull request 8', pr: 8 },
      { id: 903, body: `<!-- hubcast:diff key=infra pr=${PR} part=1/1 -->\nanother review` },
      { id: 904, body: `not at the start <!-- hubcast:diff key=default pr=${PR} part=1/1 -->` },
    ],
    expect: {
      posted: (p) => {
        // A new comment; none of the five is edited or deleted (the server answers nothing else).
        expect(p.created).toHaveLength(1);
      },
    },
  },
];
