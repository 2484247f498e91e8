/**
 * The production start guard (issue 15, item 9), run first in register() (src/index.ts): with
 * NODE_ENV=production the app refuses to start — before it touches the database — while the
 * payment gateway is the sandbox, SMS, WhatsApp, the CRM or any other integration of the app's
 * own plugins is the local stand-in, or PUBLIC_URL is missing (src/domain/deployment.ts says
 * what is wrong and how it is allowed). Strapi's own plugins (upload's local disk) are not
 * judged here.
 */
import path from 'path';
import type { Core } from '@strapi/strapi';
import { blockingProblems, productionRefusal, STAND_IN_PROVIDERS, type ConfiguredProvider, type Env } from '../domain/deployment';

/** The environment variable that chooses each provider setting (config/plugins.ts). */
const VARIABLES: Record<string, string> = {
  'payment.provider': 'PAYMENT_PROVIDER',
  'payment.providerOptions.sandbox': 'ZARINPAL_SANDBOX',
  'messaging.sms.provider': 'SMS_PROVIDER',
  'messaging.whatsapp.provider': 'WHATSAPP_PROVIDER',
  'crm-sync.provider': 'CRM_PROVIDER',
  'video-licensing.provider': 'VIDEO_LICENSING_PROVIDER',
};

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `provider` settings in a plugin's config, at its top level or one level down (messaging.sms). */
const providersIn = (plugin: string, config: unknown): ConfiguredProvider[] => {
  if (!isObject(config)) return [];
  const found: ConfiguredProvider[] = [];
  const visit = (node: Record<string, any>, at: string[]) => {
    if (typeof node.provider !== 'string') return;
    const sandbox = !STAND_IN_PROVIDERS.has(node.provider) && isObject(node.providerOptions) && node.providerOptions.sandbox === true;
    // the setting to name: the provider's, or its sandbox switch when that is what is wrong
    const key = [plugin, ...at, ...(sandbox ? ['providerOptions', 'sandbox'] : ['provider'])].join('.');
    found.push({ integration: [plugin, ...at].join(' '), variable: VARIABLES[key] ?? `plugin::${key}`, provider: node.provider, sandbox });
  };
  visit(config, []);
  for (const [key, value] of Object.entries(config)) if (isObject(value)) visit(value, [key]);
  return found;
};

/** Every provider setting of the app's own plugins (those under plugins/). */
export const configuredProviders = (strapi: Core.Strapi): ConfiguredProvider[] => {
  const own = path.join(strapi.dirs.app.root, 'plugins') + path.sep;
  const enabled = (strapi.config.get('enabledPlugins') ?? {}) as Record<string, { pathToPlugin?: string }>;
  return Object.entries(enabled)
    .filter(([, p]) => typeof p?.pathToPlugin === 'string' && path.resolve(strapi.dirs.app.root, p.pathToPlugin).startsWith(own))
    .flatMap(([name]) => providersIn(name, strapi.config.get(`plugin::${name}`)));
};

/** Throws, listing every problem, when a production start is unsafe; does nothing elsewhere. */
export const guardProductionStart = (strapi: Core.Strapi, env: Env = process.env) => {
  if (env.NODE_ENV !== 'production') return;
  const problems = blockingProblems(env, configuredProviders(strapi));
  if (problems.length > 0) throw new Error(productionRefusal(problems));
};
