#!/usr/bin/env node
// Live preview latency in Debian's Chromium: from a keystroke in the subject of the largest template to the
// preview iframe having loaded the re-rendered email, 100 keystrokes; against a baseline page that only
// mirrors a textarea into an iframe (the browser's own cost of a keystroke and an iframe reload).
// Usage: node scripts/preview-bench.mjs <base-url> <email> <password>  → prints one JSON line.
import { chromium } from 'playwright-core';

const [baseUrl, email, password] = process.argv.slice(2);
const KEYSTROKES = Number(process.env.PREVIEW_KEYSTROKES ?? 100);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});

const INSTRUMENT = () => {
  const frame = document.querySelector('iframe');
  window.__latencies = [];
  let started = 0;
  document.addEventListener('keydown', () => (started = performance.now()), true);
  // The frame fires load once it has parsed the new srcdoc: the preview the user sees is up to date.
  frame.addEventListener('load', () => {
    if (started) window.__latencies.push(performance.now() - started);
    started = 0;
  });
};

async function measure(page, field) {
  await page.evaluate(INSTRUMENT);
  await field.click();
  await page.keyboard.press('End');
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await page.waitForFunction((n) => window.__latencies.length > n, i, { timeout: 10_000 });
  }
  const latencies = (await page.evaluate(() => window.__latencies)).sort((a, b) => a - b);
  const at = (q) =>
    Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1));
  return { keystrokes: latencies.length, medianMs: at(0.5), p95Ms: at(0.95) };
}

try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(/email/i).first().fill(email);
  await page
    .getByLabel(/password/i)
    .first()
    .fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  // The insights digest is the largest template (a list of insights, footer, layout).
  await page.goto(`${baseUrl}/settings/email/templates?key=insights_digest&locale=EN`);
  await page.getByTestId('template-preview').waitFor();
  const app = await measure(page, page.getByRole('textbox', { name: 'Subject' }));
  const htmlBytes = await page.getByTestId('template-preview').evaluate((f) => f.srcdoc.length);

  const baselinePage = await context.newPage();
  await baselinePage.setContent(
    '<textarea aria-label="text"></textarea><iframe sandbox=""></iframe><script>const t=document.querySelector("textarea"),f=document.querySelector("iframe");t.addEventListener("input",()=>{f.srcdoc="<p>"+t.value+"</p>"})</script>',
  );
  const baseline = await measure(baselinePage, baselinePage.getByLabel('text'));
  process.stdout.write(
    `${JSON.stringify({ template: 'insights_digest', htmlBytes, app, baseline, ratio: Number((app.medianMs / baseline.medianMs).toFixed(1)) })}\n`,
  );
} finally {
  await browser.close();
}
