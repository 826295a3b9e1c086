import { type DomainStatus, nextDomainStatus } from '@ametrika/shared';
import type { HostedAuditEvent } from './hosted-audit.js';
import { type DnsClient, verifyHostedRecords } from './engine/index.js';
import type { HostedDomainRow, StoredRecord } from './hosted-domain.entity.js';
import { withDkimRecords } from './hosted-records.js';
import { hostedText } from './messages.js';

const MINUTE = 60_000;
/** Pending (and degraded) domains: soon after APPLY, then less and less often until FAILED at 72 h. */
export const PENDING_INTERVALS_MS = [1, 2, 5, 15, 60].map((m) => m * MINUTE);
export const VERIFIED_INTERVAL_MS = 6 * 60 * MINUTE;
/** A verified domain whose DNS did not answer is asked again sooner; its status does not change. */
export const UNKNOWN_RETRY_MS = 15 * MINUTE;

export type CheckEvent = HostedAuditEvent;

export type CheckResult = {
  /** The fields of the row to save. */
  changes: Partial<HostedDomainRow>;
  before: DomainStatus;
  after: DomainStatus;
  events: CheckEvent[];
};

const OWNED_ELSEWHERE = {
  en: 'Another account already sends from this domain; it stays theirs while its records are published.',
  de: 'Ein anderes Konto sendet bereits von dieser Domain; sie bleibt dessen Domain, solange die Einträge veröffentlicht sind.',
};

const bare = ({ status: _s, observed: _o, message: _m, ...record }: StoredRecord) => record;

/**
 * Asks DNS for every record and works out the domain's next state: record statuses, domain status, a DKIM
 * key switch once the rotated key's record verifies, and when to look again. Pure apart from the lookups,
 * so manual Verify and the background loop share it.
 */
export async function checkHostedDomain(
  row: HostedDomainRow,
  opts: { dns: DnsClient; spfInclude: string; now: Date; manual: boolean; ownedElsewhere: boolean },
): Promise<CheckResult> {
  const { now } = opts;
  const events: CheckEvent[] = [];
  const checked: StoredRecord[] = await verifyHostedRecords(row.records.map(bare), opts.dns, {
    spfInclude: opts.spfInclude,
  });

  // Verify of a FAILED domain starts a new 72-hour attempt.
  const restart = opts.manual && row.status === 'FAILED';
  const pendingSince = restart ? now : row.pendingSince;
  const previous: DomainStatus = restart ? 'PENDING' : row.status;

  // Signing switches to a rotated key only once DNS serves its record.
  let keys = row.dkimKeys;
  const pending = keys.find((k) => k.state === 'PENDING');
  const pendingRecord = pending && checked.find((r) => r.selector === pending.selector);
  let records = checked;
  if (pending && pendingRecord?.status === 'VERIFIED') {
    const old = keys.find((k) => k.state === 'ACTIVE');
    keys = keys.map((k) =>
      k.selector === pending.selector
        ? { ...k, state: 'ACTIVE' as const }
        : k.state === 'ACTIVE'
          ? { ...k, state: 'RETIRING' as const }
          : k,
    );
    records = withDkimRecords(checked, keys, row.domain, row.zone);
    events.push({
      action: 'HOSTED_DKIM_KEY_SWITCHED',
      summary: hostedText.keySwitched(row.domain, old?.selector, pending.selector),
      details: { domain: row.domain, from: old?.selector ?? null, to: pending.selector },
    });
  }

  // Another account owns the domain: our records may be published, but it does not become ours.
  const forStatus = records.map((r) => ({
    purpose: r.purpose,
    required: r.required,
    status:
      opts.ownedElsewhere && r.purpose === 'OWNERSHIP' ? ('MISMATCH' as const) : (r.status ?? 'UNKNOWN'),
  }));
  if (opts.ownedElsewhere) {
    records = records.map((r) => (r.purpose === 'OWNERSHIP' ? { ...r, message: OWNED_ELSEWHERE } : r));
  }
  const after = nextDomainStatus({ previous, records: forStatus, pendingSince, now });
  const owned = after === 'VERIFIED' || after === 'DEGRADED';
  const unknown = records.some((r) => r.required && r.status === 'UNKNOWN');
  const stillRotating = keys.some((k) => k.state === 'PENDING');

  const settled = after !== row.status || opts.manual;
  const attempts = settled ? 0 : row.checkAttempts;
  let nextCheckAt: Date | null;
  let checkAttempts = 0;
  if (after === 'FAILED') nextCheckAt = null;
  else if (after === 'VERIFIED' && !stillRotating) {
    nextCheckAt = new Date(now.getTime() + (unknown ? UNKNOWN_RETRY_MS : VERIFIED_INTERVAL_MS));
  } else {
    const interval = PENDING_INTERVALS_MS[Math.min(attempts, PENDING_INTERVALS_MS.length - 1)]!;
    nextCheckAt = new Date(now.getTime() + interval);
    checkAttempts = attempts + 1;
  }

  if (after !== row.status) {
    events.push({
      action: 'HOSTED_DOMAIN_STATUS_CHANGED',
      summary: hostedText.statusChanged(row.domain, row.status, after),
      details: {
        domain: row.domain,
        from: row.status,
        to: after,
        missing: forStatus.filter((r) => r.required && r.status !== 'VERIFIED').map((r) => r.purpose),
      },
    });
  }
  return {
    before: row.status,
    after,
    events,
    changes: {
      records,
      dkimKeys: keys,
      status: after,
      verifiedDomain: owned ? row.domain : null,
      verifiedAt: after === 'VERIFIED' && !row.verifiedAt ? now : owned ? row.verifiedAt : null,
      pendingSince,
      lastCheckedAt: now,
      nextCheckAt,
      checkAttempts,
    },
  };
}
