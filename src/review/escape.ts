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
