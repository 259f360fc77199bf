// The sticky PR comment, planned as data: which comments to edit, create and delete so the PR
// holds exactly one generation of the report (one comment, or parts 1..N). Ours are found by a
// hidden marker naming the key and the pull request, AND the bot's identity, AND GitHub's own
// record of which issue the comment is on, so nobody else's comment is ever touched. Earlier
// generations are kept collapsed inside part 1 (their head commit and counts), not as new comments.
// The GitHub adapter executes the plan; nothing here does I/O.

import { neutralizeMentions } from './escape.ts';
import type { Counts } from './model.ts';

export interface ExistingComment {
  id: number;
  body?: string | null;
  user?: { id?: number; login?: string } | null;
  /** The API's issue_url (`.../issues/<number>`): which pull request the comment is on. */
  issueUrl?: string;
}

/** The identity comments are posted as (e.g. github-actions[bot], id 41898282). */
export interface BotIdentity {
  id?: number;
  login: string;
}

export interface Generation extends Counts {
  /** Head commit this generation rendered. */
  sha: string;
}

export interface CommentRequest {
  /** The pull request the comments are on. */
  pr: number;
  /** Tells several hubcast reviews in one repository apart (e.g. one per spec folder). */
  key: string;
  /** The report, one body per part (markdownReport(...).parts). */
  parts: readonly string[];
  generation: Generation;
}

export type CommentAction = { op: 'update'; id: number; body: string } | { op: 'create'; body: string } | { op: 'delete'; id: number };

/** GitHub rejects longer comment bodies. */
export const COMMENT_LIMIT = 65_536;
const HISTORY_KEPT = 10;
const KEY = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const SHA = /^[0-9a-f]{7,64}$/;

export function isValidKey(key: string): boolean {
  return KEY.test(key);
}

function marker(key: string, pr: number, part: number, total: number): string {
  return `<!-- hubcast:diff key=${key} pr=${pr} part=${part}/${total} -->`;
}

// `pr=` is absent from the markers of hubcast 0.1, which are still recognised (and rewritten).
const MARKER = /^<!-- hubcast:diff key=([a-z0-9._-]+)(?: pr=(\d+))? part=(\d+)\/(\d+) -->/;
// The last line of part 1, where only planComments writes it: a line the report quotes (a diff line
// inside a code block) can never be read as the state.
const STATE = /\n<!-- hubcast:state (\{[^\n]*\}) -->$/;

function isBot(c: ExistingComment, bot: BotIdentity): boolean {
  if (!c.user) return false;
  if (bot.id !== undefined && c.user.id !== undefined) return c.user.id === bot.id;
  return (c.user.login ?? '').toLowerCase() === bot.login.toLowerCase();
}

function onPullRequest(c: ExistingComment, pr: number): boolean {
  return c.issueUrl === undefined || c.issueUrl.endsWith(`/issues/${pr}`);
}

function validGeneration(g: unknown): g is Generation {
  const x = g as Generation;
  return !!x && typeof x.sha === 'string' && SHA.test(x.sha) && [x.added, x.changed, x.removed].every((n) => Number.isSafeInteger(n) && n >= 0);
}

/** The generations recorded in an earlier part 1 (its own, then the ones before it), newest first. */
export function generationsIn(body: string): Generation[] {
  const m = STATE.exec(body);
  if (!m) return [];
  try {
    const state = JSON.parse(m[1]) as { current?: unknown; earlier?: unknown[] };
    return [state.current, ...(Array.isArray(state.earlier) ? state.earlier : [])]
      .filter(validGeneration)
      .map((g) => ({ sha: g.sha, added: g.added, changed: g.changed, removed: g.removed }));
  } catch {
    return [];
  }
}

function historyBlock(earlier: readonly Generation[]): string {
  if (!earlier.length) return '';
  const rows = earlier.map((g) => `- <code>${g.sha.slice(0, 12)}</code>: +${g.added} ~${g.changed} -${g.removed}`);
  return `\n\n<details><summary>Earlier renders of this pull request (${earlier.length})</summary>\n\n${rows.join('\n')}\n\n</details>`;
}

function partBody(req: CommentRequest, i: number, earlier: readonly Generation[]): string {
  const total = req.parts.length;
  // Our renderer never writes a live @mention outside code; this is the second line of defence.
  const body = `${marker(req.key, req.pr, i + 1, total)}\n${neutralizeMentions(req.parts[i])}`;
  if (i > 0) return body;
  const state = `\n<!-- hubcast:state ${JSON.stringify({ current: req.generation, earlier })} -->`;
  const withHistory = `${body}${historyBlock(earlier)}${state}`;
  return withHistory.length <= COMMENT_LIMIT ? withHistory : `${body}${state}`;
}

export function planComments(req: CommentRequest, existing: readonly ExistingComment[], bot: BotIdentity): CommentAction[] {
  if (!isValidKey(req.key)) throw new Error(`comment key "${req.key}" must match ${KEY.source}`);
  if (!SHA.test(req.generation.sha)) throw new Error('generation.sha must be a commit id');
  if (!Number.isSafeInteger(req.pr) || req.pr <= 0) throw new Error('pr must be a pull request number');
  const ours = new Map<number, ExistingComment[]>();
  for (const c of [...existing].sort((a, b) => a.id - b.id)) {
    const m = MARKER.exec(c.body ?? '');
    if (!m || m[1] !== req.key || !isBot(c, bot)) continue;
    // Bound to this pull request twice: by what the marker says and by where GitHub says the comment is.
    if ((m[2] !== undefined && Number(m[2]) !== req.pr) || !onPullRequest(c, req.pr)) continue;
    const part = Number(m[3]);
    ours.set(part, [...(ours.get(part) ?? []), c]);
  }
  // History: what the previous part 1 recorded, plus that generation itself, unless this is a re-run of it.
  const previous = generationsIn(ours.get(1)?.[0]?.body ?? '');
  const earlier = previous.filter((g) => g.sha !== req.generation.sha).slice(0, HISTORY_KEPT);

  const actions: CommentAction[] = [];
  req.parts.forEach((_, i) => {
    const body = partBody(req, i, earlier);
    const [keep, ...duplicates] = ours.get(i + 1) ?? [];
    if (!keep) actions.push({ op: 'create', body });
    else if (keep.body !== body) actions.push({ op: 'update', id: keep.id, body });
    for (const d of duplicates) actions.push({ op: 'delete', id: d.id });
  });
  // Parts beyond this run's count are left over from a larger earlier report.
  for (const [part, comments] of ours) if (part > req.parts.length) for (const c of comments) actions.push({ op: 'delete', id: c.id });
  return actions;
}
