import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** WCAG 2.0 and 2.1, levels A and AA: what the issue asks every page to meet. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

export type Finding = { page: string; rule: string; impact: string; help: string; targets: string[] };

/**
 * Runs axe on the page as it is now. Serious and critical violations come back as findings (the
 * suite fails on them, after auditing every page so one run shows them all); the milder ones are
 * printed as information.
 */
export async function auditPage(page: Page, name: string, exclude: string[] = []): Promise<Finding[]> {
  // Excluded: the email frames (template preview, mailbox message). They are `sandbox=""` on
  // purpose, so no script runs in them, axe's neither, and @axe-core/playwright waits for one
  // forever. Their title (the one thing axe checks on the frame element) is checked below instead,
  // and their content, the email HTML, by `auditEmailHtml`.
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude(SANDBOXED_FRAME);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const findings = toFindings(name, violations);
  const untitled = await page
    .locator(SANDBOXED_FRAME)
    .evaluateAll((frames) =>
      frames
        .filter((frame) => !frame.getAttribute('title')?.trim())
        .map((frame) => frame.outerHTML.slice(0, 80)),
    );
  if (untitled.length) {
    findings.push({
      page: name,
      rule: 'frame-title',
      impact: 'serious',
      help: 'Frames must have a title',
      targets: untitled,
    });
  }
  report(findings);
  return findings.filter((f) => BLOCKING.has(f.impact));
}

/**
 * The email HTML of a sandboxed frame, audited on a page of its own where axe can run. Information
 * only: the email layout lives in packages/shared/src/render and is not this suite's to change.
 */
export async function auditEmailHtml(page: Page, name: string) {
  const html = await page.locator(SANDBOXED_FRAME).first().getAttribute('srcdoc');
  const scratch = await page.context().newPage();
  try {
    await scratch.setContent(html ?? '', { waitUntil: 'load' });
    const { violations } = await new AxeBuilder({ page: scratch }).withTags(WCAG_TAGS).analyze();
    const findings = toFindings(`${name} (email HTML)`, violations);
    report(findings, true);
    return findings;
  } finally {
    await scratch.close();
  }
}

const SANDBOXED_FRAME = 'iframe[sandbox]';

// axe-core's own types are not a direct dependency of the web app; take them from the builder.
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function toFindings(name: string, violations: Violation[]): Finding[] {
  return violations.map((violation) => ({
    page: name,
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    // Where, and for contrast the colours: enough to find and fix it without rerunning.
    targets: violation.nodes
      .slice(0, 8)
      .map((node) => `${node.target.join(' ')} ${node.html.slice(0, 120)} ${node.any[0]?.message ?? ''}`),
  }));
}

function report(findings: Finding[], all = false) {
  for (const finding of findings.filter((f) => all || !BLOCKING.has(f.impact))) {
    console.info(
      `[axe info] ${finding.page}: ${finding.rule} (${finding.impact}) ${finding.targets.join(', ')}`,
    );
  }
}

/** What has the keyboard focus: its role-ish tag, accessible-ish name and a test id when present. */
export function describeFocus(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return { tag: '', name: '', testId: '' };
    const labelled = element.getAttribute('aria-labelledby');
    const name =
      element.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent ??
      '';
    return { tag: element.tagName.toLowerCase(), name: name.trim(), testId: element.dataset.testid ?? '' };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would walk the
 * page; fails when it is not reached within `limit` steps, i.e. it is not in the tab order.
 */
export async function tabTo(
  page: Page,
  matches: (focus: { tag: string; name: string; testId: string }) => boolean,
  options: { backwards?: boolean; limit?: number } = {},
) {
  const seen: string[] = [];
  for (let step = 0; step < (options.limit ?? 60); step++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const focus = await describeFocus(page);
    if (matches(focus)) return focus;
    seen.push(`${focus.tag}:${focus.name.slice(0, 40)}`);
  }
  throw new Error(`Not reached by keyboard; the focus went through:\n${seen.join('\n')}`);
}

/** The focused element draws a ring: an outline or a box shadow, as :focus-visible gives it. */
export async function expectVisibleFocus(locator: Locator) {
  const style = await locator.evaluate((element) => {
    const computed = getComputedStyle(element);
    return {
      focusVisible: element.matches(':focus-visible'),
      outline: `${computed.outlineStyle} ${computed.outlineWidth}`,
      boxShadow: computed.boxShadow,
    };
  });
  expect(style.focusVisible).toBe(true);
  const outlined = !style.outline.startsWith('none') && !style.outline.endsWith(' 0px');
  expect(outlined || style.boxShadow !== 'none', JSON.stringify(style)).toBe(true);
}
