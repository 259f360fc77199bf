// Every string that comes from the repo (names, kinds, images, error messages) is untrusted when
// it goes into a PR comment or an HTML report: a crafted name must not open a tag, a link, a
// mention, an emoji, math or a code span, nor hide text with bidirectional controls.

/**
 * Bidi overrides/isolates and marks ("trojan source"), zero-width characters, line separators and
 * C0 controls other than tab and newline.
 */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u2028\u2029]/g;

/** Invisible and control characters made visible as <U+XXXX>, so a reviewer sees what is there. */
export function visible(s: string): string {
  return s.replace(HIDDEN, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/**
 * Markdown-significant characters (and `.` and `:`, which start autolinks) as numeric entities.
 * Safe in Markdown text, table cells, and the HTML of <summary>; newlines become spaces.
 */
const MD_SPECIAL = /[\\`*_{}[\]()<>#.!|~&@:$"'=^]/g;
export function mdText(s: string): string {
  return visible(s.replace(/\r?\n|\t/g, ' ')).replace(MD_SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
}

export function escapeHtml(s: string): string {
  return visible(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A fenced code block whose fence is longer than any backtick run inside, so the content cannot close it. */
export function codeFence(content: string, info = ''): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${visible(content)}\n${fence}`;
}

type LineKind = 'prose' | 'fence' | 'code';

/** Each line of Markdown as prose, a backtick fence line, or fenced code, the way GitHub reads fences. */
function lineKinds(lines: readonly string[]): { kinds: LineKind[]; unclosed: boolean } {
  const kinds: LineKind[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const open = /^ {0,3}(`{3,})[^`]*$/.exec(line);
    if (!fence && open) {
      fence = open[1];
      kinds.push('fence');
    } else if (fence && new RegExp(`^ {0,3}${fence}\`*\\s*$`).test(line)) {
      fence = undefined;
      kinds.push('fence');
    } else kinds.push(fence ? 'code' : 'prose');
  }
  return { kinds, unclosed: fence !== undefined };
}

/** Prose lines, and the contents of each fenced code block. */
export function splitFences(md: string): { prose: string[]; code: string[]; unclosed: boolean } {
  const lines = md.split('\n');
  const { kinds, unclosed } = lineKinds(lines);
  const prose: string[] = [];
  const code: string[] = [];
  let block: string[] | undefined;
  lines.forEach((line, i) => {
    if (kinds[i] === 'prose') prose.push(line);
    else if (kinds[i] === 'code') block!.push(line);
    else if (block) {
      code.push(block.join('\n'));
      block = undefined;
    } else block = [];
  });
  return { prose, code, unclosed };
}

/** `@name` outside code made inert (an entity), so a body from elsewhere cannot ping anyone. */
export function neutralizeMentions(md: string): string {
  const lines = md.split('\n');
  const { kinds } = lineKinds(lines);
  return lines.map((line, i) => (kinds[i] === 'prose' ? line.replace(/@/g, '&#64;') : line)).join('\n');
}
