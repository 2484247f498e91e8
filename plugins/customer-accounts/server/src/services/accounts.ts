/**
 * Portal accounts: staff issue (or reset) a subscriber's credentials. The username is always the
 * subscriber number; the password is either typed by staff or generated here and returned once.
 * Passwords are hashed by users-permissions (bcrypt) and never stored or logged in clear.
 */
import { randomInt } from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FieldErrors, bilingual, fieldError, validationError } from 'poshtiban/validation/errors';
import { CUSTOMER_ROLE_TYPE } from './roles';
import type { CustomerAccountsConfig } from '../config';

const SUBSCRIBER = 'api::subscriber.subscriber';
const USER = 'plugin::users-permissions.user';
/** no 0/O, 1/l/I: passwords are read out over the phone */
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const PASSWORD_MIN_LENGTH = 8;
/** bcrypt reads at most 72 bytes */
export const PASSWORD_MAX_LENGTH = 72;

export type IssueCredentialsInput = {
  subscriberDocumentId: string;
  password?: unknown;
  actor: { id?: number | string; label?: string };
  ip?: string;
};

export type IssuedCredentials = {
  username: string;
  accountCreated: boolean;
  /** a generated password went by SMS to this (masked) mobile */
  sentTo?: string;
  /**
   * A generated password, shown to staff once — only while SMS goes through the local provider,
   * i.e. nothing actually reaches the subscriber's phone.
   */
  generatedPassword?: string;
};

const maskMobile = (mobile: string) => `${mobile.slice(0, 4)}•••${mobile.slice(-4)}`;

export const generatePassword = (length: number): string =>
  Array.from({ length }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::customer-accounts') as CustomerAccountsConfig;

  const findSubscriber = (documentId: string) =>
    strapi.db.query(SUBSCRIBER).findOne({
      where: { documentId },
      select: ['id', 'documentId', 'subscriberNumber', 'nationalCode', 'fullName', 'mobile'],
      populate: { user: { select: ['id', 'username', 'blocked'] } },
    });

  return {
    async status(subscriberDocumentId: string) {
      const subscriber = await findSubscriber(subscriberDocumentId);
      if (!subscriber) throw bilingual(errors.NotFoundError, 'notFound');
      const user = subscriber.user;
      return {
        hasAccount: Boolean(user),
        username: user?.username ?? null,
        blocked: Boolean(user?.blocked),
        loginIdentifiers: { subscriberNumber: subscriber.subscriberNumber, nationalCode: subscriber.nationalCode },
      };
    },

    async issueCredentials(input: IssueCredentialsInput): Promise<IssuedCredentials> {
      const typed = input.password;
      const fieldErrors = new FieldErrors();
      if (typed !== undefined && typed !== null && typed !== '') {
        if (typeof typed !== 'string') fieldErrors.add('password', 'mustBeText');
        else if (typed.length < PASSWORD_MIN_LENGTH) fieldErrors.add('password', 'passwordTooShort');
        else if (Buffer.byteLength(typed, 'utf8') > PASSWORD_MAX_LENGTH) fieldErrors.add('password', 'passwordTooLong');
      }
      fieldErrors.throwIfAny();
      const generated = typeof typed === 'string' && typed !== '' ? undefined : generatePassword(config().generatedPasswordLength);
      const password = (generated ?? typed) as string;

      return strapi.db.transaction(async () => {
        const subscriber = await findSubscriber(input.subscriberDocumentId);
        if (!subscriber) throw bilingual(errors.NotFoundError, 'notFound');

        const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: CUSTOMER_ROLE_TYPE }, select: ['id'] });
        if (!role) throw new errors.ApplicationError('The Customer role is missing; restart the app to recreate it.');

        const username = subscriber.subscriberNumber;
        const userService = strapi.plugin('users-permissions').service('user');
        let accountCreated = false;
        let userId: number;

        if (subscriber.user) {
          userId = subscriber.user.id;
          await userService.edit(userId, { username, password, blocked: false, role: role.id });
          // a reset ends every session opened with the old password
          await strapi.sessionManager('users-permissions').invalidateRefreshToken(String(userId));
        } else {
          const clash = await strapi.db.query(USER).findOne({ where: { username }, select: ['id'] });
          if (clash) throw validationError([fieldError('username', 'subscriberNumberTaken')]);
          const user = await userService.add({
            username,
            email: `${username}@${config().placeholderEmailDomain}`,
            password,
            provider: 'local',
            confirmed: true,
            blocked: false,
            role: role.id,
          });
          userId = user.id;
          await strapi.db.query(SUBSCRIBER).update({ where: { id: subscriber.id }, data: { user: userId } });
          accountCreated = true;
        }

        const audit = await strapi.service('api::audit-event.audit-event').record({
          action: accountCreated ? 'portal-account.created' : 'portal-account.password-reset',
          actorType: 'staff',
          actorId: input.actor.id,
          actorLabel: input.actor.label,
          subjectUid: SUBSCRIBER,
          subjectId: subscriber.documentId,
          details: { username, passwordGenerated: Boolean(generated) },
          ip: input.ip,
        });

        if (!generated) return { username, accountCreated };

        // the generated password goes to the subscriber by SMS, sealed in the outbox
        await strapi.plugin('messaging').service('outbox').enqueue({
          channel: 'sms',
          kind: 'transactional',
          recipient: subscriber.mobile,
          subscriberId: subscriber.id,
          templateCode: 'portal-credentials',
          params: { name: subscriber.fullName, username, url: config().siteUrl },
          secretParams: { password: generated },
          dedupeKey: `portal-credentials:${subscriber.documentId}:${audit.id}:sms`,
        });
        const smsProvider = (strapi.config.get('plugin::messaging') as any)?.sms?.provider ?? 'local';
        return {
          username,
          accountCreated,
          sentTo: maskMobile(subscriber.mobile),
          ...(smsProvider === 'local' ? { generatedPassword: generated } : {}),
        };
      });
    },
  };
};
