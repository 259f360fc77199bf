import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.ts';

function terminal(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (s: string) => writes.push(s) }, writes };
}

describe('the progress line', () => {
  it('stays quiet for the first second, then redraws one line per stage and erases it at the end', () => {
    const t = terminal(true);
    let clock = 0;
    const saved = process.env.CI;
    delete process.env.CI;
    try {
      const p = progressLine(t.stream, { now: () => clock });
      p.stage('load');
      clock = 1500;
      p.stage('render');
      clock = 2500;
      p.stage('write');
      p.done();
    } finally {
      if (saved !== undefined) process.env.CI = saved;
    }
    expect(t.writes).toEqual(['\r\u001b[2Khubcast: render… 1.5 s', '\r\u001b[2Khubcast: write… 2.5 s', '\r\u001b[2K']);
  });

  it('prints nothing when not a terminal, with --quiet, or on CI', () => {
    for (const [isTTY, quiet, ci] of [
      [false, false, undefined],
      [true, true, undefined],
      [true, false, 'true'],
    ] as const) {
      const t = terminal(isTTY);
      const saved = process.env.CI;
      if (ci) process.env.CI = ci;
      else delete process.env.CI;
      try {
        const p = progressLine(t.stream, { quiet, now: () => 5000, afterMs: 0 });
        p.stage('render');
        p.done();
      } finally {
        if (saved !== undefined) process.env.CI = saved;
        else delete process.env.CI;
      }
      expect(t.writes).toEqual([]);
    }
  });
});
