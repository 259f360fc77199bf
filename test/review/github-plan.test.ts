// The GitHub side of a review as data: the sticky comment plan, the check run verdict, and the
// artifact phase 2 of the fork-safe workflow accepts or refuses.

import { describe, expect, it } from 'vitest';
import { CHECK_NAME, planCheck } from '../../src/review/check-plan.ts';
import { COMMENT_LIMIT, generationsIn, planComments, type CommentAction, type ExistingComment } from '../../src/review/comment-plan.ts';
import { buildArtifact, checkAgainstRun, checkPullRequest, parseArtifact } from '../../src/review/review-artifact.ts';
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
    comments = apply(comments, planComments({ pr: 7, key: 'default', parts: ['report one'], generation: gen('a') }, comments, bot), ids);
    comments = apply(comments, planComments({ pr: 7, key: 'default', parts: ['report two'], generation: gen('b', 2) }, comments, bot), ids);
    comments = apply(comments, planComments({ pr: 7, key: 'default', parts: ['report three'], generation: gen('c', 3) }, comments, bot), ids);
    expect(comments.map((c) => c.id)).toEqual([1, 100]);
    const body = comments[1].body!;
    expect(body.startsWith('<!-- hubcast:diff key=default pr=7 part=1/1 -->\nreport three')).toBe(true);
    // Older generations are collapsed into the comment, newest first.
    expect(body).toContain('<details><summary>Earlier renders of this pull request (2)</summary>');
    expect(body.indexOf(`<code>${sha('b').slice(0, 12)}</code>: +0 ~2 -0`)).toBeLessThan(body.indexOf(`<code>${sha('a').slice(0, 12)}</code>: +0 ~1 -0`));
    expect(generationsIn(body).map((g) => g.sha)).toEqual([sha('c'), sha('b'), sha('a')]);
  });

  it('does nothing when a re-run renders the same report', () => {
    const first = apply([], planComments({ pr: 7, key: 'default', parts: ['same'], generation: gen('a') }, [], bot));
    expect(planComments({ pr: 7, key: 'default', parts: ['same'], generation: gen('a') }, first, bot)).toEqual([]);
  });

  it("touches only the bot's own comments with its own key, even when someone copies the marker", () => {
    const forged: ExistingComment = { id: 5, body: '<!-- hubcast:diff key=default pr=7 part=1/1 -->\nfake', user: human };
    const otherKey: ExistingComment = { id: 6, body: '<!-- hubcast:diff key=infra part=1/1 -->\nx', user: bot };
    const plan = planComments({ pr: 7, key: 'default', parts: ['real'], generation: gen('a') }, [forged, otherKey], bot);
    expect(plan).toEqual([{ op: 'create', body: expect.stringContaining('real') }]);
  });

  it('is bound to its pull request: by the marker, and by where GitHub says the comment is', () => {
    const onOtherPr: ExistingComment = { id: 5, body: '<!-- hubcast:diff key=default pr=8 part=1/1 -->\nx', user: bot };
    const elsewhere: ExistingComment = {
      id: 6,
      body: '<!-- hubcast:diff key=default pr=7 part=1/1 -->\nx',
      user: bot,
      issueUrl: 'https://api.github.com/repos/acme/specs/issues/70',
    };
    const legacy: ExistingComment = {
      id: 7,
      body: '<!-- hubcast:diff key=default part=1/1 -->\nold',
      user: bot,
      issueUrl: 'https://api.github.com/repos/acme/specs/issues/7',
    };
    const plan = planComments({ pr: 7, key: 'default', parts: ['new'], generation: gen('a') }, [onOtherPr, elsewhere, legacy], bot);
    // Only the 0.1 comment on this pull request is ours: it is edited, and gets the new marker.
    expect(plan).toEqual([{ op: 'update', id: 7, body: expect.stringMatching(/^<!-- hubcast:diff key=default pr=7 part=1\/1 -->\nnew/) }]);
  });

  it('reads its history only from its own last line, never from a state line the report quotes', () => {
    const spoof = `<!-- hubcast:state {"current":{"sha":"${sha('e')}","added":9,"changed":9,"removed":9}} -->`;
    const [first] = planComments({ pr: 7, key: 'default', parts: [`\`\`\`diff\n+ note: "x"\n${spoof}\n\`\`\``], generation: gen('a') }, [], bot) as {
      body: string;
    }[];
    expect(generationsIn(first.body).map((g) => g.sha)).toEqual([sha('a')]);
    expect(generationsIn(spoof)).toEqual([]);
  });

  it('matches the bot by login when the API gives no id', () => {
    const mine: ExistingComment = { id: 9, body: '<!-- hubcast:diff key=default pr=7 part=1/1 -->\nold', user: { login: 'GitHub-Actions[bot]' } };
    expect(planComments({ pr: 7, key: 'default', parts: ['new'], generation: gen('a') }, [mine], { login: 'github-actions[bot]' })).toEqual([
      { op: 'update', id: 9, body: expect.stringContaining('new') },
    ]);
  });

  it('splits into parts, and deletes leftover parts and duplicates from earlier runs', () => {
    const ids = { n: 100 };
    let comments = apply([], planComments({ pr: 7, key: 'default', parts: ['p1', 'p2', 'p3'], generation: gen('a') }, [], bot), ids);
    expect(comments.map((c) => c.body!.split('\n')[0])).toEqual([1, 2, 3].map((i) => `<!-- hubcast:diff key=default pr=7 part=${i}/3 -->`));
    // A racing run left a second part 1 behind.
    comments.push({ id: 200, body: '<!-- hubcast:diff key=default pr=7 part=1/3 -->\nrace', user: bot });
    const plan = planComments({ pr: 7, key: 'default', parts: ['q1', 'q2'], generation: gen('b') }, comments, bot);
    expect(
      plan
        .filter((a) => a.op === 'delete')
        .map((a) => (a as { id: number }).id)
        .sort(),
    ).toEqual([102, 200]);
    comments = apply(comments, plan, ids);
    expect(comments.map((c) => c.body!.split('\n').slice(0, 2).join(' '))).toEqual([
      '<!-- hubcast:diff key=default pr=7 part=1/2 --> q1',
      '<!-- hubcast:diff key=default pr=7 part=2/2 --> q2',
    ]);
  });

  it('neutralizes @mentions outside code, and stays under the comment limit', () => {
    const [a] = planComments({ pr: 7, key: 'default', parts: ['hi @everyone\n```diff\n+ email: a@b.example\n```'], generation: gen('a') }, [], bot) as {
      body: string;
    }[];
    expect(a.body).toContain('hi &#64;everyone');
    expect(a.body).toContain('+ email: a@b.example');
    const big = 'x'.repeat(60_000);
    let comments: ExistingComment[] = [];
    for (const c of 'abcdef012345') comments = apply(comments, planComments({ pr: 7, key: 'default', parts: [big], generation: gen(c) }, comments, bot));
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
    expect(ok).toMatchObject({
      name: CHECK_NAME,
      headSha: sha('f'),
      conclusion: 'success',
      title: '+0 ~2 -0 objects across 1 placement / 1 workload',
      status: { state: 'success', context: CHECK_NAME },
    });
    expect(ok.summary).toContain('### hubcast diff');

    const broken = planCheck(review(fleet, edit(fleet, 'shop/deployments.yaml', '    name: dev\n', '    name: dve\n')), sha('f'));
    expect(broken.conclusion).toBe('failure');
    expect(broken.title).toBe('No rendered changes in what could be compared. · head failed to render');
    expect(broken.status.state).toBe('failure');

    // prod-eu orphans the workload namespace: deleting that deployment is a caution, not a danger.
    const orphaning = edit(fleet, 'shop/environments.yaml', '            propagationPolicy: SelectivelyOrphan\n', '            propagationPolicy: Orphan\n');
    const removed = {
      ...orphaning,
      'shop/deployments.yaml': orphaning['shop/deployments.yaml']
        .split('---\n')
        .filter((d) => !d.includes('name: storefront-eu\n'))
        .join('---\n'),
    };
    const caution = planCheck(review(orphaning, removed), sha('f'));
    expect(caution.conclusion).toBe('neutral');
    expect(caution.status.state).toBe('success');
    expect(caution.status.description.length).toBeLessThanOrEqual(140);
  });
});

describe('the two-phase artifact', () => {
  const head = sha('c');
  const artifact = buildArtifact({ pr: 42, headSha: head, runId: 99 });
  const text = JSON.stringify(artifact);
  const run = { headSha: head, runId: 99, pullRequests: [], headRepository: 'forker/specs' };
  const pr = { number: 42, headSha: head, baseSha: sha('b'), state: 'open', baseRepository: 'acme/specs', headRepository: 'forker/specs' };
  const parsed = parseArtifact(text);

  it('names only the pull request, its head commit and the run, and is accepted for the open pull request at the commit the run built', () => {
    expect(JSON.parse(text)).toEqual({ kind: 'hubcast-review', version: 2, pr: 42, headSha: head, runId: 99 });
    expect(parsed).toEqual({ ok: true, value: artifact });
    expect(checkAgainstRun(artifact, run)).toBeUndefined();
    expect(checkPullRequest(artifact, run, pr, 'Acme/Specs')).toEqual({ ok: true, value: pr });
  });

  it('is refused when it names another pull request, a newer push, another commit, run or repository', () => {
    expect(checkPullRequest(artifact, run, undefined, 'acme/specs')).toEqual({ ok: false, reason: 'pull request #42 does not exist' });
    expect(checkPullRequest(artifact, run, { ...pr, headSha: sha('d') }, 'acme/specs')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not at the commit the run built'),
    });
    expect(checkPullRequest(artifact, run, { ...pr, state: 'closed' }, 'acme/specs')).toEqual({ ok: false, reason: 'pull request #42 is closed' });
    expect(checkPullRequest(artifact, run, pr, 'other/specs')).toEqual({ ok: false, reason: 'pull request #42 is not a pull request into other/specs' });
    expect(checkPullRequest(artifact, { ...run, headRepository: 'someone/else' }, pr, 'acme/specs')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('another repository'),
    });
    expect(checkAgainstRun(artifact, { ...run, headSha: sha('e') })).toContain('but the run built');
    expect(checkAgainstRun(artifact, { ...run, runId: 98 })).toBe('the artifact names run 99, but it came from run 98');
    expect(checkAgainstRun(artifact, { ...run, pullRequests: [41] })).toBe('the artifact names pull request #42, but the run was for #41');
  });

  it('is refused when its shape is off or it carries anything more', () => {
    const bad = (patch: object) => parseArtifact(JSON.stringify({ ...artifact, ...patch }));
    expect(bad({ pr: -1 })).toMatchObject({ ok: false });
    expect(bad({ pr: '42' })).toMatchObject({ ok: false });
    expect(bad({ pr: 2 ** 53 })).toMatchObject({ ok: false });
    expect(bad({ headSha: 'HEAD' })).toMatchObject({ ok: false });
    expect(bad({ headSha: sha('C') })).toMatchObject({ ok: false });
    expect(bad({ runId: 0 })).toMatchObject({ ok: false });
    expect(bad({ version: 1 })).toMatchObject({ ok: false, reason: expect.stringContaining('same hubcast version') });
    expect(bad({ parts: ['x'] })).toEqual({ ok: false, reason: 'the artifact has fields a review artifact never has: "parts"' });
    expect(bad({ check: { conclusion: 'success' } })).toMatchObject({ ok: false });
    expect(parseArtifact('[]')).toEqual({ ok: false, reason: 'the artifact is not a JSON object' });
    expect(parseArtifact('{"pr": 4')).toEqual({ ok: false, reason: 'the artifact is not JSON' });
    expect(parseArtifact(text.replace('{', '{"__proto__": {"polluted": true},'))).toMatchObject({ ok: false, reason: expect.stringContaining('__proto__') });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
