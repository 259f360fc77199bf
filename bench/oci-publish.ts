// Publishing a per-cluster fleet as Flux OCI artifacts to a real registry on loopback (Debian's
// docker-registry): the first push, then a no-op re-push of the same commit (every artifact compared
// with the registry, nothing uploaded). Run alone with `node --import tsx bench/oci-publish.ts`.

import { OciRegistryClient } from '../src/adapters/oci-registry.ts';
import { fluxRevision } from '../src/deliver/oci-manifest.ts';
import { publishOci, type OciPublishOptions } from '../src/deliver/oci-publish.ts';
import { registryMissing, startRegistry } from '../test/helpers/oci-registry.ts';
import { renderFleet } from './diff-scenarios.ts';
import { generateFleet, SIZES, type FleetSize } from './fleet-generator.ts';

export interface OciRow {
  size: string;
  metric: string;
  value: string;
  target?: string;
  ok?: boolean;
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

export async function ociPublishRows(name: string, size: FleetSize, runs = 5): Promise<OciRow[]> {
  const missing = registryMissing();
  if (missing) return [{ size: name, metric: 'publish as OCI artifacts', value: `not measured: ${missing}` }];
  const tree = renderFleet(generateFleet(size)).tree;
  if (!tree) throw new Error('the fleet did not render');
  const registry = await startRegistry();
  try {
    const client = new OciRegistryClient(registry.host, { timeoutMs: 60_000 });
    const commit = 'b'.repeat(40);
    const opts: OciPublishOptions = {
      registry: registry.host,
      repository: 'bench/fleet',
      tag: 'latest',
      commit,
      dryRun: false,
      meta: { source: 'https://git.example.com/bench/fleet.git', revision: fluxRevision(commit, 'main'), created: '2026-11-01T00:00:00Z' },
    };
    let t = performance.now();
    const first = await publishOci(tree, client, opts);
    const firstMs = performance.now() - t;
    const pushed = first.artifacts.filter((a) => a.status === 'pushed');
    const bytes = first.artifacts.reduce((n, a) => n + a.uploaded, 0);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      const again = await publishOci(tree, client, opts);
      times.push(performance.now() - t);
      if (again.outcome !== 'unchanged') throw new Error(`a re-push of the same commit was ${again.outcome}`);
    }
    const noop = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    return [
      {
        size: name,
        metric: `publish as ${first.artifacts.length} OCI artifacts to a loopback registry, first push`,
        value: `${fmt(firstMs)} (${pushed.length} pushed, ${(bytes / 2 ** 20).toFixed(1)} MiB uploaded, ${tree.size} files)`,
      },
      { size: name, metric: 'the same, re-published unchanged (every artifact compared, nothing pushed)', value: fmt(noop), target: '< 1 s', ok: noop < 1000 },
    ];
  } finally {
    await registry.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await ociPublishRows('medium', SIZES.medium))
    console.log(`| ${row.size} | ${row.metric} | ${row.value} | ${row.target ?? ''} | ${row.ok === undefined ? '' : row.ok ? 'yes' : 'no'} |`);
}
