import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium (or CHROMIUM_PATH), driven by playwright-core. The flags keep a headless Chromium from
 * reaching for the network, which this machine does not have.
 */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}. Install Debian's: sudo apt-get install chromium fonts-noto-cjk (or run bash .ci/run), or point CHROMIUM_PATH at a Chrome or Chromium.`);
  }
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface OpenOptions {
  width: number;
  javaScriptEnabled?: boolean;
  colorScheme?: 'light' | 'dark';
  hasTouch?: boolean;
}

/** A page in a fresh context, collecting console errors and warnings, page errors and failed requests. */
export async function openPage(browser: Browser, url: string, options: OpenOptions): Promise<{ page: Page; problems: string[]; status: number | undefined }> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.hasTouch ?? false,
    isMobile: options.hasTouch ?? false,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
  const response = await page.goto(url);
  return { page, problems, status: response?.status() };
}
