// The HTML report opened in headless Chromium: what a person sees, the filter at work, and that
// it is one self-contained file that asks for nothing over the network.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlReport } from '../../src/review/html-report.ts';
import type { ChangeSet } from '../../src/review/model.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { edit, exampleFiles, review } from '../helpers/review.ts';
import { hostileChangeSet } from './hostile.ts';

describe('HTML report in Chromium', { timeout: 90_000 }, () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-html-'));
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the report from a file; every request other than the file itself is recorded. */
  async function open(cs: ChangeSet, name: string): Promise<{ page: Page; requests: string[] }> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, htmlReport(cs));
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url() !== pathToFileURL(file).href) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href);
    return { page, requests };
  }

  const fleet = exampleFiles('fleet');
  const head = edit(edit(fleet, 'shop/deployments.yaml', 'imageTag: 2.1.0\n', 'imageTag: 2.2.0\n'), 'shop/variables.yaml', 'value: warn', 'value: error');

  it('shows the headline, the tables and every changed object, and takes a screenshot', async () => {
    const { page, requests } = await open(review(fleet, head), 'fleet');
    expect(await page.locator('.headline').innerText()).toBe('+0 ~3 -0 objects across 2 placements / 2 workloads');
    expect(await page.locator('#shown').innerText()).toBe('3 of 3 objects shown');
    expect(await page.locator('h2').allInnerTexts()).toEqual(['Changes by placement and workload', 'Images']);
    await expect(page.locator('.object summary').allInnerTexts()).resolves.toEqual([
      '~ Deployment shop/cart-sync +1 -1',
      '~ Deployment shop/web +2 -2',
      '~ Deployment shop-eu/web +1 -1',
    ]);
    // The diff lines are coloured as a reviewer expects: additions green, deletions red.
    const colours = await page
      .locator('pre.diff .add')
      .first()
      .evaluate((e) => (globalThis as unknown as { getComputedStyle(x: unknown): { color: string } }).getComputedStyle(e).color);
    expect(colours).toBe('rgb(26, 127, 55)');
    const png = await page.screenshot({ fullPage: true, path: join(dir, 'fleet.png') });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200); // width from the IHDR chunk
    expect(png.length).toBeGreaterThan(20_000);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('filters the tree as you type and by status, hiding empty branches', async () => {
    const { page } = await open(review(fleet, head), 'filter');
    await page.fill('#filter', 'cart-sync');
    expect(await page.locator('#shown').innerText()).toBe('1 of 3 objects shown');
    expect(await page.locator('.object:visible summary').allInnerTexts()).toEqual(['~ Deployment shop/cart-sync +1 -1']);
    expect(await page.locator('details.target:visible').count()).toBe(1);

    await page.fill('#filter', 'shop-eu web');
    expect(await page.locator('.object:visible summary').allInnerTexts()).toEqual(['~ Deployment shop-eu/web +1 -1']);

    await page.fill('#filter', '');
    await page.uncheck('input.status[value="changed"]');
    expect(await page.locator('#shown').innerText()).toBe('0 of 3 objects shown');
    expect(await page.locator('details.target:visible').count()).toBe(0);
    await page.close();
  });

  it('shows hostile names as text: no element, no script, no request', async () => {
    const { page, requests } = await open(hostileChangeSet(), 'hostile');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1); // ours
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('body').innerText()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.locator('body').innerText()).toContain('admin<U+202E>txt.exe<U+200B>');
    expect(requests).toEqual([]);
    await page.close();
  });
});
