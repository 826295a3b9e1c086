import nodemailer, { type SendMailOptions } from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { composeMessage } from './compose-message.js';
import { composableDigest as digest, testDkim } from './testing/fixtures.js';

// nodemailer's whole sending pipeline (Mailer, composer, streams, last newline), without a connection.
const streamed = nodemailer.createTransport({ streamTransport: true, buffer: true });

/** The bytes and envelope nodemailer itself would hand to the SMTP connection for these options. */
async function nodemailerBytes(options: SendMailOptions) {
  const info = (await streamed.sendMail(options)) as {
    message: Buffer;
    envelope: { from: string; to: string[] };
  };
  return { raw: info.message, envelope: info.envelope };
}

async function expectSameAsNodemailer(options: SendMailOptions) {
  const composed = composeMessage(options);
  expect(composed).not.toBeNull();
  const expected = await nodemailerBytes(options);
  expect(composed?.raw.toString('utf8')).toBe(expected.raw.toString('utf8'));
  expect(composed?.envelope).toEqual(expected.envelope);
}

describe('composeMessage gives the bytes nodemailer would send', () => {
  it('for a digest with encoded names, a folded subject, both parts and custom headers', async () => {
    await expectSameAsNodemailer(digest());
  });

  it('for a text-only and an HTML-only message, and one without an explicit envelope', async () => {
    await expectSameAsNodemailer(digest({ html: undefined }));
    await expectSameAsNodemailer(digest({ text: undefined }));
    await expectSameAsNodemailer(digest({ envelope: undefined }));
  });

  it('for an internationalized recipient domain and a plain ASCII body that needs no encoding', async () => {
    await expectSameAsNodemailer(digest({ to: 'jörg@münchen.example', envelope: undefined }));
    await expectSameAsNodemailer(digest({ text: 'Plain.\n', html: '<p>Plain.</p>' }));
  });

  it('for bodies that stress quoted-printable: trailing blanks, long words, = signs, emoji at the wrap', async () => {
    // A deterministic generator, so a failure can be reproduced from the seed.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const pieces = [
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '=',
      '.',
      'ü',
      '€',
      '😀',
      'x'.repeat(90),
      'word',
      ' \n',
      '=\n',
      // Controls, DEL and a lone surrogate: escaped, or replaced and escaped, as nodemailer does.
      '\u0001',
      '\u000b',
      '\u007f',
      '\ud800',
      'Ω ',
    ];
    for (let round = 0; round < 80; round++) {
      // Every other body ends in a blank, which the streaming encoder holds back until the end.
      const body = `${Array.from({ length: 60 + (next() % 200) }, () => pieces[next() % pieces.length]).join('')}${round % 2 ? ' ' : ''}`;
      await expectSameAsNodemailer(digest({ text: body, html: `<p>${body}</p>` }));
    }
  });

  it('for a body whose last line ends in blanks after a line break (held back by the streaming encoder)', async () => {
    await expectSameAsNodemailer(digest({ text: `Grüße\n${'word '.repeat(11)}end ` }));
    await expectSameAsNodemailer(digest({ text: `Grüße\n${'x'.repeat(50)} yyyy${' '.repeat(10)}` }));
    await expectSameAsNodemailer(digest({ text: ' \t ', html: `<p>a</p>\n${'b'.repeat(70)}\t` }));
    for (let length = 40; length <= 80; length++) {
      await expectSameAsNodemailer(digest({ text: `Zeile\n${'y'.repeat(length)} ` }));
    }
  });

  it('signs the raw message as nodemailer signs the message it composes (hosted sending)', async () => {
    const dkim = testDkim();
    const options = digest({ dkim });
    const composed = composeMessage(options);
    expect(composed).not.toBeNull();
    const signed = await nodemailerBytes({ ...composed, dkim } as SendMailOptions);
    const expected = await nodemailerBytes(options);
    expect(signed.raw.toString('utf8')).toContain('DKIM-Signature: ');
    expect(signed.raw.toString('utf8')).toBe(expected.raw.toString('utf8'));
    expect(signed.envelope).toEqual(expected.envelope);
  });

  it('leaves to nodemailer what it does not handle, so nothing is sent differently', () => {
    const big = 'ä'.repeat(40 * 1024); // 80 KiB of UTF-8: nodemailer encodes it in slices
    expect(composeMessage(digest({ html: big }))).toBeNull();
    expect(composeMessage(digest({ attachments: [{ filename: 'a.txt', content: 'hi' }] }))).toBeNull();
    expect(composeMessage(digest({ list: { unsubscribe: 'https://example.com/u' } }))).toBeNull();
    expect(composeMessage(digest({ textEncoding: 'base64' }))).toBeNull();
    // Options the Mailer or the transport act on, which a raw message would lose.
    for (const extra of [
      { xMailer: 'x' },
      { priority: 'high' },
      { newline: 'unix' },
      { raw: 'Subject: x\r\n\r\nx' },
      { dsn: { notify: 'FAILURE' } },
      { bcc: 'audit@example.com' },
    ] as SendMailOptions[]) {
      expect(composeMessage(digest(extra))).toBeNull();
    }
  });
});
