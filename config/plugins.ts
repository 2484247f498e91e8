import { publicUrl } from '../src/domain/deployment';
import { uploadPluginConfig } from '../src/uploads/s3/options';

/**
 * Uploads (ticket attachments, the Media Library): Strapi's local provider (public/uploads on this
 * machine's disk) unless UPLOAD_PROVIDER=s3, then our provider for an S3-compatible bucket
 * (src/uploads/s3, the package providers/strapi-provider-upload-poshtiban-s3): a private bucket,
 * every download signed. A missing S3_* variable stops the start here, naming it.
 */
const uploads = () => {
  const config = uploadPluginConfig(process.env);
  if (!config) return {};
  try {
    require.resolve(config.provider);
  } catch {
    throw new Error(`UPLOAD_PROVIDER=s3: the upload provider package "${config.provider}" is not installed (it is a file: dependency of the app — run npm install).`);
  }
  return { upload: { config } };
};

export default ({ env }) => ({
  ...uploads(),
  // local plugins (plugins/<name>): each integration or capability with its own server and admin parts
  'customer-accounts': {
    enabled: true,
    resolve: './plugins/customer-accounts',
    config: {
      siteUrl: publicUrl(process.env),
      loginThrottle: {
        enabled: env.bool('LOGIN_THROTTLE_ENABLED', true),
        windowMs: env.int('LOGIN_THROTTLE_WINDOW_MS', 15 * 60 * 1000),
        maxFailuresPerAccount: env.int('LOGIN_THROTTLE_MAX_PER_ACCOUNT', 5),
        maxFailuresPerIp: env.int('LOGIN_THROTTLE_MAX_PER_IP', 30),
      },
      // with Redis, failed logins and code requests are counted once for all instances
      redisUrl: env('REDIS_URL', ''),
      // the start of every Redis key and channel (deployments or test runs sharing one Redis)
      redisPrefix: env('REDIS_PREFIX', 'poshtiban:'),
      // bcrypt off the event loop: PASSWORD_HASH_WORKERS threads (default: cores − 1; 0 = main thread)
      passwordHashing: process.env.PASSWORD_HASH_WORKERS ? { workers: env.int('PASSWORD_HASH_WORKERS') } : {},
    },
  },
  // the public warranty check by serial number (GET /api/warranty/:serial)
  'warranty-lookup': {
    enabled: true,
    resolve: './plugins/warranty-lookup',
    config: {
      rateLimit: {
        enabled: env.bool('WARRANTY_RATELIMIT_ENABLED', true),
        windowMs: env.int('WARRANTY_RATELIMIT_WINDOW_MS', 60_000),
        max: env.int('WARRANTY_RATELIMIT_MAX', 30),
      },
      cache: { ttlMs: env.int('WARRANTY_CACHE_TTL_MS', 60_000), maxEntries: env.int('WARRANTY_CACHE_MAX_ENTRIES', 50_000) },
      redisUrl: env('REDIS_URL', ''),
      redisPrefix: env('REDIS_PREFIX', 'poshtiban:'),
    },
  },
  // staff actions the Content Manager cannot do (verify an installation form's hash, …)
  'back-office': { enabled: true, resolve: './plugins/back-office' },
  // dates of the portal's records shown and entered in the Jalali calendar in the admin
  'jalali-date': { enabled: true, resolve: './plugins/jalali-date' },
  // SMS and WhatsApp through the outbox; the local provider (log + outbox) unless configured
  messaging: {
    enabled: true,
    resolve: './plugins/messaging',
    config: {
      sms: {
        provider: env('SMS_PROVIDER', 'local'),
        providerOptions: {
          apiKey: env('KAVENEGAR_API_KEY'),
          baseUrl: env('KAVENEGAR_BASE_URL', 'https://api.kavenegar.com'),
          sender: env('KAVENEGAR_SENDER'),
          timeoutMs: env.int('KAVENEGAR_TIMEOUT_MS', 10_000),
        },
      },
      whatsapp: {
        provider: env('WHATSAPP_PROVIDER', 'local'),
        providerOptions: {
          baseUrl: env('WHATSAPP_BASE_URL', 'https://graph.facebook.com'),
          apiVersion: env('WHATSAPP_API_VERSION', 'v21.0'),
          phoneNumberId: env('WHATSAPP_PHONE_NUMBER_ID'),
          accessToken: env('WHATSAPP_ACCESS_TOKEN'),
          appSecret: env('WHATSAPP_APP_SECRET'),
          verifyToken: env('WHATSAPP_VERIFY_TOKEN'),
          timeoutMs: env.int('WHATSAPP_TIMEOUT_MS', 10_000),
        },
      },
      delivery: {
        maxAttempts: env.int('MESSAGING_MAX_ATTEMPTS', 8),
        // a worker renews its claims every third of this while it sends; one that died gives its
        // messages back after it (resent with the same Kavenegar localid)
        leaseMs: env.int('MESSAGING_LEASE_MS', 60_000),
        ratePerSecond: { sms: env.int('SMS_RATE_PER_SECOND', 20), whatsapp: env.int('WHATSAPP_RATE_PER_SECOND', 20) },
        // with Redis, the rate above holds for all instances together; without it, for each one
        redisUrl: env('REDIS_URL', ''),
        redisPrefix: env('REDIS_PREFIX', 'poshtiban:'),
        broadcastHours: { from: env.int('BROADCAST_FROM_HOUR', 8), to: env.int('BROADCAST_TO_HOUR', 21) },
      },
    },
  },
  // online payments: the built-in sandbox gateway unless Zarinpal is configured
  payment: {
    enabled: true,
    resolve: './plugins/payment',
    config: {
      provider: env('PAYMENT_PROVIDER', 'sandbox'),
      providerOptions: {
        merchantId: env('ZARINPAL_MERCHANT_ID'),
        sandbox: env.bool('ZARINPAL_SANDBOX', false),
        baseUrl: env('ZARINPAL_BASE_URL'),
        timeoutMs: env.int('ZARINPAL_TIMEOUT_MS', 15_000),
      },
      // PUBLIC_URL, else http://localhost:<PORT>; production refuses to start without it
      publicUrl: publicUrl(process.env),
      siteUrl: env('SITE_URL', ''),
      pendingTtlMinutes: env.int('PAYMENT_PENDING_TTL_MINUTES', 60),
    },
  },
  // service status changes → Didar CRM; the local provider records what it would send
  'crm-sync': {
    enabled: true,
    resolve: './plugins/crm-sync',
    config: {
      provider: env('CRM_PROVIDER', 'local'),
      providerOptions: {
        apiKey: env('DIDAR_API_KEY'),
        baseUrl: env('DIDAR_BASE_URL', 'https://app.didar.me/api'),
        pipelineId: env('DIDAR_PIPELINE_ID'),
        // JSON: {"active":"<stage id>","renewed":"…","expired":"…","pay_per_case":"…","cancelled":"…","awaiting_installation":"…"}
        stageIds: env.json('DIDAR_STAGE_IDS', {}),
        activityTypeId: env('DIDAR_ACTIVITY_TYPE_ID'),
        nationalCodeField: env('DIDAR_NATIONAL_CODE_FIELD'),
        timeoutMs: env.int('DIDAR_TIMEOUT_MS', 15_000),
      },
    },
  },
  // licences for the paid training videos: SpotPlayer, or the local stand-in (test licences) by default
  'video-licensing': {
    enabled: true,
    resolve: './plugins/video-licensing',
    config: {
      provider: env('VIDEO_LICENSING_PROVIDER', 'local'),
      providerOptions: {
        apiKey: env('SPOTPLAYER_API_KEY'),
        baseUrl: env('SPOTPLAYER_BASE_URL', 'https://panel.spotplayer.ir'),
        level: -1,
        // SpotPlayer's test licences everywhere but production
        test: process.env.NODE_ENV !== 'production',
        timeoutMs: env.int('SPOTPLAYER_TIMEOUT_MS', 15_000),
      },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      // short-lived access token + refresh token in an httpOnly cookie; logout revokes the session
      jwtManagement: 'refresh',
      sessions: {
        httpOnly: true,
      },
      // Strapi's own per-IP limiter on /api/auth/* (in memory, per process; with REDIS_URL in the
      // shared counters — src/utils/shared-request-limit.ts, set up in src/index.ts bootstrap)
      ratelimit: {
        enabled: env.bool('AUTH_RATELIMIT_ENABLED', true),
        interval: env.int('AUTH_RATELIMIT_INTERVAL_MS', 60_000),
        max: env.int('AUTH_RATELIMIT_MAX', 10),
      },
    },
  },
});
