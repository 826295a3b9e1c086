import type { SendMailOptions } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type MimeNode from 'nodemailer/lib/mime-node';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';

// Loaded by the relay's sending threads too (relay-thread.ts): keep it free of the app's other modules.

/** nodemailer's streaming QP encoder works in slices of 64 KiB; below that this file matches it exactly. */
const ONE_SLICE = 64 * 1024;

/**
 * The options this file composes exactly as nodemailer would. Any other (attachments, `list`, `priority`,
 * `dsn`, `raw`, plugins' options…) sends the message the usual way, so nothing is ever dropped silently.
 */
const COMPOSED_OPTIONS = new Set([
  'from',
  'sender',
  'to',
  'cc',
  'replyTo',
  'subject',
  'text',
  'html',
  'headers',
  'messageId',
  'date',
  'envelope',
  'textEncoding',
  'baseBoundary',
  'disableFileAccess',
  'disableUrlAccess',
  'dkim',
]);

export type ComposedMessage = {
  raw: Buffer;
  /** As nodemailer's composer builds it (including any `size` or `dsn` it carries). */
  envelope: { from: string; to: string[] };
  /** The Message-ID header, so nodemailer's reply info and logs name the message that was sent. */
  messageId: string;
};

/**
 * The message nodemailer would send for `options`, as one buffer. nodemailer's own composer builds the
 * MIME tree and every header (address and word encoding, Message-ID, Date); only the bodies are encoded
 * here, with nodemailer's own quoted-printable functions, instead of through a chain of streams per
 * part. Sending the result as `raw` costs about half of what letting nodemailer stream the tree into
 * the connection costs, which was the larger part of the CPU each sent email took (see BENCHMARKS.md).
 *
 * Answers null for what this does not handle (options outside COMPOSED_OPTIONS, bodies that are not
 * strings or exceed 64 KiB, base64 or binary parts): the caller then sends `options` the usual way.
 * compose-message.test.ts checks that both ways give the same bytes, with and without DKIM.
 */
export function composeMessage(options: SendMailOptions): ComposedMessage | null {
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined && !COMPOSED_OPTIONS.has(key)) return null;
  }
  const root = new MailComposer(options).compile();
  const chunks: string[] = [];
  if (!serialize(root, chunks)) return null;
  let text = chunks.join('');
  // What nodemailer's last stage (LastNewline) does to every message.
  if (!text.endsWith('\n')) text += text.endsWith('\r') ? '\n' : '\r\n';
  const envelope = root.getEnvelope();
  return {
    raw: Buffer.from(text, 'utf8'),
    envelope: { ...envelope, from: envelope.from || '' },
    messageId: root.messageId(),
  };
}

/**
 * Quoted-printable as nodemailer's streaming encoder writes one chunk of text: it holds back the trailing
 * blanks, wraps the rest, and wraps its last line again together with those blanks once the input ends.
 */
function quotedPrintable(bytes: Buffer): string {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09)) end--;
  const wrapped = qpWrap(qpEncode(bytes.subarray(0, end)), 76);
  if (end === bytes.length) return wrapped;
  const lastBreak = wrapped.lastIndexOf('\n');
  return (
    wrapped.slice(0, lastBreak + 1) + qpWrap(wrapped.slice(lastBreak + 1) + qpEncode(bytes.subarray(end)), 76)
  );
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
    // Checked here, where the bytes are needed anyway: a body this large is rare, and composing it
    // first is then wasted once, rather than every message paying a second UTF-8 scan up front.
    const bytes = Buffer.from(content, 'utf8');
    if (bytes.length > ONE_SLICE) return false;
    out.push(quotedPrintable(bytes));
    return true;
  }
  if (encoding === 'base64') return false;
  out.push(content);
  return true;
}
