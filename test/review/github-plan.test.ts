// The GitHub side of a review as data: the sticky comment plan, the check run verdict, and the
// artifact phase 2 of the fork-safe workflow accepts or refuses.

import { describe, expect, it } from 'vitest';
import { CHECK_NAME, planCheck } from '../../src/review/check-plan.ts';
import { COMMENT_LIMIT, generationsIn, planComments, type CommentAction, type ExistingComment } from '../../src/review/comment-plan.ts';
import { markdownReport } from '../../src/review/markdown-report.ts';
import { buildArtifact, validateArtifact } from '../../src/review/review-artifact.ts';
import { edit, exampleFiles, review } from '../helpers/review.ts';

const bot = { id: 41898282, login: 'github-actions[bot]' };
const human = { id: 7, login: 'octocat' };
const sha = (c: string) => c.repeat(40);
const gen = (c: string, changed = 1) => ({ sha: sha(c), added: 0, changed, removed: 0 });

/** Applies a plan to a list of comments, as the GitHub adapter would. */
function apply(comments: ExistingComment[], plan: CommentAction[], nextId = { n: 100 }): ExistingComment[] {
  let out = [...comments];
  for (const a of plan) {
    if (a.op === 'create') out.push({ id: nextId.n++, body: a.body, user: bot });
    if (a.op === 'update') out = out.map((c) => (c.id === a.id ? { ...c, body: a.body } : c));
    if (a.op === 'delete') out = out.filter((c) => c.id !== a.id);
  }
  return out;
}

describe('the sticky comment', () => {
  it('is created once, then edited in place on every push, never duplicated', () => {
    let comments: ExistingComment[] = [{ id: 1, body: 'LGTM', user: human }];
    const ids = { n: 100 };
    comments = apply(comments, planComments({ key: 'default', parts: ['report one'], generation: gen('a') }, comments, bot), ids);
    comments = apply(comments, planComments({ key: 'default', parts: ['report two'], generation: gen('b', 2) }, comments, bot), ids);
    comments = apply(comments, planComments({ key: 'default', parts: ['report three'], generation: gen('c', 3) }, comments, bot), ids);
    expect(comments.map((c) => c.id)).toEqual([1, 100]);
    const body = comments[1].body!;
    expect(body.startsWith('<!-- hubcast:diff key=default part=1/1 -->\nreport three')).toBe(true);
    // Older generations are collapsed into the comment, newest first.
    expect(body).toContain('<details><summary>Earlier renders of this pull request (2)</summary>');
    expect(body.indexOf(`<code>${sha('b').slice(0, 12)}</code>: +0 ~2 -0`)).toBeLessThan(body.indexOf(`<code>${sha('a').slice(0, 12)}</code>: +0 ~1 -0`));
    expect(generationsIn(body).map((g) => g.sha)).toEqual([sha('c'), sha('b'), sha('a')]);
  });

  it('does nothing when a re-run renders the same report', () => {
    const first = apply([], planComments({ key: 'default', parts: ['same'], generation: gen('a') }, [], bot));
    expect(planComments({ key: 'default', parts: ['same'], generation: gen('a') }, first, bot)).toEqual([]);
  });

  it("touches only the bot's own comments with its own key, even when someone copies the marker", () => {
    const forged: ExistingComment = { id: 5, body: '<!-- hubcast:diff key=default part=1/1 -->\nfake', user: human };
    const otherKey: ExistingComment = { id: 6, body: '<!-- hubcast:diff key=infra part=1/1 -->\nx', user: bot };
    const plan = planComments({ key: 'default', parts: ['real'], generation: gen('a') }, [forged, otherKey], bot);
    expect(plan).toEqual([{ op: 'create', body: expect.stringContaining('real') }]);
  });

  it('matches the bot by login when the API gives no id', () => {
    const mine: ExistingComment = { id: 9, body: '<!-- hubcast:diff key=default part=1/1 -->\nold', user: { login: 'GitHub-Actions[bot]' } };
    expect(planComments({ key: 'default', parts: ['new'], generation: gen('a') }, [mine], { login: 'github-actions[bot]' })).toEqual([
      { op: 'update', id: 9, body: expect.stringContaining('new') },
    ]);
  });

  it('splits into parts, and deletes leftover parts and duplicates from earlier runs', () => {
    const ids = { n: 100 };
    let comments = apply([], planComments({ key: 'default', parts: ['p1', 'p2', 'p3'], generation: gen('a') }, [], bot), ids);
    expect(comments.map((c) => c.body!.split('\n')[0])).toEqual([1, 2, 3].map((i) => `<!-- hubcast:diff key=default part=${i}/3 -->`));
    // A racing run left a second part 1 behind.
    comments.push({ id: 200, body: '<!-- hubcast:diff key=default part=1/3 -->\nrace', user: bot });
    const plan = planComments({ key: 'default', parts: ['q1', 'q2'], generation: gen('b') }, comments, bot);
    expect(plan.filter((a) => a.op === 'delete').map((a) => (a as { id: number }).id).sort()).toEqual([102, 200]);
    comments = apply(comments, plan, ids);
    expect(comments.map((c) => c.body!.split('\n').slice(0, 2).join(' '))).toEqual(['<!-- hubcast:diff key=default part=1/2 --> q1', '<!-- hubcast:diff key=default part=2/2 --> q2']);
  });

  it('neutralizes @mentions outside code, and stays under the comment limit', () => {
    const [a] = planComments({ key: 'default', parts: ['hi @everyone\n```diff\n+ email: a@b.example\n```'], generation: gen('a') }, [], bot) as { body: string }[];
    expect(a.body).toContain('hi &#64;everyone');
    expect(a.body).toContain('+ email: a@b.example');
    const big = 'x'.repeat(60_000);
    let comments: ExistingComment[] = [];
    for (const c of 'abcdef012345') comments = apply(comments, planComments({ key: 'default', parts: [big], generation: gen(c) }, comments, bot));
    expect(comments[0].body!.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(generationsIn(comments[0].body!)).toHaveLength(11); // the current one and the 10 kept
  });

  it('ignores a tampered state record', () => {
    expect(generationsIn('<!-- hubcast:state {"current":{"sha":"<img>","added":1,"changed":0,"removed":0}} -->')).toEqual([]);
    expect(generationsIn('<!-- hubcast:state {not json} -->')).toEqual([]);
  });
});

describe('the check run', () => {
  const fleet = exampleFiles('fleet');

  it('succeeds for plain changes, fails for a render error, and is neutral for cautions', () => {
    const ok = planCheck(review(fleet, edit(fleet, 'shop/deployments.yaml', 'imageTag: 2.1.0\n', 'imageTag: 2.2.0\n')), sha('f'));
    expect(ok).toMatchObject({ name: CHECK_NAME, headSha: sha('f'), conclusion: 'success', title: '+0 ~2 -0 objects across 1 placement / 1 workload', status: { state: 'success', context: CHECK_NAME } });
    expect(ok.summary).toContain('### hubcast diff');

    const broken = planCheck(review(fleet, edit(fleet, 'shop/deployments.yaml', '    name: dev\n', '    name: dve\n')), sha('f'));
    expect(broken.conclusion).toBe('failure');
    expect(broken.title).toBe('No rendered changes in what could be compared. · head failed to render');
    expect(broken.status.state).toBe('failure');

    // prod-eu orphans the workload namespace: deleting that deployment is a caution, not a danger.
    const orphaning = edit(fleet, 'shop/environments.yaml', '            propagationPolicy: SelectivelyOrphan\n', '            propagationPolicy: Orphan\n');
    const removed = { ...orphaning, 'shop/deployments.yaml': orphaning['shop/deployments.yaml'].split('---\n').filter((d) => !d.includes('name: storefront-eu\n')).join('---\n') };
    const caution = planCheck(review(orphaning, removed), sha('f'));
    expect(caution.conclusion).toBe('neutral');
    expect(caution.status.state).toBe('success');
    expect(caution.status.description.length).toBeLessThanOrEqual(140);
  });
});

describe('the two-phase artifact', () => {
  const fleet = exampleFiles('fleet');
  const cs = review(fleet, edit(fleet, 'shop/deployments.yaml', 'imageTag: 2.1.0\n', 'imageTag: 2.2.0\n'));
  const head = sha('c');
  const artifact = buildArtifact(cs, { pr: 42, headSha: head, key: 'default', parts: markdownReport(cs).parts, check: planCheck(cs, head) });
  const text = JSON.stringify(artifact);
  const pr = { number: 42, headSha: head, state: 'open' };

  it('is accepted for the open pull request at the commit the run built', () => {
    const r = validateArtifact(text, { runHeadSha: head, pullRequest: pr });
    expect(r).toEqual({ ok: true, artifact });
  });

  it('is refused when it names another pull request, a newer push, or another commit', () => {
    expect(validateArtifact(text, { runHeadSha: head })).toEqual({ ok: false, reason: 'pull request #42 does not exist' });
    expect(validateArtifact(text, { runHeadSha: head, pullRequest: { ...pr, headSha: sha('d') } })).toMatchObject({ ok: false, reason: expect.stringContaining('not at the commit the run built') });
    expect(validateArtifact(text, { runHeadSha: sha('e'), pullRequest: pr })).toMatchObject({ ok: false, reason: expect.stringContaining('but the run built') });
    expect(validateArtifact(text, { runHeadSha: head, pullRequest: { ...pr, state: 'closed' } })).toEqual({ ok: false, reason: 'pull request #42 is closed' });
  });

  it('is refused when its shape is off, and extra fields are dropped', () => {
    const bad = (patch: object) => validateArtifact(JSON.stringify({ ...artifact, ...patch }), { runHeadSha: head, pullRequest: pr });
    expect(bad({ pr: -1 })).toMatchObject({ ok: false });
    expect(bad({ pr: '42' })).toMatchObject({ ok: false });
    expect(bad({ headSha: 'HEAD' })).toMatchObject({ ok: false });
    expect(bad({ key: '../x' })).toMatchObject({ ok: false });
    expect(bad({ parts: ['x'.repeat(70_000)] })).toMatchObject({ ok: false });
    expect(bad({ parts: [] })).toMatchObject({ ok: false });
    expect(bad({ check: { conclusion: 'success', title: 'x'.repeat(300), summary: '' } })).toMatchObject({ ok: false });
    expect(validateArtifact('[]', { runHeadSha: head, pullRequest: pr })).toEqual({ ok: false, reason: 'artifact is not a JSON object' });
    const extra = bad({ token: 'ghp_x', check: { ...artifact.check, raw: 1 } });
    expect(extra.ok && JSON.stringify(extra.artifact)).not.toContain('ghp_x');
    expect(extra.ok && JSON.stringify(extra.artifact)).not.toContain('raw');
  });
});
