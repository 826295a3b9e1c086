// biome-ignore lint/suspicious/noExplicitAny: the report reads bench-results JSON of several shapes; a missing figure prints as —.
type Json = Record<string, any>;

const n = (v: unknown, digits = 0) => (typeof v === 'number' ? v.toFixed(digits) : '—');
const row = (cells: unknown[]) => `| ${cells.map((c) => String(c ?? '—')).join(' | ')} |`;

/** BENCHMARKS.md from one run's results: every figure beside the baseline it was measured against. */
export function renderBenchmarksMarkdown(r: Json): string {
  const out: string[] = [
    '# Benchmarks',
    '',
    `Measured ${r.date} on ${r.machine}. Every figure is a ratio against a baseline measured in the same run,`,
    'on the same machine, so the ratios travel better than the absolute numbers. This machine has 2 cores,',
    'shared by the load generator, the server, the SMTP sink and PostgreSQL.',
    '',
    'Rerun: `pnpm build && pnpm bench` (PostgreSQL parts need `BENCH_DATABASE_URL` or `TEST_DATABASE_URL`, a',
    'server where the benchmark may create databases; `BENCH_ONLY=delivery,reads,cold,spa,preview` picks',
    'sections). Raw figures: `apps/api/bench-results/all.json`.',
    '',
  ];
  const d = r.delivery as Json | undefined;
  if (d) {
    out.push(
      `## Delivery throughput (${d.messages} insights digests, concurrency ${d.concurrency})`,
      '',
      `Baseline: plain pooled nodemailer sending the same pre-rendered messages to the same local sink: **${n(d.plainNodemailer?.perSecond)} msg/s** on average (runs: ${(d.plainNodemailer?.runs ?? []).map((x: number) => n(x)).join(', ')} msg/s; ${n(d.plainNodemailer?.cpuMsPerMessage, 2)} ms of CPU per message), in a process of its own that holds its input, the 5,000 digests, as any sender of pre-rendered mail would, and sends 1,000 of them untimed first. Each whole-path run starts its own API process (and, on PostgreSQL, its three workers), sends 1,000 digests the same way untimed, then the timed 5,000; the API under test never shares a heap with the benchmark, the baseline or another run. The baseline runs before the first whole-path run and after each one, and each ratio is against the mean of the baseline runs just before and just after that run: on this machine the same baseline varies by up to half between runs minutes apart. ${d.rounds > 1 ? `Each configuration ran ${d.rounds} times, the rounds interleaved; the table shows the run with the median ratio, and every run's ratio. ` : ''}Rendering one digest with the shared renderer: ${d.renderMsPerMessage} ms.`,
      '',
      row([
        'path',
        'msg/s',
        'its baseline, msg/s',
        'ratio (target ≥ 0.8)',
        'every run',
        'API peak RSS',
        'CPU ms/msg: API / workers / PostgreSQL',
      ]),
      row(['---', '---', '---', '---', '---', '---', '---']),
    );
    const add = (label: string, x?: Json) =>
      x &&
      out.push(
        row([
          label,
          n(x.perSecond),
          n(x.baselinePerSecond),
          n(x.ratio, 2),
          (x.ratios ?? [x.ratio]).map((v: number) => n(v, 2)).join(', '),
          `${x.apiPeakRssMb} MB`,
          x.cpuMsPerMessage
            ? [x.cpuMsPerMessage.api, x.cpuMsPerMessage.workers, x.cpuMsPerMessage.postgres]
                .map((v: number | null) => (v === null ? '—' : n(v, 2)))
                .join(' / ')
            : '—',
        ]),
      );
    add('SQLite, worker in the API, rendering each digest', d.sqlite?.withRender);
    add('SQLite, worker in the API, pre-rendered', d.sqlite?.preRendered);
    add(
      `PostgreSQL, API + ${d.postgres?.workers ?? 3} workers, rendering each digest`,
      d.postgres?.withRender,
    );
    add(`PostgreSQL, API + ${d.postgres?.workers ?? 3} workers, pre-rendered`, d.postgres?.preRendered);
    out.push(
      '',
      'Where the time goes (CPU accounting and profiles of these configurations, per message): plain nodemailer',
      'spends about 1.4 ms, most of it composing the MIME message and streaming it, part by part, into the',
      'connection. The whole path composes each message into one buffer (nodemailer’s composer for the headers,',
      'its quoted-printable functions for the bodies; `compose-message.ts`) and sends it raw: 0.7 instead of',
      '1.7 ms of CPU for the same send. In the API process that happens on sending threads',
      '(`OUTBOX_SEND_THREADS`, cores − 1), beside the event loop that claims, records outcomes and serves the API.',
      'Over the three full runs after this change: SQLite 0.83–0.91 rendering and 1.04–1.09 pre-rendered;',
      'PostgreSQL 0.60–0.72 rendering and 0.82–1.09 pre-rendered (before it: 0.67–0.78, 0.71–0.95, 0.48–0.62,',
      '0.76–1.07). The PostgreSQL rendering row stays below 0.8: its processes spend about 1.3 ms per message',
      'in the API (rendering, about 0.8 ms, and queuing), 2.3–2.9 ms in the three workers (composing, SMTP,',
      'claims and outcomes over the network) and 0.3–0.7 ms in PostgreSQL, on two virtual cores shared with the',
      'sink (about 0.4 ms per message): the CPU is used up first. Tried and dropped, with A/B runs: composing',
      'each message when queued or on the render threads, sending threads in the standalone workers (a quarter',
      'less before raw sending, no difference after it), two render threads in an API without a worker, polling the',
      'outbox every 50 ms instead of 400 (more empty claims, less sent), lz4 instead of pglz for the bodies in',
      'PostgreSQL (lost in the noise then; adopted later, below), two sending threads in the API against one',
      '(better pre-rendered, worse rendering), and',
      '`RENDER_THREADS=0` against 1 (1 is better).',
      '',
      'PostgreSQL’s own share, from pg_stat_statements and backend CPU over 5,000 digests: the foreign key from',
      'each body to its message was checked per inserted row, about 0.3 ms of PostgreSQL per queued message and',
      'three times the rest of the INSERT (50 → 19 ms per chunk of 100 without it); a delete trigger now does its',
      'cascade. The worker’s claim, bodies and SENT statements are prepared once per connection (the claim’s',
      'planning fell from 59 to 5 ms per run; the SENT update keeps custom plans, as PostgreSQL prefers them for',
      'its array of a few rows), and `NOTIFY` wakes the standalone workers when a chunk commits instead of at',
      'their next poll. Over this session’s runs of the PostgreSQL rendering row, with and without these changes',
      '(A/B with the key put back), it ranged 0.65–0.92 against baselines of 336–693 msg/s, and no change stood',
      'out of that noise: the two cores stay the limit.',
      '',
      'Then two costs of the whole path alone went. Bodies are queued as plain statement parameters, not as',
      'elements of one array literal per column that node-pg escaped and PostgreSQL parsed back, and compressed',
      'with lz4 instead of pglz: per queued digest, node 0.08 → 0.04 ms and PostgreSQL 0.17 → 0.05 ms for the',
      'INSERT alone, and PostgreSQL 0.57 → 0.28–0.44 ms over the whole path. Composed messages go to',
      'nodemailer’s pool through its transport `send`, not its Mailer, which for a ready message only wrapped',
      'and streamed it again: 0.75–1.0 instead of 1.2–1.3 ms of CPU per relay send, and the three workers',
      '1.98 → 1.57–1.75 ms per message. Fourteen single runs of the PostgreSQL rendering row after these',
      'changes (one process each, its baseline before and after) gave 0.67–0.96, median 0.80, against',
      'baselines of 520–762 msg/s; the table’s runs are lower. Spent per message now: about 1.2–1.4 ms in the',
      'API (rendering 0.55 ms alone, about 1 ms when it shares the cores), 1.6–1.8 ms in the workers and',
      '0.3–0.45 ms in PostgreSQL, on two cores that the baseline, with one process and the sink, does not fill.',
      '',
      'Those figures, and every earlier one, were measured with the baseline and the API in the benchmark’s',
      'own process, whose heap held the 5,000 pre-rendered digests (about 190 MB) and what earlier runs’ apps',
      'left behind. Per-thread CPU showed what that cost the API: with the digests off its heap, its main thread',
      'fell from 0.19–0.20 to 0.13–0.15 ms per message and V8’s helper threads from 0.34–0.35 to 0.19–0.22;',
      'its peak RSS had grown from run to run (396 → 524 MB). Now the baseline runs in a process of its own and',
      'each whole-path run in a fresh one (the table above). Both sides got faster. Started cold while the',
      'baseline was warm, the PostgreSQL rendering row gave 0.75–0.82 over seven runs (median 0.79); with',
      'both sides warmed the same way it gave 0.84 in a single run and 0.81, 0.71, 0.89 in the run above.',
      'It stays at the target’s edge on this host, and the CPU column says why: 3.2–3.5 ms per message in',
      'all, against the baseline’s 1.6–1.7 on about one core. A lone worker pinned to one core, draining',
      '5,000 queued digests, spends about 0.2 ms per message on claims, outcomes and its loop, 0.6 ms',
      'composing (nodemailer’s MIME tree and headers about 0.3, quoted-printable about 0.2) and 0.6 ms',
      'sending. What is left to take: composing headers without nodemailer’s MIME tree (byte for byte as',
      'nodemailer, which compose-message.test.ts can check), and rendering (about 0.7 ms per digest on a',
      'render thread: LiquidJS about 0.2, html-to-text about 0.25). A quoted-printable of our own, byte for',
      'byte as nodemailer’s over 20,000 generated inputs, was only 80 → 55 µs per digest and was dropped.',
    );
    out.push('', 'Claiming a batch of 32 due messages (median / max of repeated claims):', '');
    out.push(row(['queued rows', 'SQLite', 'PostgreSQL']), row(['---', '---', '---']));
    for (const size of ['10000', '1000000']) {
      const s = d.claimSqlite?.[size];
      const p = d.claimPostgres?.[size];
      out.push(
        row([
          Number(size).toLocaleString('en'),
          s ? `${s.medianMs} / ${s.maxMs} ms` : '—',
          p ? `${p.medianMs} / ${p.maxMs} ms` : '—',
        ]),
      );
    }
    out.push('');
  }
  const reads = r.reads as Json | undefined;
  if (reads) {
    out.push(
      '## GraphQL reads',
      '',
      '`{ emailSettings { senderMode } templates { key subject } }`, 50 concurrent keep-alive clients, through the full',
      'server (session cookie, context, TypeORM, Apollo, armor) against the same query answered from memory by',
      'graphql-js behind plain `node:http` (the baseline).',
      '',
      row(['database', 'full server req/s', 'p99', 'bare graphql-js req/s', 'p99', 'ratio']),
      row(['---', '---', '---', '---', '---', '---']),
    );
    for (const x of [reads.sqlite, reads.postgres].filter(Boolean) as Json[]) {
      out.push(
        row([x.database, x.full.rps, `${x.full.p99Ms} ms`, x.bare.rps, `${x.bare.p99Ms} ms`, n(x.ratio, 3)]),
      );
    }
    out.push('');
  }
  const spa = r.spa as Json | undefined;
  if (spa) {
    out.push(
      '## SPA JavaScript (gzipped)',
      '',
      `First page (sign-in, route guard): **${spa.firstPageGzipKb} KB** against a budget of ${spa.limitGzipKb} KB (ratio ${n(spa.firstPageGzipKb / spa.limitGzipKb, 2)}); the build fails past the budget.`,
      '',
      row(['chunk', 'kind', 'KB']),
      row(['---', '---', '---']),
      ...(spa.chunks as Json[])
        .filter((c) => c.gzipKb >= 2 || c.kind === 'first page')
        .map((c) => row([c.name, c.kind, c.gzipKb])),
      '',
    );
  }
  const p = r.preview as Json | undefined;
  if (p?.app) {
    out.push(
      '## Live preview',
      '',
      `From a keystroke in the subject of the largest template (${p.template}, ${p.htmlBytes} bytes of HTML) to the sandboxed preview iframe having loaded the re-rendered email, ${p.app.keystrokes} keystrokes in Chromium. Baseline: a page that only mirrors a textarea into an iframe.`,
      '',
      row(['', 'median', 'p95']),
      row(['---', '---', '---']),
      row(['template editor', `${p.app.medianMs} ms`, `${p.app.p95Ms} ms`]),
      row(['baseline', `${p.baseline.medianMs} ms`, `${p.baseline.p95Ms} ms`]),
      row(['ratio', p.ratio, '']),
      '',
    );
  }
  const c = r.coldStart as Json | undefined;
  if (c) {
    out.push(
      '## Cold start',
      '',
      `From starting \`node apps/api/dist/main.js\` on an existing data folder to a healthy \`/healthz\`: **${c.appMs} ms** (median of ${c.runs}), against ${c.bareNodeMs} ms for a bare \`node:http\` server (ratio ${c.ratio}).`,
      '',
    );
  }
  return `${out.join('\n')}\n`;
}
