import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseDeliveryOptions, retryDelayMs } from './delivery-options.js';

describe('delivery options', () => {
  it('sends relay mail on threads in the API, and on the event loop in a standalone worker', () => {
    expect(parseDeliveryOptions({}).sendThreads).toBe(Math.min(Math.max(availableParallelism() - 1, 1), 4));
    expect(parseDeliveryOptions({}, { standalone: true }).sendThreads).toBe(0);
    expect(parseDeliveryOptions({ OUTBOX_SEND_THREADS: '3' }, { standalone: true }).sendThreads).toBe(3);
    expect(parseDeliveryOptions({ OUTBOX_SEND_THREADS: '0' }).sendThreads).toBe(0);
  });

  it('names the variable and its bounds when a value is wrong', () => {
    expect(() => parseDeliveryOptions({ OUTBOX_SEND_THREADS: 'many' })).toThrow(
      /Invalid delivery configuration: OUTBOX_SEND_THREADS: set it to a whole number from 0 .* to 16, or leave it unset/,
    );
    expect(() => parseDeliveryOptions({ OUTBOX_SEND_THREADS: '17' })).toThrow(/OUTBOX_SEND_THREADS: .*16/);
    expect(() => parseDeliveryOptions({ OUTBOX_SEND_THREADS: '1.5' })).toThrow(
      /OUTBOX_SEND_THREADS: set it to/,
    );
    expect(() => parseDeliveryOptions({ OUTBOX_CONCURRENCY: '0' })).toThrow(/OUTBOX_CONCURRENCY: .*1/);
  });

  it('backs off exponentially with ±25 % jitter, up to the maximum', () => {
    const options = parseDeliveryOptions({ OUTBOX_RETRY_BASE_MS: '1000', OUTBOX_RETRY_MAX_MS: '8000' });
    expect(retryDelayMs(options, 1, () => 0.5)).toBe(1000);
    expect(retryDelayMs(options, 3, () => 0.5)).toBe(4000);
    expect(retryDelayMs(options, 3, () => 0)).toBe(3000);
    expect(retryDelayMs(options, 3, () => 1)).toBe(5000);
    expect(retryDelayMs(options, 30, () => 0.5)).toBe(8000);
  });
});
