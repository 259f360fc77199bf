// Renders inside the spec repository are output, not specs: a folder that holds one is skipped whole,
// so its kustomization.yaml, ManifestWorks and rendered Placements are never read as input.

/** Written by `hubcast render` in every output folder (not part of the rendered tree itself). */
export const RENDER_MARKER = '.hubcast-render';

const LOCK = 'hubcast.lock.json';
const KUSTOMIZATION = 'kustomization.yaml';

/**
 * Whether a folder holding these file names is a hubcast render: its marker, or the lock beside a
 * kustomization.yaml (renders made before the marker, and checkouts of the generated branch).
 */
export function isRenderRoot(names: ReadonlySet<string>): boolean {
  return names.has(RENDER_MARKER) || (names.has(LOCK) && names.has(KUSTOMIZATION));
}

/**
 * The render roots among repo-relative file paths (a listing from git), outermost only, sorted. The
 * repository's own root is never one: it is what the user asked to read.
 */
export function renderRootsOf(paths: readonly string[]): string[] {
  const byDir = new Map<string, Set<string>>();
  for (const p of paths) {
    const slash = p.lastIndexOf('/');
    if (slash < 0) continue;
    const dir = p.slice(0, slash);
    let names = byDir.get(dir);
    if (!names) byDir.set(dir, (names = new Set()));
    names.add(p.slice(slash + 1));
  }
  const roots = [...byDir]
    .filter(([, names]) => isRenderRoot(names))
    .map(([dir]) => dir)
    .sort();
  return roots.filter((r) => !roots.some((o) => o !== r && r.startsWith(`${o}/`)));
}

/** The exclude glob for a render root. */
export const renderRootExclude = (root: string): string => `${root}/**`;
