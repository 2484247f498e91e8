/**
 * Production guards (issue 15, item 9): with NODE_ENV=production the real app refuses to start —
 * booted through the test helper, the way `npm start` loads it — while the payment gateway is the
 * sandbox, SMS/WhatsApp/the CRM are the local stand-ins or PUBLIC_URL is missing, and names
 * every problem; ALLOW_SANDBOX_PROVIDERS=true lets the stand-ins through (a staging server), real
 * providers need nothing. And the local SMS provider never writes a login code to the log, in
 * any environment.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { tehranNoon } from '../helpers/messaging';

const VARIABLES = [
  'NODE_ENV',
  'PUBLIC_URL',
  'ALLOW_SANDBOX_PROVIDERS',
  'SCHEDULER_ENABLED',
  'PAYMENT_PROVIDER',
  'ZARINPAL_MERCHANT_ID',
  'ZARINPAL_SANDBOX',
  'SMS_PROVIDER',
  'KAVENEGAR_API_KEY',
  'KAVENEGAR_SENDER',
  'WHATSAPP_PROVIDER',
  'WHATSAPP_PHONE_NUMBER_ID',
  'WHATSAPP_ACCESS_TOKEN',
  'WHATSAPP_APP_SECRET',
  'WHATSAPP_VERIFY_TOKEN',
  'CRM_PROVIDER',
  'DIDAR_API_KEY',
  'DIDAR_PIPELINE_ID',
  'VIDEO_LICENSING_PROVIDER',
  'SPOTPLAYER_API_KEY',
];
let saved: Record<string, string | undefined>;

/** Boots the app with these variables set (and the rest of VARIABLES unset); restores them after. */
const bootWith = async (env: Record<string, string>): Promise<TestApp> => {
  for (const name of VARIABLES) delete process.env[name];
  Object.assign(process.env, { SCHEDULER_ENABLED: 'false', ...env });
  return startApp();
};

const refusal = async (env: Record<string, string>): Promise<string> => {
  let app: TestApp | undefined;
  try {
    app = await bootWith(env);
  } catch (error: any) {
    return String(error?.message ?? error);
  } finally {
    await app?.stop();
  }
  throw new Error('the app started');
};

const REAL_PROVIDERS = {
  PAYMENT_PROVIDER: 'zarinpal',
  ZARINPAL_MERCHANT_ID: '11111111-2222-3333-4444-555555555555',
  SMS_PROVIDER: 'kavenegar',
  KAVENEGAR_API_KEY: 'key',
  KAVENEGAR_SENDER: '2000500666',
  WHATSAPP_PROVIDER: 'whatsapp-cloud',
  WHATSAPP_PHONE_NUMBER_ID: '1234567890',
  WHATSAPP_ACCESS_TOKEN: 'token',
  WHATSAPP_APP_SECRET: 'secret',
  WHATSAPP_VERIFY_TOKEN: 'verify',
  CRM_PROVIDER: 'didar',
  DIDAR_API_KEY: 'key',
  DIDAR_PIPELINE_ID: 'pipeline',
  VIDEO_LICENSING_PROVIDER: 'spotplayer',
  SPOTPLAYER_API_KEY: 'key',
};

beforeEach(() => {
  saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
});
afterEach(() => {
  for (const name of VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('a production start', () => {
  test('refuses the default stand-ins and a missing PUBLIC_URL, naming each', async () => {
    const message = await refusal({ NODE_ENV: 'production' });
    expect(message).toMatch(/refuses to start in production/);
    for (const variable of ['PUBLIC_URL', 'PAYMENT_PROVIDER', 'SMS_PROVIDER', 'WHATSAPP_PROVIDER', 'CRM_PROVIDER', 'VIDEO_LICENSING_PROVIDER']) expect(message).toContain(`- ${variable} `);
    expect(message).toContain('PAYMENT_PROVIDER is "sandbox"');
    expect(message).toContain('ALLOW_SANDBOX_PROVIDERS=true');
  });

  test('refuses one stand-in among real providers, and a Zarinpal sandbox', async () => {
    const message = await refusal({ NODE_ENV: 'production', PUBLIC_URL: 'https://portal.example.ir', ...REAL_PROVIDERS, SMS_PROVIDER: 'local', ZARINPAL_SANDBOX: 'true' });
    expect(message).toContain('- SMS_PROVIDER is "local"');
    expect(message).toContain('- ZARINPAL_SANDBOX ');
    expect(message).not.toContain('PUBLIC_URL');
    expect(message).not.toContain('WHATSAPP_PROVIDER');
  });

  test('refuses the local video licensing provider (fake licences) among real providers', async () => {
    const message = await refusal({ NODE_ENV: 'production', PUBLIC_URL: 'https://portal.example.ir', ...REAL_PROVIDERS, VIDEO_LICENSING_PROVIDER: 'local' });
    expect(message).toContain('- VIDEO_LICENSING_PROVIDER is "local"');
    expect(message).not.toContain('SMS_PROVIDER');
    expect(message).not.toContain('PAYMENT_PROVIDER');
  });

  test('ALLOW_SANDBOX_PROVIDERS=true does not excuse a missing PUBLIC_URL', async () => {
    const message = await refusal({ NODE_ENV: 'production', ALLOW_SANDBOX_PROVIDERS: 'true' });
    expect(message).toContain('- PUBLIC_URL is not set');
    expect(message).not.toContain('PAYMENT_PROVIDER');
  });

  test('starts with ALLOW_SANDBOX_PROVIDERS=true and a PUBLIC_URL', async () => {
    const app = await bootWith({ NODE_ENV: 'production', ALLOW_SANDBOX_PROVIDERS: 'true', PUBLIC_URL: 'https://portal.example.ir' });
    try {
      expect((await request(app.server).get('/api/contact-details')).status).toBe(200);
      expect(app.strapi.config.get('plugin::payment.publicUrl')).toBe('https://portal.example.ir');
    } finally {
      await app.stop();
    }
  });

  test('starts with real providers and a PUBLIC_URL, nothing allowed', async () => {
    const app = await bootWith({ NODE_ENV: 'production', PUBLIC_URL: 'https://portal.example.ir', ...REAL_PROVIDERS });
    try {
      expect((await request(app.server).get('/api/contact-details')).status).toBe(200);
      // SpotPlayer issues real licences in production, test ones everywhere else
      expect(app.strapi.config.get('plugin::video-licensing.providerOptions.test')).toBe(false);
    } finally {
      await app.stop();
    }
  });
});

describe('outside production', () => {
  test('the stand-ins start, the public URL follows PORT, and the local SMS provider logs a login code masked', async () => {
    const port = process.env.PORT;
    process.env.PORT = '4321';
    let app: TestApp;
    try {
      app = await bootWith({ NODE_ENV: 'test' });
    } finally {
      if (port === undefined) delete process.env.PORT;
      else process.env.PORT = port;
    }
    expect(app.strapi.config.get('plugin::payment.publicUrl')).toBe('http://localhost:4321');
    expect(app.strapi.config.get('plugin::payment.provider')).toBe('sandbox');
    expect(app.strapi.config.get('plugin::messaging.sms.provider')).toBe('local');
    expect(app.strapi.config.get('plugin::video-licensing.provider')).toBe('local');
    expect(app.strapi.config.get('plugin::video-licensing.providerOptions.test')).toBe(true);

    const logged: string[] = [];
    const spy = jest.spyOn(app.strapi.log, 'info').mockImplementation(((m: string) => logged.push(String(m))) as any);
    try {
      await app.strapi.plugin('messaging').service('outbox').enqueue({
        channel: 'sms',
        kind: 'otp',
        recipient: '09127777777',
        templateCode: 'login-code',
        params: { minutes: 5 },
        secretParams: { code: '482913' },
        dedupeKey: 'login-code:log-test:sms',
      });
      expect(await app.strapi.plugin('messaging').service('delivery').runOnce({ now: tehranNoon() })).toMatchObject({ sent: 1 });
    } finally {
      spy.mockRestore();
      await app.stop();
    }
    const line = logged.find((l) => l.includes('[messaging:local]'));
    expect(line).toContain('09127777777');
    expect(line).toContain('login-code');
    expect(line).not.toContain('482913');
    expect(line).toContain('••••');
  });
});
