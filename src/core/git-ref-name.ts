// git check-ref-format's rules for a branch name (git-check-ref-format(1)), so a bad
// `generatedBranch` is an error in hubcast.yaml rather than a failed push.

/** Why `branch` is not a valid branch name, or undefined. */
export function refNameProblem(branch: string): string | undefined {
  if (branch.length === 0) return 'is empty';
  if (branch === '@') return 'is "@"';
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(branch)) return 'contains a space, a control character or one of ~ ^ : ? * [ \\';
  if (branch.startsWith('/') || branch.endsWith('/')) return 'starts or ends with "/"';
  if (branch.includes('//')) return 'contains "//"';
  if (branch.includes('..')) return 'contains ".."';
  if (branch.includes('@{')) return 'contains "@{"';
  if (branch.endsWith('.')) return 'ends with "."';
  if (branch.startsWith('-')) return 'starts with "-"';
  for (const part of branch.split('/')) {
    if (part.startsWith('.')) return `has a part starting with "." (${part})`;
    if (part.endsWith('.lock')) return `has a part ending in ".lock" (${part})`;
  }
  return undefined;
}
