/**
 * Test certificates made with the openssl CLI (no faketime needed): a private CA and leaf
 * certificates for TLS tests against local SMTP peers. Created once per test process in a temp
 * folder and removed when the process exits.
 *
 *   const certs = testCertificates();
 *   startSmtpPeer({ tls: 'implicit', certificate: certs.expired });
 *   runSmtpTest({ target: { ..., caPem: certs.ca.cert } });
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** PEM-encoded certificate and private key, ready for `tls.createSecureContext` or smtp-server. */
export type TestKeyPair = { cert: string; key: string };

export type TestCertificates = {
  /** The private CA; pass `ca.cert` as caPem (SMTP_CA_FILE content) to trust the leaves below. */
  ca: TestKeyPair;
  /** Signed by the CA for `localhost` and `127.0.0.1`, valid for 30 days. */
  localhost: TestKeyPair;
  /** Self-signed for `localhost`: untrusted even when the CA is trusted. */
  selfSigned: TestKeyPair;
  /** Signed by the CA for `localhost`, but valid only in January 2020. */
  expired: TestKeyPair;
  /** Signed by the CA for `wrong-name.example.test` only. */
  wrongName: TestKeyPair;
};

const LOCALHOST_SAN = 'DNS:localhost,IP:127.0.0.1';
const WRONG_NAME_SAN = 'DNS:wrong-name.example.test';

let cached: TestCertificates | undefined;

export const testCertificates = (): TestCertificates => {
  cached ??= createCertificates();
  return cached;
};

const openssl = (dir: string, args: string[]): void => {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
};

const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');

const newKeyArgs = (keyFile: string) => [
  '-newkey',
  'ec',
  '-pkeyopt',
  'ec_paramgen_curve:P-256',
  '-nodes',
  '-keyout',
  keyFile,
];

const createCertificates = (): TestCertificates => {
  const dir = mkdtempSync(join(tmpdir(), 'ametrika-certs-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  writeCaConfig(dir);

  openssl(dir, [
    'req',
    '-x509',
    '-new',
    ...newKeyArgs('ca.key'),
    '-out',
    'ca.crt',
    '-days',
    '3650',
    '-subj',
    '/CN=Ametrika Test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  const ca = { cert: read(dir, 'ca.crt'), key: read(dir, 'ca.key') };

  const signed = (name: string, san: string, dates: string[]): TestKeyPair => {
    openssl(dir, [
      'req',
      '-new',
      ...newKeyArgs(`${name}.key`),
      '-out',
      `${name}.csr`,
      '-subj',
      `/CN=${name}`,
    ]);
    openssl(dir, [
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-notext',
      '-in',
      `${name}.csr`,
      '-out',
      `${name}.crt`,
      ...dates,
      '-extensions',
      'leaf',
      '-extfile',
      writeExtFile(dir, name, san),
    ]);
    return { cert: read(dir, `${name}.crt`), key: read(dir, `${name}.key`) };
  };

  const localhost = signed('localhost', LOCALHOST_SAN, ['-days', '30']);
  // openssl ca takes explicit dates, so an expired certificate needs no faked clock.
  const expired = signed('expired', LOCALHOST_SAN, [
    '-startdate',
    '200101000000Z',
    '-enddate',
    '200201000000Z',
  ]);
  const wrongName = signed('wrong-name', WRONG_NAME_SAN, ['-days', '30']);

  openssl(dir, [
    'req',
    '-x509',
    '-new',
    ...newKeyArgs('self-signed.key'),
    '-out',
    'self-signed.crt',
    '-days',
    '30',
    '-subj',
    '/CN=localhost',
    '-addext',
    `subjectAltName=${LOCALHOST_SAN}`,
  ]);
  const selfSigned = { cert: read(dir, 'self-signed.crt'), key: read(dir, 'self-signed.key') };

  return { ca, localhost, selfSigned, expired, wrongName };
};

const writeCaConfig = (dir: string): void => {
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  writeFileSync(
    join(dir, 'ca.cnf'),
    [
      '[ ca ]',
      'default_ca = test_ca',
      '[ test_ca ]',
      `dir = ${dir}`,
      'database = $dir/index.txt',
      'new_certs_dir = $dir',
      'serial = $dir/serial',
      'certificate = $dir/ca.crt',
      'private_key = $dir/ca.key',
      'default_md = sha256',
      'policy = policy_any',
      'unique_subject = no',
      'copy_extensions = none',
      '[ policy_any ]',
      'commonName = supplied',
      '',
    ].join('\n'),
  );
};

const writeExtFile = (dir: string, name: string, san: string): string => {
  const file = `${name}.ext`;
  writeFileSync(
    join(dir, file),
    [
      '[ leaf ]',
      'basicConstraints = CA:FALSE',
      'extendedKeyUsage = serverAuth',
      `subjectAltName = ${san}`,
      '',
    ].join('\n'),
  );
  return file;
};
