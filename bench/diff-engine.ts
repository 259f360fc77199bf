// `node --import tsx bench/diff-engine.ts [small|medium] [--runs N] [--fingerprint]`: the diff
// engine alone, for iterating on it. Renders both sides once, then times `diffSides` (and, as
// bench/run.ts counts it, `sideFromPipeline` of both sides + `diffSides`), median of N runs.
// --fingerprint prints a hash of every report format, to check that output stays byte-identical.

import { createHash } from 'node:crypto';
import { stableJson } from '../src/core/stable-json.ts';
import { diffText } from '../src/app/diff-text.ts';
import { diffSides } from '../src/review/change-set.ts';
import { htmlReport } from '../src/review/html-report.ts';
import { ignoreRules } from '../src/review/ignore-config.ts';
import { jobSummaryReport, markdownReport } from '../src/review/markdown-report.ts';
import { totalChanges } from '../src/review/model.ts';
import { sideFromPipeline } from '../src/review/side.ts';
import { DIFF_CHANGES, renderFleet } from './diff-scenarios.ts';
import { generateFleet, SIZES } from './fleet-generator.ts';

const args = process.argv.slice(2);
const size = SIZES[args.find((a) => a in SIZES) ?? 'medium'];
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const fingerprint = args.includes('--fingerprint');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const { rules } = ignoreRules({ flags: [], noDefaults: false });
const opts = { context: 3, ignore: rules };
const base = renderFleet(generateFleet(size));
for (const [label, change] of DIFF_CHANGES) {
  const head = renderFleet(generateFleet(size, 42, change));
  const sb = sideFromPipeline(base, { side: 'base', label: 'base' });
  const sh = sideFromPipeline(head, { side: 'head', label: 'head' });
  const engine: number[] = [];
  const withSides: number[] = [];
  let cs = diffSides(sb, sh, opts);
  // Interleaved, so a noisy neighbour hurts both figures alike.
  for (let i = 0; i < runs; i++) {
    engine.push(timed(() => (cs = diffSides(sb, sh, opts))));
    withSides.push(
      timed(() => diffSides(sideFromPipeline(base, { side: 'base', label: 'base' }), sideFromPipeline(head, { side: 'head', label: 'head' }), opts)),
    );
  }
  const line = [
    `${label} (${totalChanges(cs.totals)} objects changed):`,
    `diffSides ${median(engine).toFixed(0)} ms,`,
    `sides + diffSides ${median(withSides).toFixed(0)} ms`,
  ];
  if (fingerprint) {
    const io = { color: false } as Parameters<typeof diffText>[1];
    const h = createHash('sha256');
    for (const text of [stableJson(cs), htmlReport(cs), markdownReport(cs).parts.join('\n'), jobSummaryReport(cs), diffText(cs, io)])
      h.update(text).update('\0');
    line.push(`fingerprint ${h.digest('hex').slice(0, 16)}`);
  }
  console.log(line.join(' '));
}
