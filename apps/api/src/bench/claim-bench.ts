import type { DataSource } from 'typeorm';
import { claimDueMessages, claimSelectSql, isPostgres } from '../modules/delivery/outbox-claims.js';

const BODIES =
  "INSERT INTO outbox_bodies (id, html, text) SELECT id, '<p>digest</p>', 'digest' FROM outbox_messages";

/** Fills the outbox with `count` due QUEUED rows in one statement per database (generate_series / a recursive CTE). */
export async function fillQueued(db: DataSource, accountId: string, count: number): Promise<void> {
  const postgres = isPostgres(db);
  const now = Date.now();
  const sender = JSON.stringify({ mode: 'PLATFORM', transport: { kind: 'relay' } }).replace(/'/g, "''");
  const columns = `id, account_id, kind, template_key, locale, to_address, subject, sender_mode, sender,
    message_id, status, attempts, lost_replies, next_attempt_at, expires_at, created_at`;
  const values = (g: string, id: string) => `${id}, '${accountId}', 'platform', 'insights_digest', 'EN',
    'r' || ${g} || '@bench.test', 'Digest', 'PLATFORM', '${sender}',
    '<' || ${id} || '@bench.test>', 'QUEUED', 0, 0, ${now} - ${g}, ${now + 86_400_000}, ${now}`;
  if (postgres) {
    await db.query(
      `INSERT INTO outbox_messages (${columns}) SELECT ${values('g', "lpad(g::text, 36, '0')")} FROM generate_series(1, ${count}) g`,
    );
    await db.query(BODIES);
    await db.query('ANALYZE outbox_messages');
    await db.query('ANALYZE outbox_bodies');
  } else {
    await db.query(
      `WITH RECURSIVE seq(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM seq WHERE g < ${count})
       INSERT INTO outbox_messages (${columns}) SELECT ${values('g', "printf('%036d', g)")} FROM seq`,
    );
    await db.query(BODIES);
    await db.query('ANALYZE');
  }
}

/** Median time of claiming one batch (the claim statement plus loading the rows), and the planner's plan. */
export async function timeClaims(db: DataSource, batch = 32, runs = 7) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const claimed = await claimDueMessages(db, `bench-${i}`, batch, 60_000);
    times.push(performance.now() - started);
    if (claimed.length !== batch) throw new Error(`claimed ${claimed.length} instead of ${batch}`);
  }
  times.sort((a, b) => a - b);
  const postgres = isPostgres(db);
  const explain = postgres
    ? `EXPLAIN ${claimSelectSql(true)}`
    : `EXPLAIN QUERY PLAN ${claimSelectSql(false)}`;
  const plan = (await db.query(explain, [Date.now(), batch])) as Record<string, unknown>[];
  const planText = plan
    .map((row) => String(row['QUERY PLAN'] ?? row.detail ?? JSON.stringify(row)))
    .join(' | ');
  return {
    medianMs: Number(times[Math.floor(runs / 2)].toFixed(2)),
    maxMs: Number(times[runs - 1].toFixed(2)),
    plan: planText,
  };
}
