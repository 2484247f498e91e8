/**
 * What the running server must know about where it is deployed, in one place:
 *   - `publicUrl`: this server's public address (payment callbacks, links in messages). Without
 *     PUBLIC_URL it is http://localhost:<PORT> — the port the server really listens on; a fixed
 *     :1337 sent the gateway's callbacks to the wrong port. Production requires PUBLIC_URL.
 *   - `allowedOrigins`: the only origins CORS answers (with credentials): the public URL's, the
 *     site's (SITE_URL) and those listed in CORS_ORIGINS (comma-separated). Never `null`, never *.
 *   - `productionProblems`: what makes a production start unsafe — the sandbox payment gateway,
 *     a local (log-only) messaging, CRM or any other provider, a missing or malformed PUBLIC_URL.
 *     The app refuses to start on any of them (src/bootstrap/production-guards.ts); the providers'
 *     ones may be allowed on purpose with ALLOW_SANDBOX_PROVIDERS=true (a staging server).
 */

export type Env = Record<string, string | undefined>;

const httpUrl = (value: string): URL | null => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
};

/** The server's public address, without a trailing slash. */
export const publicUrl = (env: Env): string => {
  const configured = env.PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  const port = Number.parseInt(env.PORT ?? '', 10);
  return `http://localhost:${Number.isInteger(port) && port > 0 ? port : 1337}`;
};

/** The scheme://host[:port] of an http(s) URL; null for anything else (`null`, `*`, a bare host). */
export const originOf = (value: string | undefined): string | null => {
  const url = value ? httpUrl(value.trim()) : null;
  return url ? url.origin : null;
};

/** The origins CORS allows, with credentials. */
export const allowedOrigins = (env: Env): string[] => {
  const listed = (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  const origins = [publicUrl(env), env.SITE_URL, ...listed].map(originOf).filter((o): o is string => o !== null);
  return [...new Set(origins)];
};

/** A provider the app is configured with: which integration, which setting chose it, which one. */
export type ConfiguredProvider = { integration: string; variable: string; provider: string; sandbox?: boolean };

/** Providers that only pretend: nothing reaches a real gateway, SMS line or CRM. */
export const STAND_IN_PROVIDERS = new Set(['local', 'sandbox']);

export const ALLOW_SANDBOX_VARIABLE = 'ALLOW_SANDBOX_PROVIDERS';

export type ProductionProblem = { variable: string; problem: string; allowable: boolean };

/** Every reason the app may not start in production with this environment and these providers. */
export const productionProblems = (env: Env, providers: ConfiguredProvider[]): ProductionProblem[] => {
  const problems: ProductionProblem[] = [];
  const configured = env.PUBLIC_URL?.trim();
  if (!configured) {
    problems.push({ variable: 'PUBLIC_URL', problem: 'is not set: payment callbacks and the links in messages need the public https address of this server', allowable: false });
  } else if (!httpUrl(configured)) {
    problems.push({ variable: 'PUBLIC_URL', problem: `"${configured}" is not an http(s) URL`, allowable: false });
  }
  for (const p of providers) {
    if (STAND_IN_PROVIDERS.has(p.provider)) {
      problems.push({
        variable: p.variable,
        problem: `is "${p.provider}": the ${p.integration} provider that sends nothing for real${p.provider === 'sandbox' ? ' (anyone can mark a payment paid)' : ''}`,
        allowable: true,
      });
    } else if (p.sandbox) {
      problems.push({ variable: p.variable, problem: `"${p.provider}" is set to its sandbox (test) service`, allowable: true });
    }
  }
  return problems;
};

/**
 * The problems that stop a production start: all of them, less the providers' ones when
 * ALLOW_SANDBOX_PROVIDERS=true.
 */
export const blockingProblems = (env: Env, providers: ConfiguredProvider[]): ProductionProblem[] => {
  const allowed = (env[ALLOW_SANDBOX_VARIABLE] ?? '').trim().toLowerCase() === 'true';
  return productionProblems(env, providers).filter((p) => !(allowed && p.allowable));
};

/** The message the app stops with: every problem, one a line, and how to fix them. */
export const productionRefusal = (problems: ProductionProblem[]): string =>
  [
    'Poshtiban refuses to start in production (NODE_ENV=production):',
    ...problems.map((p) => `  - ${p.variable} ${p.problem}`),
    problems.some((p) => p.allowable)
      ? `Configure the real providers (docs/deploy.md), or set ${ALLOW_SANDBOX_VARIABLE}=true on a staging server that may use the stand-ins.`
      : 'See docs/deploy.md for the production variables.',
  ].join('\n');
