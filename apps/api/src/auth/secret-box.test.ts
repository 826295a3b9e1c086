import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  it('round-trips, never stores the plaintext, and refuses another key or a tampered value', () => {
    const box = new SecretBox('a'.repeat(40));
    const sealed = box.seal('hunter2 ünïcode');
    expect(sealed).not.toContain('hunter2');
    expect(box.seal('hunter2 ünïcode')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('hunter2 ünïcode');
    expect(() => new SecretBox('b'.repeat(40)).open(sealed)).toThrow();
    const parts = sealed.split(':');
    parts[3] = Buffer.from('tampered').toString('base64');
    expect(() => box.open(parts.join(':'))).toThrow();
  });
});
