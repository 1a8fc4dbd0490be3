import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RulesConfigError, type RulesConfig } from '@lib/domain/rules';
import { parseVerifierKey, type NoteVerifier } from '@lib/ledger';
import { rulesSettingsOf, type RulesSettings } from '@lib/read-models/findings';

export interface AppConfig {
  readonly host: string;
  readonly port: number;
  /** Unset: the service starts its own embedded PostgreSQL under `dataDir`. With DATABASE_PASSWORD_FILE, the file's password is in it. */
  readonly databaseUrl: string | undefined;
  /** The schema owner's connection, for migrations and grants; the service itself then runs as DATABASE_URL's role. With DATABASE_OWNER_PASSWORD_FILE, the file's password is in it. */
  readonly databaseOwnerUrl: string | undefined;
  readonly dataDir: string;
  readonly embeddedPostgresPort: number;
  readonly databasePoolSize: number;
  /** How long a request waits for a free pooled connection before it is answered 503 with Retry-After (ms). */
  readonly databaseAcquireTimeoutMs: number;
  readonly maxEventBytes: number;
  /** `coalesced` (default): one NOTIFY after commits; `true`: inside each append; `false`: polling only. */
  readonly eventStoreNotify: boolean | 'coalesced';
  /** HMAC secret for bearer tokens (HS256), from JWT_SECRET or JWT_SECRET_FILE. Unset with the embedded database: generated once under dataDir. */
  readonly jwtSecret: string | undefined;
  /** PEM public key for bearer tokens signed elsewhere (RS256/ES256); takes precedence over the secret. */
  readonly jwtPublicKey: string | undefined;
  readonly jwtIssuer: string;
  readonly jwtAudience: string;
  /** Longest accepted token lifetime (exp − iat, seconds); minting beyond it is refused too. */
  readonly jwtMaxTtlSeconds: number;
  /** How far in the future (seconds) a token's iat may be, for clocks that disagree a little. */
  readonly jwtClockSkewSeconds: number;
  /** Retries of a command that lost a race on its task stream before answering 409. */
  readonly commandRetries: number;
  /** How far in the future (ms) a declared occurredAt may be, for clocks that disagree a little. */
  readonly clockSkewMs: number;
  /** A disciplinary case warns this many days (or fewer) before its handling deadline. */
  readonly caseDeadlineWarningDays: number;
  /** Load the demo city into an empty log at start. Unset: yes on the embedded database, no otherwise. */
  readonly demoData: boolean | undefined;
  /** `inline`: the API process runs the projector; `external`: `apps/projector` runs it. */
  readonly projector: 'inline' | 'external';
  /**
   * The ledger's key, a C2SP signer key string (`PRIVATE+KEY+<origin>+<id>+<key>`), from LEDGER_SIGNING_KEY or
   * LEDGER_SIGNING_KEY_FILE. Unset with the embedded database: generated once under dataDir; unset with
   * DATABASE_URL: the tree is kept but no checkpoint is signed (the health check says so).
   */
  readonly ledgerSigningKey: string | undefined;
  /** The log's name in its checkpoints (the key's name), LEDGER_ORIGIN; unset: the key's name, or `localhost/trach-nhiem`. */
  readonly ledgerOrigin: string | undefined;
  /** How often a checkpoint is signed while the log grows (0: never by itself). */
  readonly ledgerCheckpointMs: number;
  /** How often the stored tree is checked again against the log, incrementally (0: never). */
  readonly ledgerVerifyMs: number;
  /** The witnesses asked to cosign each new checkpoint (LEDGER_WITNESSES); none by default. */
  readonly ledgerWitnesses: readonly LedgerWitnessConfig[];
  /**
   * The log's public key (`<origin>+<id>+<key>`), LEDGER_VERIFIER_KEY: what checkpoints are verified with where the
   * signing key is not at hand (`npm run verify`, an API with PROJECTOR=external); unset: derived from the signing key.
   */
  readonly ledgerVerifierKey: string | undefined;
  /** The detection rules in force: the catalogue's defaults with the overrides of RULES_CONFIG (a JSON file). */
  readonly rules: RulesSettings;
  /** How often the deadline watcher looks for lapsed deadlines (ms); 0 turns it off. */
  readonly deadlineWatchMs: number;
  /** The audit trail flags an event recorded more than this many hours after it occurred (imported history excepted). */
  readonly lateRecordingHours: number;
  /** An import batch with no sign of life for this many minutes is deemed abandoned: the deadline watcher stops waiting for it. */
  readonly importStaleMinutes: number;
  /** Requests a minute per authenticated person (token bucket, in this process); 0 turns it off. */
  readonly rateLimitPerPrincipal: number;
  /** Requests a minute per client address, every route included (token bucket, in this process); 0 turns it off. */
  readonly rateLimitPerAddress: number;
  /** A browser session ends this many seconds after sign-in, however busy (SESSION_MAX_AGE). */
  readonly sessionMaxAgeSeconds: number;
  /** A browser session ends after this many seconds without a request (SESSION_IDLE_TIMEOUT). */
  readonly sessionIdleSeconds: number;
  /** DEMO_SIGN_IN: offer the demo people on the sign-in page. Unset: yes when the demo city is in the log and OIDC is not configured. */
  readonly demoSignIn: boolean | undefined;
  /** Sign-in through the province's identity provider (OpenID Connect); undefined when OIDC_ISSUER is unset. */
  readonly oidc: OidcConfig | undefined;
}

/** How the service signs people in with OpenID Connect (authorization code + PKCE) and maps them to the organisation. */
export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  /** Unset: a public client (PKCE only, no client authentication). */
  readonly clientSecret: string | undefined;
  /** The callback registered at the provider; unset: derived from each request's host (`/session/oidc/callback`). */
  readonly redirectUrl: string | undefined;
  /** Scopes asked for beside `openid`. */
  readonly scopes: readonly string[];
  /** The claim naming the person (OIDC_PERSON_CLAIM). */
  readonly personClaim: string;
  /** What that claim holds: the person's official code (mã cán bộ) or the person's id in the organisation. */
  readonly personMatch: 'official_code' | 'person_id';
  /** The claim listing the person's roles in this service; unknown roles are ignored. */
  readonly rolesClaim: string;
  /** The claim naming the root unit of an inspector's, Home Affairs' or the Office's jurisdiction. */
  readonly jurisdictionClaim: string;
}

/** A witness (C2SP tlog-witness) the log asks to cosign its checkpoints. */
export interface LedgerWitnessConfig {
  /** Its submission prefix, without a trailing slash: requests go to `<url>/add-checkpoint`. */
  readonly url: string;
  /** Its cosignature/v1 public key, which its cosignatures must verify with. */
  readonly key: NoteVerifier;
}

export class ConfigError extends Error {}

/** Every setting the service reads, with its default. The README's configuration table mirrors this. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  if (env.DATABASE_OWNER_URL?.trim() && !env.DATABASE_URL?.trim()) {
    throw new ConfigError('DATABASE_OWNER_URL is set without DATABASE_URL: set DATABASE_URL to the role the service runs as');
  }
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 3000, 0, 65535),
    databaseUrl: urlWithPasswordFile(env, 'DATABASE_URL', 'DATABASE_PASSWORD_FILE'),
    databaseOwnerUrl: urlWithPasswordFile(env, 'DATABASE_OWNER_URL', 'DATABASE_OWNER_PASSWORD_FILE'),
    dataDir: resolve(env.DATA_DIR?.trim() || '.data'),
    embeddedPostgresPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    databasePoolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 200),
    databaseAcquireTimeoutMs: integer(env, 'DB_ACQUIRE_TIMEOUT_MS', 5_000, 100, 120_000),
    maxEventBytes: integer(env, 'EVENT_MAX_BYTES', 256 * 1024, 1024, 16 * 1024 * 1024),
    eventStoreNotify: notifyMode(env),
    jwtSecret: jwtSecret(env),
    jwtPublicKey: env.JWT_PUBLIC_KEY?.trim().replace(/\\n/g, '\n') || undefined,
    jwtIssuer: env.JWT_ISSUER?.trim() || 'ro-trach-nhiem',
    jwtAudience: env.JWT_AUDIENCE?.trim() || 'ro-trach-nhiem-api',
    jwtMaxTtlSeconds: duration(env, 'JWT_MAX_TTL', 12 * 3600, 60, 30 * 24 * 3600),
    jwtClockSkewSeconds: integer(env, 'JWT_CLOCK_SKEW_S', 60, 0, 3600),
    commandRetries: integer(env, 'COMMAND_RETRIES', 5, 0, 50),
    clockSkewMs: integer(env, 'CLOCK_SKEW_MS', 5 * 60 * 1000, 0, 24 * 60 * 60 * 1000),
    caseDeadlineWarningDays: integer(env, 'CASE_DEADLINE_WARNING_DAYS', 10, 0, 150),
    demoData: env.DEMO_DATA?.trim() ? boolean(env, 'DEMO_DATA', false) : undefined,
    projector: oneOf(env, 'PROJECTOR', ['inline', 'external'] as const, 'inline'),
    rules: rulesFrom(env),
    deadlineWatchMs: integer(env, 'DEADLINE_WATCH_MS', 60_000, 0, 24 * 60 * 60 * 1000),
    lateRecordingHours: integer(env, 'LATE_RECORDING_HOURS', 24, 1, 24 * 365),
    importStaleMinutes: integer(env, 'IMPORT_STALE_MINUTES', 30, 1, 7 * 24 * 60),
    rateLimitPerPrincipal: integer(env, 'RATE_LIMIT_PER_PRINCIPAL', 1200, 0, 1_000_000),
    rateLimitPerAddress: integer(env, 'RATE_LIMIT_PER_ADDRESS', 3000, 0, 1_000_000),
    ...sessionSettings(env),
    demoSignIn: env.DEMO_SIGN_IN?.trim() ? boolean(env, 'DEMO_SIGN_IN', false) : undefined,
    oidc: oidcFrom(env),
    ...ledgerSettings(env),
  };
}

/** The ledger's signing key (C2SP signer key string), its origin, how often it signs and checks. */
function ledgerSettings(
  env: NodeJS.ProcessEnv,
): Pick<
  AppConfig,
  'ledgerSigningKey' | 'ledgerOrigin' | 'ledgerCheckpointMs' | 'ledgerVerifyMs' | 'ledgerWitnesses' | 'ledgerVerifierKey'
> {
  const inline = env.LEDGER_SIGNING_KEY?.trim();
  const fromFile = secretFile(env, 'LEDGER_SIGNING_KEY_FILE');
  if (inline && fromFile !== undefined) throw new ConfigError('LEDGER_SIGNING_KEY and LEDGER_SIGNING_KEY_FILE are both set: set only one');
  const origin = env.LEDGER_ORIGIN?.trim() || undefined;
  if (origin !== undefined && !/^[^\s+]+$/.test(origin))
    throw new ConfigError(`LEDGER_ORIGIN=${origin}: one word without spaces or "+", e.g. so-noi-vu.example.gov.vn/trach-nhiem`);
  return {
    ledgerSigningKey: inline || fromFile,
    ledgerOrigin: origin,
    ledgerCheckpointMs: integer(env, 'LEDGER_CHECKPOINT_MS', 5_000, 0, 24 * 60 * 60 * 1000),
    ledgerVerifyMs: integer(env, 'LEDGER_VERIFY_MS', 60_000, 0, 24 * 60 * 60 * 1000),
    ledgerWitnesses: ledgerWitnesses(env),
    ledgerVerifierKey: env.LEDGER_VERIFIER_KEY?.trim() || undefined,
  };
}

/**
 * LEDGER_WITNESSES: a comma-separated list of `<url>|<witness verifier key>`, the url being the witness's submission
 * prefix (http or https) and the key its cosignature/v1 public key (`npm run witness` prints both).
 */
function ledgerWitnesses(env: NodeJS.ProcessEnv): LedgerWitnessConfig[] {
  const raw = env.LEDGER_WITNESSES?.trim();
  if (!raw) return [];
  const witnesses: LedgerWitnessConfig[] = [];
  for (const item of raw.split(',').map((part) => part.trim())) {
    if (item === '') continue;
    const bar = item.lastIndexOf('|');
    if (bar < 0)
      throw new ConfigError(
        `LEDGER_WITNESSES: mục "${item}" không hợp lệ: cần dạng <url>|<khóa kiểm tra của nhân chứng>, các mục cách nhau bởi dấu phẩy`,
      );
    const [urlText, keyText] = [item.slice(0, bar).trim(), item.slice(bar + 1).trim()];
    let url: URL;
    try {
      url = new URL(urlText);
    } catch {
      throw new ConfigError(
        `LEDGER_WITNESSES: "${urlText}" không phải địa chỉ http(s) đầy đủ của nhân chứng (ví dụ https://thanh-tra.example.gov.vn/nhan-chung)`,
      );
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password)
      throw new ConfigError(`LEDGER_WITNESSES: "${urlText}" không phải địa chỉ http(s) của nhân chứng (không có ?, # hay tên đăng nhập)`);
    let key: NoteVerifier;
    try {
      key = parseVerifierKey(keyText);
    } catch (error) {
      throw new ConfigError(
        `LEDGER_WITNESSES: "${keyText}" không phải khóa kiểm tra <tên>+<mã khóa>+<khóa> của nhân chứng (${(error as Error).message})`,
      );
    }
    if (key.type !== 'cosignature/v1')
      throw new ConfigError(`LEDGER_WITNESSES: "${keyText}" là khóa ${key.type}; nhân chứng ký đồng xác nhận bằng khóa cosignature/v1`);
    if (witnesses.some((known) => known.key.name === key.name && known.key.keyId === key.keyId))
      throw new ConfigError(`LEDGER_WITNESSES: nhân chứng "${key.name}" được nêu hai lần`);
    witnesses.push({ url: url.href.replace(/\/+$/, ''), key });
  }
  return witnesses;
}

function sessionSettings(env: NodeJS.ProcessEnv): Pick<AppConfig, 'sessionMaxAgeSeconds' | 'sessionIdleSeconds'> {
  const sessionMaxAgeSeconds = duration(env, 'SESSION_MAX_AGE', 8 * 3600, 60, 7 * 24 * 3600);
  const sessionIdleSeconds = duration(env, 'SESSION_IDLE_TIMEOUT', 3600, 60, 7 * 24 * 3600);
  if (sessionIdleSeconds > sessionMaxAgeSeconds) {
    throw new ConfigError(
      `SESSION_IDLE_TIMEOUT (${sessionIdleSeconds} s) is longer than SESSION_MAX_AGE (${sessionMaxAgeSeconds} s): a session could never be idle that long`,
    );
  }
  return { sessionMaxAgeSeconds, sessionIdleSeconds };
}

function oidcFrom(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!issuer) {
    if (clientId) throw new ConfigError('OIDC_CLIENT_ID is set without OIDC_ISSUER: set both, or neither');
    return undefined;
  }
  if (!clientId) throw new ConfigError('OIDC_ISSUER is set without OIDC_CLIENT_ID: set the client id registered at the provider');
  const issuerUrl = absoluteUrl('OIDC_ISSUER', issuer);
  if (issuerUrl.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(issuerUrl.hostname)) {
    throw new ConfigError(
      `OIDC_ISSUER=${issuer} is plain http: an identity provider must be reached over https (http only on this machine)`,
    );
  }
  const redirectUrl = env.OIDC_REDIRECT_URL?.trim() || undefined;
  if (redirectUrl !== undefined) absoluteUrl('OIDC_REDIRECT_URL', redirectUrl);
  const inlineSecret = env.OIDC_CLIENT_SECRET?.trim();
  const fileSecret = secretFile(env, 'OIDC_CLIENT_SECRET_FILE');
  if (inlineSecret && fileSecret !== undefined)
    throw new ConfigError('OIDC_CLIENT_SECRET and OIDC_CLIENT_SECRET_FILE are both set: set only one');
  return {
    issuer,
    clientId,
    clientSecret: inlineSecret || fileSecret,
    redirectUrl,
    scopes: (env.OIDC_SCOPES?.trim() || 'profile').split(/[\s,]+/).filter((scope) => scope && scope !== 'openid'),
    personClaim: env.OIDC_PERSON_CLAIM?.trim() || 'official_code',
    personMatch: oneOf(env, 'OIDC_PERSON_MATCH', ['official_code', 'person_id'] as const, 'official_code'),
    rolesClaim: env.OIDC_ROLES_CLAIM?.trim() || 'roles',
    jurisdictionClaim: env.OIDC_JURISDICTION_CLAIM?.trim() || 'jurisdiction',
  };
}

function absoluteUrl(name: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name}=${raw} is not an absolute http(s) URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`${name}=${raw} is not an absolute http(s) URL`);
  return url;
}

/**
 * A secret kept in a file (a container's secrets volume, a mounted secret) rather than in the environment:
 * `name` is the variable holding the file's path; the content, trimmed, is the secret.
 */
function secretFile(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const path = env[name]?.trim();
  if (!path) return undefined;
  let content: string;
  try {
    content = readFileSync(resolve(path), 'utf8').trim();
  } catch (error) {
    throw new ConfigError(`${name}=${path} cannot be read: ${(error as Error).message}`);
  }
  if (!content) throw new ConfigError(`${name}=${path} is empty: expected the secret in it`);
  return content;
}

function jwtSecret(env: NodeJS.ProcessEnv): string | undefined {
  const inline = env.JWT_SECRET?.trim();
  const fromFile = secretFile(env, 'JWT_SECRET_FILE');
  if (inline && fromFile !== undefined) throw new ConfigError('JWT_SECRET and JWT_SECRET_FILE are both set: set only one');
  if (fromFile !== undefined && fromFile.length < 32) {
    throw new ConfigError(
      `JWT_SECRET_FILE=${env.JWT_SECRET_FILE?.trim()} holds ${fromFile.length} characters: the secret must be at least 32 characters long`,
    );
  }
  return inline || fromFile;
}

/**
 * A connection URL, with the password read from `fileName`'s file when that is set (the URL then names no
 * password itself). The password is percent-encoded into the URL, so any character may appear in it.
 */
function urlWithPasswordFile(env: NodeJS.ProcessEnv, urlName: string, fileName: string): string | undefined {
  const raw = env[urlName]?.trim() || undefined;
  const password = secretFile(env, fileName);
  if (password === undefined) return raw;
  if (!raw) throw new ConfigError(`${fileName} is set without ${urlName}: set ${urlName} to the connection (without its password)`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${urlName} is not a postgres:// URL, so ${fileName} cannot put its password into it`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`${urlName} is not a postgres:// URL, so ${fileName} cannot put its password into it`);
  }
  if (url.password) throw new ConfigError(`${urlName} holds a password and ${fileName} is set: keep the password in one place`);
  if (!url.hostname) throw new ConfigError(`${urlName} names no host, so ${fileName} cannot put its password into it`);
  url.password = encodeURIComponent(password);
  return url.href;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${raw} is not valid: expected a whole number from ${min} to ${max}`);
  }
  return value;
}

/** Seconds, written as a whole number of seconds or as a duration such as 90s, 30m, 12h or 7d. */
function duration(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const seconds = parseDurationSeconds(raw);
  if (seconds === undefined || seconds < min || seconds > max) {
    throw new ConfigError(`${name}=${raw} is not valid: expected seconds or a duration such as 30m, 12h or 7d, from ${min} s to ${max} s`);
  }
  return seconds;
}

/** `3600`, `90s`, `30m`, `12h`, `7d` → seconds; undefined when the text is none of these. */
export function parseDurationSeconds(text: string): number | undefined {
  const match = /^(\d{1,9})([smhd]?)$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(`${name}=${raw} is not valid: expected one of ${allowed.join(', ')}`);
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name}=${raw} is not valid: expected true or false`);
}

function rulesFrom(env: NodeJS.ProcessEnv): RulesSettings {
  const path = env.RULES_CONFIG?.trim();
  if (!path) return rulesSettingsOf();
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(resolve(path), 'utf8'));
  } catch (error) {
    throw new ConfigError(`RULES_CONFIG=${path} cannot be read as JSON: ${(error as Error).message}`);
  }
  try {
    return rulesSettingsOf(parsed as RulesConfig);
  } catch (error) {
    if (error instanceof RulesConfigError) throw new ConfigError(`RULES_CONFIG=${path}: ${error.detail}`);
    throw error;
  }
}

function notifyMode(env: NodeJS.ProcessEnv): boolean | 'coalesced' {
  const raw = env.EVENT_STORE_NOTIFY?.trim().toLowerCase();
  if (!raw || raw === 'coalesced') return 'coalesced';
  return boolean(env, 'EVENT_STORE_NOTIFY', true);
}
