import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium (`.ci/run` installs it); playwright's own browser download is never used. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  page: Page;
  /** Every URL the page requested, to prove nothing left the machine. */
  requests: string[];
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile (so GraphiQL has no saved tabs) and no background traffic. */
export async function openBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (Debian), or set CHROMIUM_PATH`);
  const profile = mkdtempSync(join(tmpdir(), 'gateway-e2e-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    // The tests paste into the editors as people do.
    permissions: ['clipboard-read', 'clipboard-write'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return {
    page,
    requests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The text of a Monaco editor as shown. Monaco renders only visible lines and reuses their
 * elements, so lines are put back in order by their position; spaces are rendered as U+00A0.
 */
export async function editorText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('.view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => line.textContent ?? '')
      .join('\n')
      .replaceAll('\u00a0', ' '),
  );
}
