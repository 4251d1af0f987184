// Debian's Chromium (apt-get install chromium) driven by playwright-core: npm's browser download does not work
// here, so playwright-core runs the system browser, headless, with the flags that keep it off the network.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A fresh browser profile: {context, close}. Every request of every page is recorded in requests, and console
 * errors and uncaught page errors in problems.
 */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'explorer-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: flags,
    viewport,
    reducedMotion: 'no-preference',
  });
  const requests = [];
  const problems = [];
  context.on('request', (request) => requests.push(request.url()));
  const observe = (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  };
  context.pages().forEach(observe);
  context.on('page', observe);
  return {
    context,
    requests,
    problems,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A page, with the explorer's "view is drawn" signal to wait for. */
export async function openPage(browser, url) {
  const page = browser.context.pages()[0] ?? await browser.context.newPage();
  await page.goto(url);
  await waitForView(page);
  return page;
}

export async function waitForView(page) {
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
}

/** The canvas's nodes (with positions) and edges, as the page reports them. */
export function snapshot(page) {
  return page.evaluate(() => window.apatorsenExplorer.snapshot());
}
