import {
  getSampleData,
  LOCALES,
  renderEmail,
  TEMPLATE_KEYS,
  type TemplateData,
  TemplateRenderError,
} from '@ametrika/shared';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../config/config.js';
import type { RenderBatchCommon } from './render-batch.js';
import { defaultRenderThreads, parseRenderPoolOptions, RenderPool, renderWorkerFile } from './render-pool.js';
import { renderOrThrow } from './template-errors.js';

/** What renderEmail says on the main thread: the email, or the problems of its TemplateRenderError. */
function onMainThread(common: RenderBatchCommon, data: TemplateData | null) {
  try {
    return { ok: true, email: renderEmail({ ...common, data }) };
  } catch (error) {
    if (error instanceof TemplateRenderError) return { ok: false, problems: error.problems };
    throw error;
  }
}

const digest = (extra: TemplateData = {}): TemplateData => ({
  ...getSampleData('insights_digest', 'EN'),
  ...extra,
});

describe('the render pool', () => {
  const pools: RenderPool[] = [];
  const pool = (threads: number, niceness = 0) => {
    const created = new RenderPool({ threads, idleTimeoutMs: 5_000, niceness });
    pools.push(created);
    return created;
  };
  afterAll(async () => {
    for (const p of pools) await p.close();
  });

  it('loads the compiled worker, also when the tests run the TypeScript sources', () => {
    expect(import.meta.url).toMatch(/\.ts$/);
    expect(renderWorkerFile()).toMatch(/apps\/api\/dist\/modules\/templates\/render-worker\.js$/);
  });

  it.runIf(process.platform === 'linux')(
    'renders at a lower CPU priority than the event loop where the process also sends',
    async () => {
      /** The nice value of each thread of this process, from /proc (field 19 of stat). */
      const niceOfThreads = () =>
        readdirSync('/proc/self/task').map((tid) => {
          const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
        });
      const before = niceOfThreads().filter((nice) => nice === 10).length;
      await pool(1, 0).renderMany({ key: 'insights_digest', locale: 'EN' }, [digest()]);
      expect(niceOfThreads().filter((nice) => nice === 10).length).toBe(before);
      await pool(1, 10).renderMany({ key: 'insights_digest', locale: 'EN' }, [digest()]);
      expect(niceOfThreads().filter((nice) => nice === 10).length).toBe(before + 1);
      const main = readFileSync('/proc/thread-self/stat', 'utf8');
      expect(main.slice(main.lastIndexOf(')') + 2).split(' ')[16]).toBe('0');
    },
  );

  it('renders every template and locale on its threads byte for byte as renderEmail on the main thread', async () => {
    const threads = pool(2);
    for (const key of TEMPLATE_KEYS) {
      for (const locale of LOCALES) {
        const common: RenderBatchCommon = {
          key,
          locale,
          accountName: 'Nordlicht <GmbH> & Co',
          footerBody: '<p>{{ account_name }} · <a href="{{ unsubscribe_url }}">Unsubscribe</a></p>',
        };
        const data = [
          null,
          getSampleData(key, locale),
          { ...getSampleData(key, locale), recipient_email: 'a+b@example.com', user_name: 'Ünïcødé <b>' },
        ];
        const outcomes = await threads.renderMany(common, data);
        expect(outcomes).toEqual(data.map((d) => onMainThread(common, d)));
        const single = await threads.render({ ...common, data: data[2] });
        expect(single).toEqual(renderEmail({ ...common, data: data[2] }));
      }
    }
    expect(threads.activeThreads).toBeGreaterThan(0);
  });

  it('returns the same bytes for data that needs converting: dates, javascript: links, deep lists, functions', async () => {
    const common: RenderBatchCommon = { key: 'insights_digest', locale: 'DE', accountName: 'Demo' };
    const tricky: TemplateData[] = [
      digest({ period_label: new Date('2025-03-09T10:00:00Z') }),
      digest({ dashboard_url: 'java\tscript:alert(1)' }),
      digest({
        insights: Array.from({ length: 1200 }, (_, i) => ({
          metric: `m${i}`,
          direction: i % 2 ? 'up' : 'down',
          change: `${i}%`,
          value: String(i),
          url: `https://example.com/${i}`,
        })),
      }),
      digest({ user_name: undefined, extra: { deep: { er: { and: { deeper: { still: [1] } } } } } }),
      // A function cannot be copied to a thread: that email renders on the main thread instead.
      digest({ user_name: () => 'x' }),
    ];
    const outcomes = await pool(1).renderMany(common, tricky);
    expect(outcomes).toEqual(tricky.map((d) => onMainThread(common, d)));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true]);
  });

  it("returns one recipient's render problems intact while the others render", async () => {
    const common: RenderBatchCommon = { key: 'insights_digest', locale: 'EN', accountName: 'Demo' };
    const data = Array.from({ length: 60 }, (_, i) => digest({ recipient_email: `r${i}@example.com` }));
    const { period_label: _dropped, ...withoutPeriod } = digest();
    data[37] = withoutPeriod;
    const outcomes = await pool(2).renderMany(common, data);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(59);
    const failed = outcomes[37];
    if (failed.ok) throw new Error('expected problems');
    let mainThread: TemplateRenderError | undefined;
    try {
      renderEmail({ ...common, data: withoutPeriod });
    } catch (error) {
      mainThread = error as TemplateRenderError;
    }
    expect(failed.problems).toEqual(mainThread?.problems);
    expect(failed.problems[0]).toMatchObject({ field: 'subject', code: 'MISSING_VALUE', line: 1 });
  });

  it('throws a TemplateRenderError with its problems from a thread, which renderOrThrow-style callers report', async () => {
    const input = { key: 'insights_digest' as const, locale: 'EN' as const, data: {}, body: '{{ nope' };
    const thrown = await pool(1)
      .render(input)
      .catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(TemplateRenderError);
    let expected: unknown;
    try {
      renderOrThrow(input);
    } catch (error) {
      expected = error;
    }
    expect((thrown as TemplateRenderError).problems).toEqual(
      (expected as { extra: { problems: unknown } }).extra.problems,
    );
    expect((thrown as TemplateRenderError).problems.map((p) => p.field)).toContain('body');
  });

  it('with RENDER_THREADS=0 renders on the main thread, with the same results and no thread', async () => {
    const main = pool(0);
    const common: RenderBatchCommon = { key: 'welcome', locale: 'EN', accountName: 'Demo' };
    const data = [getSampleData('welcome', 'EN'), {}];
    expect(await main.renderMany(common, data)).toEqual(data.map((d) => onMainThread(common, d)));
    expect(main.activeThreads).toBe(0);
  });

  it('starts no thread before the first render, lets idle threads go, and ends them on close', async () => {
    const idle = new RenderPool({ threads: 1, idleTimeoutMs: 50, niceness: 0 });
    expect(idle.activeThreads).toBe(0);
    await idle.renderMany({ key: 'welcome', locale: 'EN' }, [null]);
    expect(idle.activeThreads).toBe(1);
    await expect.poll(() => idle.activeThreads, { timeout: 5_000 }).toBe(0);

    const closing = new RenderPool({ threads: 2, idleTimeoutMs: 60_000, niceness: 0 });
    const inFlight = closing.renderMany({ key: 'welcome', locale: 'EN' }, Array(40).fill(null));
    await closing.close();
    expect((await inFlight).every((o) => o.ok)).toBe(true); // close waited for the renders in flight
    expect(closing.activeThreads).toBe(0);
    await expect(closing.renderMany({ key: 'welcome', locale: 'EN' }, [null])).rejects.toThrow(/closed/);
  });

  it('reads RENDER_THREADS: unset is cores minus one (at least 1), 0 is the main thread, nonsense names the variable', () => {
    expect(parseRenderPoolOptions({}).threads).toBe(defaultRenderThreads());
    // Background priority only where this process also sends; an API that renders for standalone
    // workers would otherwise hold back the work they wait for.
    expect(parseRenderPoolOptions({}).niceness).toBe(10);
    expect(parseRenderPoolOptions({}, { sendsHere: false }).niceness).toBe(0);
    expect(defaultRenderThreads()).toBeGreaterThanOrEqual(1);
    expect(parseRenderPoolOptions({ RENDER_THREADS: '0' }).threads).toBe(0);
    expect(parseRenderPoolOptions({ RENDER_THREADS: ' 3 ' }).threads).toBe(3);
    for (const bad of ['-1', 'many', '1.5', '1000']) {
      expect(() => parseRenderPoolOptions({ RENDER_THREADS: bad })).toThrow(ConfigError);
      expect(() => parseRenderPoolOptions({ RENDER_THREADS: bad })).toThrow(/RENDER_THREADS must be/);
    }
  });
});
