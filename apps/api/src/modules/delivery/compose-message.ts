import type { SendMailOptions } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type MimeNode from 'nodemailer/lib/mime-node';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';

// Loaded by the relay's sending threads too (relay-thread.ts): keep it free of the app's other modules.

/** nodemailer's streaming QP encoder works in slices of 64 KiB; below that one encode + wrap equals it. */
const ONE_SLICE = 64 * 1024;

/** Message options that nodemailer's Mailer, not its composer, turns into headers: left to nodemailer. */
const MAILER_HEADER_OPTIONS = ['xMailer', 'priority', 'list', 'newline', 'raw'] as const;

export type ComposedMessage = { raw: Buffer; envelope: { from: string; to: string[] } };

/**
 * The message nodemailer would send for `options`, as one buffer. nodemailer's own composer builds the
 * MIME tree and every header (address and word encoding, Message-ID, Date); only the bodies are encoded
 * here, with nodemailer's own quoted-printable functions, instead of through a chain of streams per
 * part. Sending the result as `raw` costs about half of what letting nodemailer stream the tree into
 * the connection costs, which was the larger part of the CPU each sent email took (see BENCHMARKS.md).
 *
 * Answers null for what this does not handle (attachments, streams, base64 or binary parts, bodies
 * over 64 KiB, options the Mailer adds headers for): the caller then sends `options` the usual way.
 * compose-message.test.ts checks that both ways give the same bytes.
 */
export function composeMessage(options: SendMailOptions): ComposedMessage | null {
  if (MAILER_HEADER_OPTIONS.some((key) => options[key as keyof SendMailOptions] !== undefined)) return null;
  const root = new MailComposer(options).compile();
  const chunks: string[] = [];
  if (!serialize(root, chunks)) return null;
  let text = chunks.join('');
  // What nodemailer's last stage (LastNewline) does to every message.
  if (!text.endsWith('\n')) text += text.endsWith('\r') ? '\n' : '\r\n';
  const envelope = root.getEnvelope();
  return { raw: Buffer.from(text, 'utf8'), envelope: { from: envelope.from || '', to: envelope.to } };
}

/** Mirrors MimeNode.stream for string bodies; false where the node needs the streaming path. */
function serialize(node: MimeNode, out: string[]): boolean {
  if ((node as unknown as { _raw?: unknown })._raw) return false;
  const content = node.content;
  if (content !== undefined && typeof content !== 'string') return false;
  // buildHeaders settles the transfer encoding and, for a multipart node, its boundary.
  out.push(`${node.buildHeaders()}\r\n\r\n`);
  if (node.multipart) {
    if (content) return false;
    let index = 0;
    for (const child of node.childNodes) {
      out.push(`${index++ > 0 ? '\r\n' : ''}--${node.boundary}\r\n`);
      if (!serialize(child, out)) return false;
    }
    out.push(`\r\n--${node.boundary}--\r\n`);
    return true;
  }
  if (!content) return true;
  const encoding = node.getTransferEncoding();
  if (encoding === 'quoted-printable') {
    // A non-text part is encoded as binary by nodemailer (a lone CR or LF is data): leave it to it.
    if (!/^text\//i.test(node.contentType ?? '')) return false;
    const bytes = Buffer.from(content, 'utf8');
    if (bytes.length > ONE_SLICE) return false;
    out.push(qpWrap(qpEncode(bytes), 76));
    return true;
  }
  if (encoding === 'base64') return false;
  out.push(content);
  return true;
}
