import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1366, height: 768 } as const;
const SCREENSHOTS = path.resolve('e2e/screenshots');

/** Debian's Chromium, headless, with the flags this sandbox needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Every Content-Security-Policy violation any device reported; the checks below expect none. */
export const cspViolations: string[] = [];
/** Every uncaught exception in any page (a crash that may leave a blank page); expected: none. */
export const pageErrors: string[] = [];

/** What a new device starts with: the cookies and local storage of another, as `BrowserContext.storageState()` gives them. */
export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** A separate browser (own storage, own cookies): one person's device, or another window of theirs. */
export async function newDevice(browser: Browser, viewport: { width: number; height: number }, locale = 'da-DK', storageState?: StorageState): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale, deviceScaleFactor: 1, hasTouch: viewport.width < 500, ...(storageState ? { storageState } : {}) });
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  context.on('weberror', (error) => pageErrors.push(`${error.page()?.url() ?? '?'}: ${error.error().message}`));
  return context;
}

/**
 * Waits for the page's finite CSS animations and transitions to end (a note fading in on the
 * board), so axe does not measure a colour half-way through and screenshots show the end state.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * After a failed test: a screenshot of every page still open on every device, named after the
 * test, so the state the journey stopped in can be looked at (no animations awaited: a page may be
 * stuck).
 */
export async function screenshotEveryPage(browser: Browser, testName: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const slug = testName.toLowerCase().replace(/[^a-z0-9æøå]+/g, '-').slice(0, 60);
  for (const [c, context] of browser.contexts().entries()) {
    for (const [p, page] of context.pages().entries()) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `failed-${slug}-${c}-${p}.png`), fullPage: true, timeout: 5_000 }).catch(() => undefined);
    }
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await settleAnimations(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * axe-core on the page as it is now (WCAG 2.1 A and AA rules); fails the test on any violation,
 * and on any CSP violation or uncaught page error so far on any device.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  await settleAnimations(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
  // The same moment is a good one to check the page ran within its Content-Security-Policy, and
  // that no page has thrown.
  expect(cspViolations, `CSP violations up to ${where}`).toEqual([]);
  expect(pageErrors, `uncaught page errors up to ${where}`).toEqual([]);
}
