import type { Schema, Struct } from '@strapi/strapi';

export interface AdminApiToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_tokens';
  info: {
    description: '';
    displayName: 'Api Token';
    name: 'Api Token';
    pluralName: 'api-tokens';
    singularName: 'api-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    adminPermissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::permission'
    >;
    adminUserOwner: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    encryptedKey: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    expiresAt: Schema.Attribute.DateTime;
    kind: Schema.Attribute.Enumeration<['content-api', 'admin']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'content-api'>;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::api-token-permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.Enumeration<['read-only', 'full-access', 'custom']> &
      Schema.Attribute.DefaultTo<'read-only'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminApiTokenPermission extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_token_permissions';
  info: {
    description: '';
    displayName: 'API Token Permission';
    name: 'API Token Permission';
    pluralName: 'api-token-permissions';
    singularName: 'api-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::api-token-permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminPermission extends Struct.CollectionTypeSchema {
  collectionName: 'admin_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'Permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    actionParameters: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    apiToken: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    conditions: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<[]>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::permission'> &
      Schema.Attribute.Private;
    properties: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<'manyToOne', 'admin::role'>;
    subject: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminRole extends Struct.CollectionTypeSchema {
  collectionName: 'admin_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'Role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::role'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    users: Schema.Attribute.Relation<'manyToMany', 'admin::user'>;
  };
}

export interface AdminSession extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_sessions';
  info: {
    description: 'Session Manager storage';
    displayName: 'Session';
    name: 'Session';
    pluralName: 'sessions';
    singularName: 'session';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    absoluteExpiresAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    childId: Schema.Attribute.String & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    deviceId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    expiresAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::session'> &
      Schema.Attribute.Private;
    metadata: Schema.Attribute.JSON & Schema.Attribute.Private;
    origin: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    sessionId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique;
    status: Schema.Attribute.String & Schema.Attribute.Private;
    type: Schema.Attribute.String & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    userId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
  };
}

export interface AdminTransferToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_tokens';
  info: {
    description: '';
    displayName: 'Transfer Token';
    name: 'Transfer Token';
    pluralName: 'transfer-tokens';
    singularName: 'transfer-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    expiresAt: Schema.Attribute.DateTime;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token-permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminTransferTokenPermission
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_token_permissions';
  info: {
    description: '';
    displayName: 'Transfer Token Permission';
    name: 'Transfer Token Permission';
    pluralName: 'transfer-token-permissions';
    singularName: 'transfer-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token-permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::transfer-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminUser extends Struct.CollectionTypeSchema {
  collectionName: 'admin_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'User';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    apiTokens: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> &
      Schema.Attribute.Private;
    blocked: Schema.Attribute.Boolean &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    firstname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    isActive: Schema.Attribute.Boolean &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    lastname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::user'> &
      Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    preferedLanguage: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    registrationToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordTokenExpiresAt: Schema.Attribute.DateTime &
      Schema.Attribute.Private;
    roles: Schema.Attribute.Relation<'manyToMany', 'admin::role'> &
      Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    username: Schema.Attribute.String;
  };
}

export interface ApiAnnouncementAnnouncement
  extends Struct.CollectionTypeSchema {
  collectionName: 'announcements';
  info: {
    description: '\u0627\u0637\u0644\u0627\u0639\u06CC\u0647\u200C\u0647\u0627\u06CC \u0634\u0631\u06A9\u062A: \u0628\u0627 \u0627\u0646\u062A\u0634\u0627\u0631\u060C \u062F\u0631 \u062F\u0627\u0634\u0628\u0648\u0631\u062F \u0645\u0634\u062A\u0631\u06A9\u0627\u0646 \u0645\u062E\u0627\u0637\u0628 \u0646\u0645\u0627\u06CC\u0634 \u062F\u0627\u062F\u0647 \u0645\u06CC\u200C\u0634\u0648\u062F \u0648 \u062F\u0631 \u0635\u0648\u0631\u062A \u0627\u0646\u062A\u062E\u0627\u0628\u060C \u067E\u06CC\u0627\u0645\u06A9 \u06CC\u0627 \u0648\u0627\u062A\u0633\u0627\u067E \u0647\u0645 \u0627\u0631\u0633\u0627\u0644 \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u0627\u0637\u0644\u0627\u0639\u06CC\u0647 (Announcement)';
    pluralName: 'announcements';
    singularName: 'announcement';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    i18n: {
      localized: true;
    };
  };
  attributes: {
    audience: Schema.Attribute.Enumeration<
      ['everyone', 'device_types', 'subscribers']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }> &
      Schema.Attribute.DefaultTo<'everyone'>;
    body: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    deviceTypes: Schema.Attribute.Relation<
      'manyToMany',
      'api::device-type.device-type'
    > &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
    kind: Schema.Attribute.Enumeration<
      ['software_update', 'service_terms', 'legal_notice', 'general']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }> &
      Schema.Attribute.DefaultTo<'general'>;
    locale: Schema.Attribute.String;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::announcement.announcement'
    >;
    publishedAt: Schema.Attribute.DateTime;
    sendSms: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }> &
      Schema.Attribute.DefaultTo<false>;
    sendWhatsapp: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }> &
      Schema.Attribute.DefaultTo<false>;
    subscribers: Schema.Attribute.Relation<
      'manyToMany',
      'api::subscriber.subscriber'
    > &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
    summary: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiAnnouncementAnnouncementFanout
  extends Struct.CollectionTypeSchema {
  collectionName: 'announcement_fanouts';
  info: {
    description: '\u067E\u06CC\u0634\u0631\u0641\u062A \u0633\u0627\u062E\u062A \u0627\u0639\u0644\u0627\u0646\u200C\u0647\u0627 \u0648 \u067E\u06CC\u0627\u0645\u200C\u0647\u0627\u06CC \u0647\u0631 \u0627\u0637\u0644\u0627\u0639\u06CC\u0647\u0654 \u0645\u0646\u062A\u0634\u0631\u0634\u062F\u0647\u061B \u062A\u0648\u0633\u0637 \u0633\u0627\u0645\u0627\u0646\u0647 \u067E\u0631 \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u0627\u0631\u0633\u0627\u0644 \u0627\u0637\u0644\u0627\u0639\u06CC\u0647 (Announcement delivery)';
    pluralName: 'announcement-fanouts';
    singularName: 'announcement-fanout';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    announcementDocumentId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    audienceSize: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    claimedBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    fanoutStatus: Schema.Attribute.Enumeration<
      ['pending', 'running', 'done', 'failed']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'pending'>;
    finishedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    lastError: Schema.Attribute.Text;
    leaseUntil: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::announcement.announcement-fanout'
    > &
      Schema.Attribute.Private;
    messagesQueued: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    notificationsCreated: Schema.Attribute.Integer &
      Schema.Attribute.DefaultTo<0>;
    publishedAt: Schema.Attribute.DateTime;
    requestedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    resumeAfterId: Schema.Attribute.Integer;
    runs: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    startedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiArticleArticle extends Struct.CollectionTypeSchema {
  collectionName: 'articles';
  info: {
    description: '\u0645\u0642\u0627\u0644\u0647\u0654 \u067E\u0627\u06CC\u06AF\u0627\u0647 \u062F\u0627\u0646\u0634 \u062E\u0631\u06CC\u062F\u0627\u0631\u0627\u0646\u060C \u0628\u0631\u0627\u0633\u0627\u0633 \u0646\u0648\u0639 \u062F\u0633\u062A\u06AF\u0627\u0647\u061B \u0628\u062F\u0648\u0646 \u0646\u0648\u0639 \u062F\u0633\u062A\u06AF\u0627\u0647\u060C \u0628\u0631\u0627\u06CC \u0647\u0645\u0647\u0654 \u062E\u0631\u06CC\u062F\u0627\u0631\u0627\u0646 \u0627\u0633\u062A. \u0641\u0642\u0637 \u0646\u0633\u062E\u0647\u0654 \u0645\u0646\u062A\u0634\u0631\u0634\u062F\u0647 \u062F\u0631 \u0633\u0627\u06CC\u062A \u062F\u06CC\u062F\u0647 \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u0645\u0642\u0627\u0644\u0647\u0654 \u0622\u0645\u0648\u0632\u0634\u06CC (Article)';
    pluralName: 'articles';
    singularName: 'article';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    i18n: {
      localized: true;
    };
  };
  attributes: {
    body: Schema.Attribute.Blocks &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    cover: Schema.Attribute.Media<'images'> &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    deviceTypes: Schema.Attribute.Relation<
      'manyToMany',
      'api::device-type.device-type'
    > &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
    locale: Schema.Attribute.String;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::article.article'
    >;
    publishedAt: Schema.Attribute.DateTime;
    searchText: Schema.Attribute.Text &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    slug: Schema.Attribute.UID<'title'> &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    topic: Schema.Attribute.Relation<
      'manyToOne',
      'api::knowledge-topic.knowledge-topic'
    > &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiArticleArticleFeedback extends Struct.CollectionTypeSchema {
  collectionName: 'article_feedbacks';
  info: {
    description: '\u067E\u0627\u0633\u062E \u06CC\u06A9 \u062E\u0631\u06CC\u062F\u0627\u0631 \u0628\u0647 \u00AB\u0627\u06CC\u0646 \u0645\u0637\u0644\u0628 \u0645\u0641\u06CC\u062F \u0628\u0648\u062F\u061F\u00BB \u0628\u0631\u0627\u06CC \u06CC\u06A9 \u0645\u0642\u0627\u0644\u0647\u061B \u067E\u0627\u0633\u062E \u0628\u0639\u062F\u06CC \u0647\u0645\u0627\u0646 \u062E\u0631\u06CC\u062F\u0627\u0631 \u062C\u0627\u06CC \u0642\u0628\u0644\u06CC \u0631\u0627 \u0645\u06CC\u200C\u06AF\u06CC\u0631\u062F.';
    displayName: '\u0628\u0627\u0632\u062E\u0648\u0631\u062F \u0645\u0642\u0627\u0644\u0647 (Article feedback)';
    pluralName: 'article-feedbacks';
    singularName: 'article-feedback';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    articleDocumentId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    helpful: Schema.Attribute.Boolean & Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::article.article-feedback'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    readerLocale: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 8;
      }>;
    subscriberId: Schema.Attribute.Integer & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiAuditEventAuditEvent extends Struct.CollectionTypeSchema {
  collectionName: 'audit_events';
  info: {
    description: '\u062B\u0628\u062A \u0627\u0642\u062F\u0627\u0645\u0627\u062A \u062D\u0633\u0627\u0633 (\u0635\u062F\u0648\u0631 \u0631\u0645\u0632 \u0639\u0628\u0648\u0631\u060C \u062A\u063A\u06CC\u06CC\u0631 \u0645\u0627\u0644\u06A9\u06CC\u062A\u060C \u2026)\u061B \u0641\u0642\u0637\u200C\u062E\u0648\u0627\u0646\u062F\u0646\u06CC.';
    displayName: '\u0631\u0648\u06CC\u062F\u0627\u062F \u0645\u0645\u06CC\u0632\u06CC (Audit event)';
    pluralName: 'audit-events';
    singularName: 'audit-event';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    actorId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    actorLabel: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    actorType: Schema.Attribute.Enumeration<['staff', 'customer', 'system']> &
      Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    details: Schema.Attribute.JSON;
    ip: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::audit-event.audit-event'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    subjectId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    subjectUid: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiComplaintComplaint extends Struct.CollectionTypeSchema {
  collectionName: 'complaints';
  info: {
    description: '\u0634\u06A9\u0627\u06CC\u062A \u0645\u0634\u062A\u0631\u06CC \u0627\u0632 \u0641\u0631\u0645 \u0648\u0628\u200C\u0633\u0627\u06CC\u062A\u060C \u062A\u0644\u0641\u0646\u060C \u0627\u06CC\u0645\u06CC\u0644\u060C \u0645\u0631\u0627\u062C\u0639\u0647\u0654 \u062D\u0636\u0648\u0631\u06CC\u060C \u0634\u0628\u06A9\u0647\u200C\u0647\u0627\u06CC \u0627\u062C\u062A\u0645\u0627\u0639\u06CC \u06CC\u0627 \u0628\u0631\u06AF \u0634\u06A9\u0627\u06CC\u062A \u0628\u0627\u0632\u062F\u06CC\u062F\u061B \u067E\u0627\u0633\u062E \u0638\u0631\u0641 \u06F4\u06F8 \u0633\u0627\u0639\u062A \u06A9\u0627\u0631\u06CC. \u0634\u06A9\u0627\u06CC\u062A\u200C\u0647\u0627\u06CC \u00AB\u0627\u0631\u062A\u0628\u0627\u0637 \u0628\u0627 \u0645\u062F\u06CC\u0631\u0639\u0627\u0645\u0644\u00BB \u0641\u0642\u0637 \u0628\u0631\u0627\u06CC \u0645\u062F\u06CC\u0631 \u0648 \u0645\u062F\u06CC\u0631\u0639\u0627\u0645\u0644 \u062F\u06CC\u062F\u0647 \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u0634\u06A9\u0627\u06CC\u062A (Complaint)';
    pluralName: 'complaints';
    singularName: 'complaint';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    addressedTo: Schema.Attribute.Enumeration<['managers', 'ceo']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'managers'>;
    closedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    complaintStatus: Schema.Attribute.Enumeration<
      ['received', 'in_progress', 'answered', 'closed']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'received'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    customerSatisfaction: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 5;
          min: 1;
        },
        number
      >;
    description: Schema.Attribute.Text & Schema.Attribute.Required;
    email: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 254;
      }>;
    escalatedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    firstAnsweredAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    internalNotes: Schema.Attribute.Text;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::complaint.complaint'
    > &
      Schema.Attribute.Private;
    mobile: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    outcome: Schema.Attribute.Enumeration<
      ['resolved', 'partly_resolved', 'not_resolved', 'unfounded']
    >;
    overdueAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    publishedAt: Schema.Attribute.DateTime;
    receivedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    replyDueAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    response: Schema.Attribute.Text;
    source: Schema.Attribute.Enumeration<
      ['web', 'phone', 'email', 'in_person', 'social', 'visit_form']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'phone'>;
    subject: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    subscriber: Schema.Attribute.Relation<
      'manyToOne',
      'api::subscriber.subscriber'
    >;
    trackingCode: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiContactSettingsContactSettings
  extends Struct.SingleTypeSchema {
  collectionName: 'contact_settings';
  info: {
    description: '\u062A\u0644\u0641\u0646\u060C \u0633\u0627\u0639\u0627\u062A \u06A9\u0627\u0631\u06CC\u060C \u0646\u0634\u0627\u0646\u06CC \u0648 \u0627\u06CC\u0645\u06CC\u0644 \u0634\u0631\u06A9\u062A \u06A9\u0647 \u062F\u0631 \u067E\u0627\u06CC\u06CC\u0646 \u0647\u0645\u0647\u0654 \u0635\u0641\u062D\u0647\u200C\u0647\u0627\u06CC \u0633\u0627\u06CC\u062A \u0648 \u0647\u0631 \u062C\u0627 \u06A9\u0647 \u062E\u0631\u06CC\u062F\u0627\u0631 \u0628\u0647 \u067E\u0634\u062A\u06CC\u0628\u0627\u0646\u06CC \u0627\u0631\u062C\u0627\u0639 \u0645\u06CC\u200C\u0634\u0648\u062F \u0646\u0645\u0627\u06CC\u0634 \u062F\u0627\u062F\u0647 \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u0627\u0637\u0644\u0627\u0639\u0627\u062A \u062A\u0645\u0627\u0633 (Contact details)';
    pluralName: 'contact-settings-entries';
    singularName: 'contact-settings';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    addressEn: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 400;
      }>;
    addressFa: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 400;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    email: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::contact-settings.contact-settings'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    secondPhone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    supportPhone: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    workingHoursEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    workingHoursFa: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface ApiContractContract extends Struct.CollectionTypeSchema {
  collectionName: 'contracts';
  info: {
    description: '\u0647\u0631 \u062A\u063A\u06CC\u06CC\u0631 \u062F\u0631 \u062E\u062F\u0645\u0627\u062A \u06CC\u06A9 \u062F\u0633\u062A\u06AF\u0627\u0647 (\u0634\u0631\u0648\u0639\u060C \u062A\u0645\u062F\u06CC\u062F\u060C \u062E\u062F\u0645\u0627\u062A \u0645\u0648\u0631\u062F\u06CC\u060C \u0627\u0646\u0635\u0631\u0627\u0641) \u06CC\u06A9 \u0642\u0631\u0627\u0631\u062F\u0627\u062F \u0627\u0633\u062A. \u0645\u0628\u0644\u063A \u0628\u0647 \u0631\u06CC\u0627\u0644.';
    displayName: '\u0642\u0631\u0627\u0631\u062F\u0627\u062F \u062E\u062F\u0645\u0627\u062A (Contract)';
    pluralName: 'contracts';
    singularName: 'contract';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    contractStatus: Schema.Attribute.Enumeration<
      ['pending_payment', 'active', 'ended', 'cancelled']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'active'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    device: Schema.Attribute.Relation<'manyToOne', 'api::device.device'>;
    endDate: Schema.Attribute.Date &
      Schema.Attribute.CustomField<'plugin::jalali-date.date'>;
    kind: Schema.Attribute.Enumeration<
      ['initial', 'renewal', 'pay_per_case', 'cancellation']
    > &
      Schema.Attribute.Required;
    label: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::contract.contract'
    > &
      Schema.Attribute.Private;
    priceRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'> &
      Schema.Attribute.DefaultTo<'0'>;
    publishedAt: Schema.Attribute.DateTime;
    staffNotes: Schema.Attribute.Text & Schema.Attribute.Private;
    startDate: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::jalali-date.date'>;
    subscriber: Schema.Attribute.Relation<
      'manyToOne',
      'api::subscriber.subscriber'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    years: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 3;
          min: 1;
        },
        number
      >;
  };
}

export interface ApiCourseOrderCourseOrder extends Struct.CollectionTypeSchema {
  collectionName: 'course_orders';
  info: {
    description: '\u062E\u0631\u06CC\u062F \u06CC\u06A9 \u062F\u0648\u0631\u0647\u0654 \u0648\u06CC\u062F\u06CC\u0648\u06CC\u06CC \u062A\u0648\u0633\u0637 \u0645\u0634\u062A\u0631\u06A9\u061B \u067E\u0633 \u0627\u0632 \u067E\u0631\u062F\u0627\u062E\u062A\u060C \u0644\u0627\u06CC\u0633\u0646\u0633 \u0627\u0633\u067E\u0627\u062A\u200C\u067E\u0644\u06CC\u0631 \u0622\u0646 \u062E\u0648\u062F\u06A9\u0627\u0631 \u0635\u0627\u062F\u0631 \u0645\u06CC\u200C\u0634\u0648\u062F. \u0641\u0642\u0637 \u0633\u0627\u0645\u0627\u0646\u0647 \u0622\u0646 \u0631\u0627 \u0645\u06CC\u200C\u0646\u0648\u06CC\u0633\u062F.';
    displayName: '\u0633\u0641\u0627\u0631\u0634 \u062F\u0648\u0631\u0647 (Course order)';
    pluralName: 'course-orders';
    singularName: 'course-order';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    course: Schema.Attribute.Relation<'manyToOne', 'api::course.course'>;
    courseDocumentId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    courseTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    licenceId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    licenceKey: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    licenceTest: Schema.Attribute.Boolean;
    licenceUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    licensedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::course-order.course-order'
    > &
      Schema.Attribute.Private;
    number: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    orderStatus: Schema.Attribute.Enumeration<
      ['awaiting_payment', 'paid', 'licensed', 'cancelled', 'refund_due']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'awaiting_payment'>;
    ownedKey: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    paidAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    paymentId: Schema.Attribute.Integer;
    priceRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'>;
    publishedAt: Schema.Attribute.DateTime;
    refundReason: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    subscriber: Schema.Attribute.Relation<
      'manyToOne',
      'api::subscriber.subscriber'
    >;
    subscriberId: Schema.Attribute.Integer & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiCourseCourse extends Struct.CollectionTypeSchema {
  collectionName: 'courses';
  info: {
    description: '\u0648\u06CC\u062F\u06CC\u0648\u0647\u0627\u06CC \u0622\u0645\u0648\u0632\u0634\u06CC \u062D\u0631\u0641\u0647\u200C\u0627\u06CC \u06AF\u0631\u0648\u0647 \u0632\u06CC\u06AF \u06A9\u0647 \u0628\u0627 \u0644\u0627\u06CC\u0633\u0646\u0633 \u0627\u0633\u067E\u0627\u062A\u200C\u067E\u0644\u06CC\u0631 \u0641\u0631\u0648\u062E\u062A\u0647 \u0645\u06CC\u200C\u0634\u0648\u0646\u062F\u061B \u067E\u0633 \u0627\u0632 \u0627\u0646\u062A\u0634\u0627\u0631 \u062F\u0631 \u0633\u0627\u06CC\u062A \u0642\u0627\u0628\u0644 \u062E\u0631\u06CC\u062F \u0627\u0633\u062A.';
    displayName: '\u062F\u0648\u0631\u0647\u0654 \u0648\u06CC\u062F\u06CC\u0648\u06CC\u06CC (Course)';
    pluralName: 'courses';
    singularName: 'course';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    cover: Schema.Attribute.Media<'images'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    descriptionEn: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    episodesLimit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::course.course'
    > &
      Schema.Attribute.Private;
    priceRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'>;
    publishedAt: Schema.Attribute.DateTime;
    sortOrder: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    spotPlayerCourseIds: Schema.Attribute.JSON & Schema.Attribute.Required;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    summaryEn: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    titleEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiDeviceModelDeviceModel extends Struct.CollectionTypeSchema {
  collectionName: 'device_models';
  info: {
    description: '\u0628\u0631\u0646\u062F \u0648 \u0645\u062F\u0644 \u062F\u0633\u062A\u06AF\u0627\u0647\u060C \u0628\u0627 \u0645\u062F\u062A \u067E\u06CC\u0634\u200C\u0641\u0631\u0636 \u06AF\u0627\u0631\u0627\u0646\u062A\u06CC \u0648 \u062E\u062F\u0645\u0627\u062A \u0648 \u0645\u0633\u062A\u0646\u062F\u0627\u062A \u0622\u0646 (\u062F\u0641\u062A\u0631\u0686\u0647\u0654 \u0631\u0627\u0647\u0646\u0645\u0627\u060C \u06A9\u0627\u0631\u062A \u06AF\u0627\u0631\u0627\u0646\u062A\u06CC) \u06A9\u0647 \u062E\u0631\u06CC\u062F\u0627\u0631\u0627\u0646 \u0627\u0632 \u0635\u0641\u062D\u0647\u0654 \u062F\u0633\u062A\u06AF\u0627\u0647 \u062F\u0631\u06CC\u0627\u0641\u062A \u0645\u06CC\u200C\u06A9\u0646\u0646\u062F.';
    displayName: '\u0645\u062F\u0644 \u062F\u0633\u062A\u06AF\u0627\u0647 (Device model)';
    pluralName: 'device-models';
    singularName: 'device-model';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    brand: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    defaultServiceMonths: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 120;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<12>;
    defaultWarrantyMonths: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 120;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<18>;
    devices: Schema.Attribute.Relation<'oneToMany', 'api::device.device'>;
    deviceType: Schema.Attribute.Relation<
      'manyToOne',
      'api::device-type.device-type'
    >;
    documents: Schema.Attribute.Media<'files' | 'images', true>;
    label: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::device-model.device-model'
    > &
      Schema.Attribute.Private;
    model: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiDeviceTypeDeviceType extends Struct.CollectionTypeSchema {
  collectionName: 'device_types';
  info: {
    description: '\u06AF\u0631\u0648\u0647\u200C\u0628\u0646\u062F\u06CC \u062F\u0633\u062A\u06AF\u0627\u0647\u200C\u0647\u0627\u061B \u067E\u0627\u06CC\u06AF\u0627\u0647 \u062F\u0627\u0646\u0634 \u0648 \u0627\u0637\u0644\u0627\u0639\u06CC\u0647\u200C\u0647\u0627 \u0628\u0631 \u0627\u0633\u0627\u0633 \u0646\u0648\u0639 \u062F\u0633\u062A\u06AF\u0627\u0647 \u062F\u0633\u062A\u0647\u200C\u0628\u0646\u062F\u06CC \u0645\u06CC\u200C\u0634\u0648\u0646\u062F.';
    displayName: '\u0646\u0648\u0639 \u062F\u0633\u062A\u06AF\u0627\u0647 (Device type)';
    pluralName: 'device-types';
    singularName: 'device-type';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    code: Schema.Attribute.UID<'nameEn'> & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.Text;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::device-type.device-type'
    > &
      Schema.Attribute.Private;
    models: Schema.Attribute.Relation<
      'oneToMany',
      'api::device-model.device-model'
    >;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    nameEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiDeviceDevice extends Struct.CollectionTypeSchema {
  collectionName: 'devices';
  info: {
    description: '\u0647\u0631 \u062F\u0633\u062A\u06AF\u0627\u0647 \u0641\u0631\u0648\u062E\u062A\u0647\u200C\u0634\u062F\u0647 \u0628\u0627 \u0634\u0645\u0627\u0631\u0647 \u0633\u0631\u06CC\u0627\u0644 \u06CC\u06A9\u062A\u0627\u061B \u062A\u0627\u0631\u06CC\u062E\u200C\u0647\u0627 \u0645\u06CC\u0644\u0627\u062F\u06CC \u0630\u062E\u06CC\u0631\u0647 \u0648 \u0628\u0631\u0627\u06CC \u062E\u0631\u06CC\u062F\u0627\u0631 \u0634\u0645\u0633\u06CC \u0646\u0645\u0627\u06CC\u0634 \u062F\u0627\u062F\u0647 \u0645\u06CC\u200C\u0634\u0648\u0646\u062F.';
    displayName: '\u062F\u0633\u062A\u06AF\u0627\u0647 (Device)';
    pluralName: 'devices';
    singularName: 'device';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    contracts: Schema.Attribute.Relation<'oneToMany', 'api::contract.contract'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    dongleOrUserId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    hologramCode: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    installationConfirmedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    installationDate: Schema.Attribute.Date &
      Schema.Attribute.CustomField<'plugin::jalali-date.date'>;
    label: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::device.device'
    > &
      Schema.Attribute.Private;
    model: Schema.Attribute.Relation<
      'manyToOne',
      'api::device-model.device-model'
    >;
    owner: Schema.Attribute.Relation<'manyToOne', 'api::subscriber.subscriber'>;
    publishedAt: Schema.Attribute.DateTime;
    purchasePriceRials: Schema.Attribute.BigInteger &
      Schema.Attribute.CustomField<'plugin::back-office.rials'>;
    saleDate: Schema.Attribute.Date &
      Schema.Attribute.CustomField<'plugin::jalali-date.date'>;
    serial: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    serviceEnd: Schema.Attribute.Date &
      Schema.Attribute.CustomField<'plugin::jalali-date.date'>;
    serviceMode: Schema.Attribute.Enumeration<
      ['initial', 'renewed', 'pay_per_case', 'cancelled']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'initial'>;
    staffNotes: Schema.Attribute.Text & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    warrantyEnd: Schema.Attribute.Date &
      Schema.Attribute.CustomField<'plugin::jalali-date.date'>;
  };
}

export interface ApiHolidayHoliday extends Struct.CollectionTypeSchema {
  collectionName: 'holidays';
  info: {
    description: '\u062A\u0639\u0637\u06CC\u0644\u0627\u062A \u0631\u0633\u0645\u06CC\u060C \u0628\u0631\u0627\u06CC \u0645\u062D\u0627\u0633\u0628\u0647\u0654 \u0631\u0648\u0632\u0647\u0627\u06CC \u06A9\u0627\u0631\u06CC (\u062C\u0645\u0639\u0647 \u0647\u0645\u06CC\u0634\u0647 \u062A\u0639\u0637\u06CC\u0644 \u0627\u0633\u062A).';
    displayName: '\u062A\u0639\u0637\u06CC\u0644 \u0631\u0633\u0645\u06CC (Holiday)';
    pluralName: 'holidays';
    singularName: 'holiday';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    date: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.CustomField<'plugin::jalali-date.date'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::holiday.holiday'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiInstallationConfirmationInstallationConfirmation
  extends Struct.CollectionTypeSchema {
  collectionName: 'installation_confirmations';
  info: {
    description: '\u0641\u0631\u0645 \u062A\u0623\u06CC\u06CC\u062F\u06CC\u0647\u0654 \u0646\u0635\u0628 \u0648 \u0631\u0627\u0647\u200C\u0627\u0646\u062F\u0627\u0632\u06CC \u0628\u0627 \u0627\u0631\u0632\u0634 \u062D\u0642\u0648\u0642\u06CC\u061B \u067E\u0633 \u0627\u0632 \u062B\u0628\u062A \u062A\u0648\u0633\u0637 \u062E\u0631\u06CC\u062F\u0627\u0631 \u0642\u0627\u0628\u0644 \u062A\u063A\u06CC\u06CC\u0631 \u06CC\u0627 \u062D\u0630\u0641 \u0646\u06CC\u0633\u062A (\u062F\u0631 API\u060C \u067E\u0646\u0644 \u0645\u062F\u06CC\u0631\u06CC\u062A \u0648 \u062E\u0648\u062F \u067E\u0627\u06CC\u06AF\u0627\u0647 \u062F\u0627\u062F\u0647).';
    displayName: '\u062A\u0623\u06CC\u06CC\u062F\u06CC\u0647\u0654 \u0646\u0635\u0628 (Installation confirmation)';
    pluralName: 'installation-confirmations';
    singularName: 'installation-confirmation';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    allItemsDone: Schema.Attribute.Boolean & Schema.Attribute.Required;
    confirmedAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    confirmedByUserId: Schema.Attribute.Integer & Schema.Attribute.Required;
    contentHash: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    deviceDocumentId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    deviceFullyInstalled: Schema.Attribute.Boolean & Schema.Attribute.Required;
    deviceId: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    deviceLabel: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    driverCompressorConnectionsInstalled: Schema.Attribute.Boolean &
      Schema.Attribute.Required;
    initialTrainingGiven: Schema.Attribute.Boolean & Schema.Attribute.Required;
    installationDate: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::jalali-date.date'>;
    ip: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::installation-confirmation.installation-confirmation'
    > &
      Schema.Attribute.Private;
    nationalCode: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    serial: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    subscriberId: Schema.Attribute.Integer & Schema.Attribute.Required;
    subscriberName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    subscriberNumber: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 32;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    userAgent: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 400;
      }>;
  };
}

export interface ApiInvoiceDebtAlert extends Struct.CollectionTypeSchema {
  collectionName: 'debt_alerts';
  info: {
    description: '\u0645\u0634\u062A\u0631\u06A9\u06CC \u06A9\u0647 \u0645\u0627\u0646\u062F\u0647\u0654 \u0628\u062F\u0647\u06CC \u0627\u0648 \u0628\u0647 \u0633\u0642\u0641 \u0628\u062F\u0647\u06CC \u0631\u0633\u06CC\u062F\u0647 \u0627\u0633\u062A\u061B \u0628\u0627 \u0647\u0631 \u0639\u0628\u0648\u0631 \u0627\u0632 \u0633\u0642\u0641 \u06CC\u06A9 \u0628\u0627\u0631 \u0647\u0634\u062F\u0627\u0631 \u067E\u0631\u062F\u0627\u062E\u062A \u0641\u0631\u0633\u062A\u0627\u062F\u0647 \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u0647\u0634\u062F\u0627\u0631 \u0633\u0642\u0641 \u0628\u062F\u0647\u06CC (Debt ceiling alert)';
    pluralName: 'debt-alerts';
    singularName: 'debt-alert';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    ceilingRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'>;
    clearedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    crossedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::invoice.debt-alert'
    > &
      Schema.Attribute.Private;
    openKey: Schema.Attribute.Integer;
    outstandingRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'>;
    publishedAt: Schema.Attribute.DateTime;
    subscriber: Schema.Attribute.Relation<
      'manyToOne',
      'api::subscriber.subscriber'
    >;
    subscriberId: Schema.Attribute.Integer & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiInvoiceInvoice extends Struct.CollectionTypeSchema {
  collectionName: 'invoices';
  info: {
    description: '\u0635\u0648\u0631\u062A\u200C\u062D\u0633\u0627\u0628 \u062E\u062F\u0645\u0627\u062A \u0645\u0648\u0631\u062F\u06CC \u0628\u0631\u0627\u0633\u0627\u0633 \u0633\u062E\u062A\u06CC \u06A9\u0627\u0631 \u0648 \u062D\u062C\u0645 \u062E\u062F\u0645\u0627\u062A\u061B \u0645\u0628\u0644\u063A \u0628\u0647 \u0631\u06CC\u0627\u0644\u061B \u0627\u0632 \u067E\u0648\u0631\u062A\u0627\u0644 \u067E\u0631\u062F\u0627\u062E\u062A \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u0641\u0627\u06A9\u062A\u0648\u0631 (Invoice)';
    pluralName: 'invoices';
    singularName: 'invoice';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    device: Schema.Attribute.Relation<'manyToOne', 'api::device.device'>;
    invoiceStatus: Schema.Attribute.Enumeration<['unpaid', 'paid', 'void']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'unpaid'>;
    issuedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    lines: Schema.Attribute.JSON;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::invoice.invoice'
    > &
      Schema.Attribute.Private;
    number: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    paidAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    paymentId: Schema.Attribute.Integer;
    publishedAt: Schema.Attribute.DateTime;
    subscriber: Schema.Attribute.Relation<
      'manyToOne',
      'api::subscriber.subscriber'
    >;
    subscriberId: Schema.Attribute.Integer & Schema.Attribute.Required;
    ticket: Schema.Attribute.Relation<'oneToOne', 'api::ticket.ticket'>;
    ticketId: Schema.Attribute.Integer;
    totalRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiJobLockJobLock extends Struct.CollectionTypeSchema {
  collectionName: 'job_locks';
  info: {
    description: 'Leases that let one app instance at a time run each scheduled job (src/scheduler).';
    displayName: 'Job lock';
    pluralName: 'job-locks';
    singularName: 'job-lock';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    holder: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    lastError: Schema.Attribute.Text;
    lastRunAt: Schema.Attribute.DateTime;
    lastSlot: Schema.Attribute.DateTime;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::job-lock.job-lock'
    > &
      Schema.Attribute.Private;
    lockedUntil: Schema.Attribute.DateTime;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiKnowledgeTopicKnowledgeTopic
  extends Struct.CollectionTypeSchema {
  collectionName: 'knowledge_topics';
  info: {
    description: '\u062F\u0633\u062A\u0647\u200C\u0628\u0646\u062F\u06CC \u0645\u0648\u0636\u0648\u0639\u06CC \u0645\u0642\u0627\u0644\u0627\u062A \u0648 \u0648\u06CC\u062F\u06CC\u0648\u0647\u0627\u06CC \u0622\u0645\u0648\u0632\u0634\u06CC \u067E\u0627\u06CC\u06AF\u0627\u0647 \u062F\u0627\u0646\u0634 (\u0645\u0627\u0646\u0646\u062F \u0631\u0627\u0647\u200C\u0627\u0646\u062F\u0627\u0632\u06CC\u060C \u0646\u06AF\u0647\u062F\u0627\u0631\u06CC\u060C \u0639\u06CC\u0628\u200C\u06CC\u0627\u0628\u06CC).';
    displayName: '\u0645\u0648\u0636\u0648\u0639 \u067E\u0627\u06CC\u06AF\u0627\u0647 \u062F\u0627\u0646\u0634 (Knowledge topic)';
    pluralName: 'knowledge-topics';
    singularName: 'knowledge-topic';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    code: Schema.Attribute.UID<'nameEn'> & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::knowledge-topic.knowledge-topic'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    nameEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    sortOrder: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 10000;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiNotificationNotification
  extends Struct.CollectionTypeSchema {
  collectionName: 'notifications';
  info: {
    description: '\u0627\u0639\u0644\u0627\u0646\u200C\u0647\u0627\u06CC \u062F\u0627\u0634\u0628\u0648\u0631\u062F \u0645\u0634\u062A\u0631\u06A9\u0627\u0646 (\u0627\u0632 \u0627\u0637\u0644\u0627\u0639\u06CC\u0647\u200C\u0647\u0627 \u0648 \u0631\u0648\u06CC\u062F\u0627\u062F\u0647\u0627\u06CC \u0633\u0627\u0645\u0627\u0646\u0647).';
    displayName: '\u0627\u0639\u0644\u0627\u0646 (Notification)';
    pluralName: 'notifications';
    singularName: 'notification';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    bodyEn: Schema.Attribute.Text;
    bodyFa: Schema.Attribute.Text;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    kind: Schema.Attribute.Enumeration<
      ['software_update', 'service_terms', 'legal_notice', 'general', 'service']
    > &
      Schema.Attribute.Required;
    link: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::notification.notification'
    > &
      Schema.Attribute.Private;
    pinned: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    publishedAt: Schema.Attribute.DateTime;
    readAt: Schema.Attribute.DateTime;
    sourceId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    sourceType: Schema.Attribute.Enumeration<['announcement', 'system']> &
      Schema.Attribute.Required;
    subscriberId: Schema.Attribute.Integer & Schema.Attribute.Required;
    titleEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    titleFa: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiOwnershipTransferDeviceOwnership
  extends Struct.CollectionTypeSchema {
  collectionName: 'device_ownerships';
  info: {
    description: '\u0645\u0627\u0644\u06A9\u0627\u0646 \u06CC\u06A9 \u062F\u0633\u062A\u06AF\u0627\u0647 \u062F\u0631 \u0637\u0648\u0644 \u0632\u0645\u0627\u0646\u061B \u0628\u0627 \u0647\u0631 \u0627\u0646\u062A\u0642\u0627\u0644 \u0645\u0627\u0644\u06A9\u06CC\u062A \u062A\u0623\u06CC\u06CC\u062F\u0634\u062F\u0647 \u062B\u0628\u062A \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u0633\u0627\u0628\u0642\u0647\u0654 \u0645\u0627\u0644\u06A9\u06CC\u062A (Ownership history)';
    pluralName: 'device-ownerships';
    singularName: 'device-ownership';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    deviceId: Schema.Attribute.Integer & Schema.Attribute.Required;
    fullName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::ownership-transfer.device-ownership'
    > &
      Schema.Attribute.Private;
    ownedFrom: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    ownedUntil: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    publishedAt: Schema.Attribute.DateTime;
    serial: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    subscriberId: Schema.Attribute.Integer & Schema.Attribute.Required;
    subscriberNumber: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 32;
      }>;
    transferDocumentId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiOwnershipTransferOwnershipTransfer
  extends Struct.CollectionTypeSchema {
  collectionName: 'ownership_transfers';
  info: {
    description: '\u062F\u0631\u062E\u0648\u0627\u0633\u062A \u0627\u0646\u062A\u0642\u0627\u0644 \u0645\u0627\u0644\u06A9\u06CC\u062A \u062F\u0633\u062A\u06AF\u0627\u0647 \u0627\u0632 \u0633\u0648\u06CC \u062E\u0631\u06CC\u062F\u0627\u0631 \u0641\u0639\u0644\u06CC\u061B \u06A9\u0627\u0631\u0634\u0646\u0627\u0633\u0627\u0646 \u0628\u0631\u0631\u0633\u06CC \u0648 \u062A\u0623\u06CC\u06CC\u062F \u06CC\u0627 \u0631\u062F \u0645\u06CC\u200C\u06A9\u0646\u0646\u062F.';
    displayName: '\u0627\u0646\u062A\u0642\u0627\u0644 \u0645\u0627\u0644\u06A9\u06CC\u062A (Ownership transfer)';
    pluralName: 'ownership-transfers';
    singularName: 'ownership-transfer';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    device: Schema.Attribute.Relation<'manyToOne', 'api::device.device'>;
    fromSubscriber: Schema.Attribute.Relation<
      'manyToOne',
      'api::subscriber.subscriber'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::ownership-transfer.ownership-transfer'
    > &
      Schema.Attribute.Private;
    newOwnerMobile: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 11;
      }>;
    newOwnerName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    newOwnerNationalCode: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    ownershipEndConfirmed: Schema.Attribute.Boolean & Schema.Attribute.Required;
    pendingDeviceId: Schema.Attribute.Integer & Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    rejectionReason: Schema.Attribute.Text;
    requestIp: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    reviewedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    reviewedByAdminId: Schema.Attribute.Integer;
    reviewedByLabel: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    toSubscriber: Schema.Attribute.Relation<
      'manyToOne',
      'api::subscriber.subscriber'
    >;
    transferStatus: Schema.Attribute.Enumeration<
      ['pending', 'approved', 'rejected']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'pending'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiPaymentPayment extends Struct.CollectionTypeSchema {
  collectionName: 'payments';
  info: {
    description: '\u0647\u0631 \u062A\u0644\u0627\u0634 \u067E\u0631\u062F\u0627\u062E\u062A \u0622\u0646\u0644\u0627\u06CC\u0646\u061B \u0645\u0628\u0644\u063A \u0628\u0647 \u0631\u06CC\u0627\u0644 \u0648 \u0647\u0645\u06CC\u0634\u0647 \u0627\u0632 \u0633\u0648\u0627\u0628\u0642 \u062E\u0648\u062F \u0633\u0627\u0645\u0627\u0646\u0647.';
    displayName: '\u067E\u0631\u062F\u0627\u062E\u062A (Payment)';
    pluralName: 'payments';
    singularName: 'payment';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    amountRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'>;
    authority: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    callbackCount: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    cardPan: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 32;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    gateway: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
    grantedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    lastError: Schema.Attribute.Text;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::payment.payment'
    > &
      Schema.Attribute.Private;
    paymentStatus: Schema.Attribute.Enumeration<
      [
        'created',
        'pending',
        'paid',
        'failed',
        'cancelled',
        'expired',
        'refund_due',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'created'>;
    publishedAt: Schema.Attribute.DateTime;
    purpose: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    referenceId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    refId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    refundReason: Schema.Attribute.Text;
    subscriberId: Schema.Attribute.Integer;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    verifiedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    verifyingUntil: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
  };
}

export interface ApiRepairOrderRepairOrder extends Struct.CollectionTypeSchema {
  collectionName: 'repair_orders';
  info: {
    description: '\u062F\u0633\u062A\u06AF\u0627\u0647\u06CC \u06A9\u0647 \u0628\u0631\u0627\u06CC \u062A\u0639\u0645\u06CC\u0631 \u062A\u062D\u0648\u06CC\u0644 \u06AF\u0631\u0641\u062A\u0647 \u0645\u06CC\u200C\u0634\u0648\u062F\u061B \u0646\u062A\u06CC\u062C\u0647 \u0638\u0631\u0641 \u06F7 \u0631\u0648\u0632 \u06A9\u0627\u0631\u06CC\u060C \u0648 \u067E\u0633 \u0627\u0632 \u06F3\u06F0 \u0631\u0648\u0632 \u06A9\u0627\u0631\u06CC \u0628\u062F\u0648\u0646 \u0646\u062A\u06CC\u062C\u0647\u060C \u062A\u0639\u0648\u06CC\u0636.';
    displayName: '\u067E\u0630\u06CC\u0631\u0634 \u062A\u0639\u0645\u06CC\u0631 (Repair order)';
    pluralName: 'repair-orders';
    singularName: 'repair-order';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    accessoriesReceived: Schema.Attribute.Text;
    boxReceived: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    deliveredAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    device: Schema.Attribute.Relation<'manyToOne', 'api::device.device'>;
    flaggedForReplacementAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::repair-order.repair-order'
    > &
      Schema.Attribute.Private;
    outcome: Schema.Attribute.Enumeration<
      ['pending', 'repaired', 'replaced', 'refunded']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'pending'>;
    promisedBy: Schema.Attribute.Date &
      Schema.Attribute.CustomField<'plugin::jalali-date.date'>;
    publishedAt: Schema.Attribute.DateTime;
    receivedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    refundAmountRials: Schema.Attribute.BigInteger &
      Schema.Attribute.CustomField<'plugin::back-office.rials'>;
    repairStatus: Schema.Attribute.Enumeration<
      ['received', 'diagnosing', 'repairing', 'ready', 'delivered']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'received'>;
    replacementSerial: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    reportedFault: Schema.Attribute.Text & Schema.Attribute.Required;
    staffNotes: Schema.Attribute.Text & Schema.Attribute.Private;
    statusHistory: Schema.Attribute.JSON &
      Schema.Attribute.CustomField<'plugin::back-office.status-history'>;
    subscriber: Schema.Attribute.Relation<
      'manyToOne',
      'api::subscriber.subscriber'
    >;
    trackingCode: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiSavedReplySavedReply extends Struct.CollectionTypeSchema {
  collectionName: 'saved_replies';
  info: {
    description: '\u0645\u062A\u0646\u200C\u0647\u0627\u06CC\u06CC \u06A9\u0647 \u06A9\u0627\u0631\u06A9\u0646\u0627\u0646 \u062F\u0631 \u067E\u0627\u0633\u062E \u062A\u06CC\u06A9\u062A\u200C\u0647\u0627 \u0628\u0627\u0631\u0647\u0627 \u0628\u0647 \u06A9\u0627\u0631 \u0645\u06CC\u200C\u0628\u0631\u0646\u062F.';
    displayName: '\u067E\u0627\u0633\u062E \u0622\u0645\u0627\u062F\u0647 (Saved reply)';
    pluralName: 'saved-replies';
    singularName: 'saved-reply';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    body: Schema.Attribute.Text & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::saved-reply.saved-reply'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiServiceSettingsServiceSettings
  extends Struct.SingleTypeSchema {
  collectionName: 'service_settings';
  info: {
    description: '\u0642\u06CC\u0645\u062A \u062A\u0645\u062F\u06CC\u062F \u0642\u0631\u0627\u0631\u062F\u0627\u062F \u062E\u062F\u0645\u0627\u062A (\u0628\u0647 \u0631\u06CC\u0627\u0644)\u060C \u0628\u0627\u0632\u0647\u0654 \u062A\u0645\u062F\u06CC\u062F \u067E\u06CC\u0634 \u0627\u0632 \u067E\u0627\u06CC\u0627\u0646 \u0648 \u0633\u0642\u0641 \u0628\u062F\u0647\u06CC \u062E\u062F\u0645\u0627\u062A \u0645\u0648\u0631\u062F\u06CC.';
    displayName: '\u062A\u0646\u0638\u06CC\u0645\u0627\u062A \u062E\u062F\u0645\u0627\u062A (Service settings)';
    pluralName: 'service-settings-entries';
    singularName: 'service-settings';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::service-settings.service-settings'
    > &
      Schema.Attribute.Private;
    payPerCaseDebtCeilingRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'> &
      Schema.Attribute.DefaultTo<'100000000'>;
    publishedAt: Schema.Attribute.DateTime;
    renewalPrice1YearRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'> &
      Schema.Attribute.DefaultTo<'250000000'>;
    renewalPrice2YearsRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'> &
      Schema.Attribute.DefaultTo<'450000000'>;
    renewalPrice3YearsRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'> &
      Schema.Attribute.DefaultTo<'600000000'>;
    renewalWindowDays: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 365;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<60>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiSubscriberSubscriber extends Struct.CollectionTypeSchema {
  collectionName: 'subscribers';
  info: {
    description: '\u062E\u0631\u06CC\u062F\u0627\u0631 \u062F\u0633\u062A\u06AF\u0627\u0647\u061B \u0627\u0637\u0644\u0627\u0639\u0627\u062A \u0647\u0648\u06CC\u062A\u06CC \u062A\u0648\u0633\u0637 \u06A9\u0627\u0631\u06A9\u0646\u0627\u0646 \u062B\u0628\u062A \u0645\u06CC\u200C\u0634\u0648\u062F \u0648 \u0628\u0631\u0627\u06CC \u062E\u0631\u06CC\u062F\u0627\u0631 \u0641\u0642\u0637\u200C\u062E\u0648\u0627\u0646\u062F\u0646\u06CC \u0627\u0633\u062A.';
    displayName: '\u0645\u0634\u062A\u0631\u06A9 (Subscriber)';
    pluralName: 'subscribers';
    singularName: 'subscriber';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    address: Schema.Attribute.Component<'shared.address', false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    devices: Schema.Attribute.Relation<'oneToMany', 'api::device.device'>;
    fullName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::subscriber.subscriber'
    > &
      Schema.Attribute.Private;
    mainOperatorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    mobile: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 32;
      }>;
    nationalCode: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 32;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 32;
      }>;
    preferredChannel: Schema.Attribute.Enumeration<
      ['sms', 'whatsapp', 'both']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'sms'>;
    publishedAt: Schema.Attribute.DateTime;
    staffNotes: Schema.Attribute.Text & Schema.Attribute.Private;
    subscriberNumber: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 32;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    user: Schema.Attribute.Relation<
      'oneToOne',
      'plugin::users-permissions.user'
    >;
  };
}

export interface ApiSupportSettingsSupportSettings
  extends Struct.SingleTypeSchema {
  collectionName: 'support_settings';
  info: {
    description: '\u0645\u0647\u0644\u062A \u0627\u0648\u0644\u06CC\u0646 \u067E\u0627\u0633\u062E \u0648 \u062D\u0644 \u062A\u06CC\u06A9\u062A \u0628\u0631\u0627\u06CC \u0647\u0631 \u0633\u0637\u062D \u0627\u0647\u0645\u06CC\u062A\u060C \u062A\u0642\u0648\u06CC\u0645 \u06A9\u0627\u0631\u06CC (\u0634\u0646\u0628\u0647 \u062A\u0627 \u067E\u0646\u062C\u200C\u0634\u0646\u0628\u0647\u060C \u062C\u0645\u0639\u0647 \u062A\u0639\u0637\u06CC\u0644) \u0648 \u0646\u0631\u062E \u062E\u062F\u0645\u0627\u062A \u0645\u0648\u0631\u062F\u06CC \u0628\u0647 \u0631\u06CC\u0627\u0644.';
    displayName: '\u062A\u0646\u0638\u06CC\u0645\u0627\u062A \u067E\u0634\u062A\u06CC\u0628\u0627\u0646\u06CC (Support settings)';
    pluralName: 'support-settings-entries';
    singularName: 'support-settings';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    ceoAlertMobile: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    complaintAlertMobiles: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    firstResponseHoursHigh: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 720;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<4>;
    firstResponseHoursLow: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 720;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<24>;
    firstResponseHoursMedium: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 720;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<8>;
    firstResponseHoursUrgent: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 720;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1>;
    hourlyRateComplexRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'> &
      Schema.Attribute.DefaultTo<'12000000'>;
    hourlyRateExpertRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'> &
      Schema.Attribute.DefaultTo<'18000000'>;
    hourlyRateSimpleRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'> &
      Schema.Attribute.DefaultTo<'5000000'>;
    hourlyRateStandardRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'> &
      Schema.Attribute.DefaultTo<'8000000'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::support-settings.support-settings'
    > &
      Schema.Attribute.Private;
    managerAlertMobile: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    managerEscalationAfterHours: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 720;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<4>;
    publishedAt: Schema.Attribute.DateTime;
    resolutionHoursHigh: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2160;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<24>;
    resolutionHoursLow: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2160;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<120>;
    resolutionHoursMedium: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2160;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<48>;
    resolutionHoursUrgent: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2160;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<8>;
    seniorSupportAlertMobile: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    slaCalendar: Schema.Attribute.Enumeration<['business', 'always']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'business'>;
    surveyDelayDays: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 60;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<7>;
    thursdayEnd: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5;
      }> &
      Schema.Attribute.DefaultTo<'13:00'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    visitFeeRials: Schema.Attribute.BigInteger &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::back-office.rials'> &
      Schema.Attribute.DefaultTo<'15000000'>;
    workdayEnd: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5;
      }> &
      Schema.Attribute.DefaultTo<'17:00'>;
    workdayStart: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5;
      }> &
      Schema.Attribute.DefaultTo<'08:00'>;
  };
}

export interface ApiSurveySurvey extends Struct.CollectionTypeSchema {
  collectionName: 'surveys';
  info: {
    description: '\u06CC\u06A9 \u0647\u0641\u062A\u0647 \u067E\u0633 \u0627\u0632 \u062A\u0623\u06CC\u06CC\u062F \u0646\u0635\u0628\u060C \u067E\u06CC\u0648\u0646\u062F \u06CC\u06A9\u200C\u0628\u0627\u0631\u0645\u0635\u0631\u0641 \u0646\u0638\u0631\u0633\u0646\u062C\u06CC \u0628\u0627 \u067E\u06CC\u0627\u0645\u06A9 \u0628\u0631\u0627\u06CC \u062E\u0631\u06CC\u062F\u0627\u0631 \u0641\u0631\u0633\u062A\u0627\u062F\u0647 \u0645\u06CC\u200C\u0634\u0648\u062F\u061B \u067E\u0627\u0633\u062E \u0628\u0627 \u0646\u0645\u0631\u0647\u0654 \u06F2 \u06CC\u0627 \u06A9\u0645\u062A\u0631 \u0628\u0631\u0627\u06CC \u0645\u062F\u06CC\u0631\u0627\u0646 \u067E\u06CC\u06AF\u06CC\u0631\u06CC \u0645\u06CC\u200C\u0634\u0648\u062F. \u0633\u0627\u0645\u0627\u0646\u0647 \u0622\u0646 \u0631\u0627 \u0645\u06CC\u200C\u0646\u0648\u06CC\u0633\u062F.';
    displayName: '\u0646\u0638\u0631\u0633\u0646\u062C\u06CC \u0631\u0636\u0627\u06CC\u062A \u0645\u0634\u062A\u0631\u06CC (Satisfaction survey)';
    pluralName: 'surveys';
    singularName: 'survey';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    afterSalesSupport: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 5;
          min: 1;
        },
        number
      >;
    answeredAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    comment: Schema.Attribute.Text;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    device: Schema.Attribute.Relation<'manyToOne', 'api::device.device'>;
    dissatisfied: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    expiresAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    installationConfirmationId: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    installationTraining: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 5;
          min: 1;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::survey.survey'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    salesProcess: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 5;
          min: 1;
        },
        number
      >;
    sentAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    staffConduct: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 5;
          min: 1;
        },
        number
      >;
    subscriber: Schema.Attribute.Relation<
      'manyToOne',
      'api::subscriber.subscriber'
    >;
    tokenHash: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiSurveySurveyFollowUp extends Struct.CollectionTypeSchema {
  collectionName: 'survey_follow_ups';
  info: {
    description: '\u067E\u0627\u0633\u062E \u0646\u0627\u0631\u0627\u0636\u06CC \u0628\u0647 \u0646\u0638\u0631\u0633\u0646\u062C\u06CC (\u0646\u0645\u0631\u0647\u0654 \u06F2 \u06CC\u0627 \u06A9\u0645\u062A\u0631) \u0628\u0631\u0627\u06CC \u0645\u062F\u06CC\u0631\u0627\u0646\u061B \u0628\u0627 \u062B\u0628\u062A \u0627\u0642\u062F\u0627\u0645 \u0627\u0646\u062C\u0627\u0645\u200C\u0634\u062F\u0647 \u0628\u0633\u062A\u0647 \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u067E\u06CC\u06AF\u06CC\u0631\u06CC \u0646\u0638\u0631\u0633\u0646\u062C\u06CC \u0646\u0627\u0631\u0627\u0636\u06CC (Survey follow-up)';
    pluralName: 'survey-follow-ups';
    singularName: 'survey-follow-up';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    actionTaken: Schema.Attribute.Text;
    closedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    followUpStatus: Schema.Attribute.Enumeration<['open', 'closed']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'open'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::survey.survey-follow-up'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    subscriber: Schema.Attribute.Relation<
      'manyToOne',
      'api::subscriber.subscriber'
    >;
    survey: Schema.Attribute.Relation<'manyToOne', 'api::survey.survey'>;
    surveyId: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiTicketTicket extends Struct.CollectionTypeSchema {
  collectionName: 'tickets';
  info: {
    description: '\u062F\u0631\u062E\u0648\u0627\u0633\u062A\u060C \u067E\u0631\u0633\u0634\u060C \u06AF\u0632\u0627\u0631\u0634 \u062E\u0631\u0627\u0628\u06CC \u06CC\u0627 \u062F\u0631\u062E\u0648\u0627\u0633\u062A \u0628\u0627\u0632\u062F\u06CC\u062F \u062D\u0636\u0648\u0631\u06CC \u06CC\u06A9 \u0645\u0634\u062A\u0631\u06A9 \u0628\u0631\u0627\u06CC \u06CC\u06A9 \u062F\u0633\u062A\u06AF\u0627\u0647\u061B \u06A9\u0627\u0631\u06A9\u0646\u0627\u0646 \u0622\u0646 \u0631\u0627 \u062F\u0631 \u00AB\u0645\u06CC\u0632 \u062A\u06CC\u06A9\u062A\u00BB \u067E\u0627\u0633\u062E \u0645\u06CC\u200C\u062F\u0647\u0646\u062F.';
    displayName: '\u062A\u06CC\u06A9\u062A \u067E\u0634\u062A\u06CC\u0628\u0627\u0646\u06CC (Ticket)';
    pluralName: 'tickets';
    singularName: 'ticket';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    assignee: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
    billable: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    channel: Schema.Attribute.Enumeration<['site', 'phone', 'visit']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'site'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.Text & Schema.Attribute.Required;
    device: Schema.Attribute.Relation<'manyToOne', 'api::device.device'>;
    difficulty: Schema.Attribute.Enumeration<
      ['simple', 'standard', 'complex', 'expert']
    >;
    escalationLevel: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    faultAttribution: Schema.Attribute.Enumeration<
      ['undetermined', 'company', 'customer']
    > &
      Schema.Attribute.DefaultTo<'undetermined'>;
    firstRespondedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    firstResponseDueAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    kind: Schema.Attribute.Enumeration<['question', 'fault', 'visit']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'question'>;
    lastActivityAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::ticket.ticket'
    > &
      Schema.Attribute.Private;
    messageCount: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    number: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    overdueAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    preferredVisitDay: Schema.Attribute.Date &
      Schema.Attribute.CustomField<'plugin::jalali-date.date'>;
    priority: Schema.Attribute.Enumeration<
      ['low', 'medium', 'high', 'urgent']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'medium'>;
    publishedAt: Schema.Attribute.DateTime;
    repairOrder: Schema.Attribute.Relation<
      'oneToOne',
      'api::repair-order.repair-order'
    >;
    replyDueAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    resolutionDueAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    resolvedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    subscriber: Schema.Attribute.Relation<
      'manyToOne',
      'api::subscriber.subscriber'
    >;
    ticketStatus: Schema.Attribute.Enumeration<
      ['open', 'in_review', 'answered', 'closed']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'open'>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    visitScheduledAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    workHours: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 200;
          min: 0;
        },
        number
      >;
  };
}

export interface ApiTicketTicketEscalation extends Struct.CollectionTypeSchema {
  collectionName: 'ticket_escalations';
  info: {
    description: '\u0647\u0631 \u0627\u0631\u062C\u0627\u0639 \u062A\u06CC\u06A9\u062A \u062F\u06CC\u0631\u06A9\u0631\u062F \u0628\u0647 \u0633\u0637\u062D \u0628\u0627\u0644\u0627\u062A\u0631 (\u067E\u0634\u062A\u06CC\u0628\u0627\u0646\u06CC \u0627\u0631\u0634\u062F\u060C \u0633\u067E\u0633 \u0645\u062F\u06CC\u0631)\u061B \u0647\u0631 \u0633\u0637\u062D \u06CC\u06A9 \u0628\u0627\u0631 \u062B\u0628\u062A \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u0627\u0631\u062C\u0627\u0639 \u062A\u06CC\u06A9\u062A (Ticket escalation)';
    pluralName: 'ticket-escalations';
    singularName: 'ticket-escalation';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    dueAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    escalatedAt: Schema.Attribute.DateTime &
      Schema.Attribute.CustomField<'plugin::jalali-date.datetime'>;
    level: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2;
          min: 1;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::ticket.ticket-escalation'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Enumeration<['first_response', 'resolution']> &
      Schema.Attribute.Required;
    ticket: Schema.Attribute.Relation<'manyToOne', 'api::ticket.ticket'>;
    ticketId: Schema.Attribute.Integer & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiTicketTicketMessage extends Struct.CollectionTypeSchema {
  collectionName: 'ticket_messages';
  info: {
    description: '\u06CC\u06A9 \u067E\u06CC\u0627\u0645 \u062F\u0631 \u0645\u06A9\u0627\u062A\u0628\u0627\u062A \u062A\u06CC\u06A9\u062A: \u0627\u0632 \u0645\u0634\u062A\u0631\u06A9\u060C \u0627\u0632 \u06A9\u0627\u0631\u06A9\u0646\u0627\u0646\u060C \u06CC\u0627 \u06CC\u0627\u062F\u062F\u0627\u0634\u062A \u062F\u0627\u062E\u0644\u06CC \u06A9\u0647 \u0645\u0634\u062A\u0631\u06A9 \u0647\u0631\u06AF\u0632 \u0646\u0645\u06CC\u200C\u0628\u06CC\u0646\u062F.';
    displayName: '\u067E\u06CC\u0627\u0645 \u062A\u06CC\u06A9\u062A (Ticket message)';
    pluralName: 'ticket-messages';
    singularName: 'ticket-message';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    attachments: Schema.Attribute.Media<'images' | 'files', true>;
    authorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    authorStaffId: Schema.Attribute.Integer;
    authorType: Schema.Attribute.Enumeration<
      ['subscriber', 'staff', 'system']
    > &
      Schema.Attribute.Required;
    body: Schema.Attribute.Text & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    internal: Schema.Attribute.Boolean &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<false>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::ticket.ticket-message'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    ticketId: Schema.Attribute.Integer & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiVideoVideo extends Struct.CollectionTypeSchema {
  collectionName: 'videos';
  info: {
    description: '\u0648\u06CC\u062F\u06CC\u0648\u06CC \u0622\u0645\u0648\u0632\u0634\u06CC \u067E\u0627\u06CC\u06AF\u0627\u0647 \u062F\u0627\u0646\u0634: \u0641\u0627\u06CC\u0644 \u0628\u0627\u0631\u06AF\u0630\u0627\u0631\u06CC\u200C\u0634\u062F\u0647 \u06CC\u0627 \u067E\u06CC\u0648\u0646\u062F https (\u0645\u0627\u0646\u0646\u062F \u0635\u0641\u062D\u0647\u0654 \u0622\u067E\u0627\u0631\u0627\u062A)\u060C \u0628\u0631\u0627\u0633\u0627\u0633 \u0646\u0648\u0639 \u062F\u0633\u062A\u06AF\u0627\u0647. \u0641\u0642\u0637 \u0646\u0633\u062E\u0647\u0654 \u0645\u0646\u062A\u0634\u0631\u0634\u062F\u0647 \u062F\u0631 \u0633\u0627\u06CC\u062A \u062F\u06CC\u062F\u0647 \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u0648\u06CC\u062F\u06CC\u0648\u06CC \u0622\u0645\u0648\u0632\u0634\u06CC (Video)';
    pluralName: 'videos';
    singularName: 'video';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    i18n: {
      localized: true;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    deviceTypes: Schema.Attribute.Relation<
      'manyToMany',
      'api::device-type.device-type'
    > &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
    durationSeconds: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 86400;
          min: 0;
        },
        number
      >;
    externalUrl: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    file: Schema.Attribute.Media<'videos'> &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
    locale: Schema.Attribute.String;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::video.video'>;
    poster: Schema.Attribute.Media<'images'> &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    searchText: Schema.Attribute.Text &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    slug: Schema.Attribute.UID<'title'> &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    topic: Schema.Attribute.Relation<
      'manyToOne',
      'api::knowledge-topic.knowledge-topic'
    > &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesRelease
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_releases';
  info: {
    displayName: 'Release';
    pluralName: 'releases';
    singularName: 'release';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    actions: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release-action'
    >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    releasedAt: Schema.Attribute.DateTime;
    scheduledAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<
      ['ready', 'blocked', 'failed', 'done', 'empty']
    > &
      Schema.Attribute.Required;
    timezone: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesReleaseAction
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_release_actions';
  info: {
    displayName: 'Release Action';
    pluralName: 'release-actions';
    singularName: 'release-action';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentType: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    entryDocumentId: Schema.Attribute.String;
    isEntryValid: Schema.Attribute.Boolean;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release-action'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    release: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::content-releases.release'
    >;
    type: Schema.Attribute.Enumeration<['publish', 'unpublish']> &
      Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginCrmSyncCrmLink extends Struct.CollectionTypeSchema {
  collectionName: 'crm_links';
  info: {
    description: 'Which Didar contact or deal stands for which subscriber or device.';
    displayName: 'CRM link';
    pluralName: 'crm-links';
    singularName: 'crm-link';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::crm-sync.crm-link'
    > &
      Schema.Attribute.Private;
    localKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    provider: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    remoteId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginCrmSyncSyncJob extends Struct.CollectionTypeSchema {
  collectionName: 'crm_sync_jobs';
  info: {
    description: '\u0647\u0631 \u062A\u063A\u06CC\u06CC\u0631 \u0648\u0636\u0639\u06CC\u062A \u062E\u062F\u0645\u0627\u062A \u06CC\u06A9 \u062F\u0633\u062A\u06AF\u0627\u0647\u060C \u0648 \u0647\u0631 \u062A\u063A\u06CC\u06CC\u0631 \u062A\u06CC\u06A9\u062A\u200C\u0647\u0627\u06CC \u0622\u0646\u060C \u06A9\u0647 \u0628\u0627\u06CC\u062F \u062F\u0631 CRM \u062F\u06CC\u062F\u0627\u0631 \u062B\u0628\u062A \u0634\u0648\u062F\u061B \u062A\u0627 \u067E\u0630\u06CC\u0631\u0634 \u062F\u06CC\u062F\u0627\u0631 \u062A\u06A9\u0631\u0627\u0631 \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u0647\u0645\u06AF\u0627\u0645\u200C\u0633\u0627\u0632\u06CC CRM (CRM sync job)';
    pluralName: 'sync-jobs';
    singularName: 'sync-job';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    attempts: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<0>;
    claimedAt: Schema.Attribute.DateTime;
    claimedBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    dedupeKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    deviceId: Schema.Attribute.Integer & Schema.Attribute.Required;
    doneAt: Schema.Attribute.DateTime;
    event: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    kind: Schema.Attribute.Enumeration<['status', 'ticket']> &
      Schema.Attribute.DefaultTo<'status'>;
    lastError: Schema.Attribute.Text;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::crm-sync.sync-job'
    > &
      Schema.Attribute.Private;
    maxAttempts: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<50>;
    nextAttemptAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    payload: Schema.Attribute.JSON & Schema.Attribute.Required;
    provider: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    result: Schema.Attribute.JSON;
    status: Schema.Attribute.Enumeration<
      ['queued', 'sending', 'done', 'failed', 'dead']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'queued'>;
    subscriberId: Schema.Attribute.Integer & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginCustomerAccountsLoginCode
  extends Struct.CollectionTypeSchema {
  collectionName: 'customer_login_codes';
  info: {
    description: 'One-time codes sent by SMS, for logging in or resetting the password (purpose); only an HMAC of each code is kept.';
    displayName: 'One-time code';
    pluralName: 'login-codes';
    singularName: 'login-code';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    attempts: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<0>;
    codeHash: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 128;
      }>;
    consumedAt: Schema.Attribute.DateTime;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    expiresAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::customer-accounts.login-code'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    purpose: Schema.Attribute.Enumeration<['login', 'password-reset']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'login'>;
    requestIp: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    subscriberId: Schema.Attribute.Integer & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    userId: Schema.Attribute.Integer & Schema.Attribute.Required;
  };
}

export interface PluginI18NLocale extends Struct.CollectionTypeSchema {
  collectionName: 'i18n_locale';
  info: {
    collectionName: 'locales';
    description: '';
    displayName: 'Locale';
    pluralName: 'locales';
    singularName: 'locale';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String & Schema.Attribute.Unique;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::i18n.locale'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMax<
        {
          max: 50;
          min: 1;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginMessagingMessageTemplate
  extends Struct.CollectionTypeSchema {
  collectionName: 'messaging_templates';
  info: {
    description: '\u0645\u062A\u0646 \u067E\u06CC\u0627\u0645\u06A9\u200C\u0647\u0627 \u0648 \u0646\u0627\u0645 \u0642\u0627\u0644\u0628\u200C\u0647\u0627\u06CC \u0648\u0627\u062A\u0633\u0627\u067E \u0648 \u06A9\u0627\u0648\u0647\u200C\u0646\u06AF\u0627\u0631\u061B {{\u0646\u0627\u0645}} \u062F\u0631 \u0645\u062A\u0646 \u0628\u0627 \u0645\u0642\u062F\u0627\u0631 \u067E\u0627\u0631\u0627\u0645\u062A\u0631 \u062C\u0627\u06CC\u06AF\u0632\u06CC\u0646 \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u0642\u0627\u0644\u0628 \u067E\u06CC\u0627\u0645 (Message template)';
    pluralName: 'message-templates';
    singularName: 'message-template';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    i18n: {
      localized: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    kavenegarTemplate: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::messaging.message-template'
    > &
      Schema.Attribute.Private;
    params: Schema.Attribute.JSON;
    publishedAt: Schema.Attribute.DateTime;
    smsText: Schema.Attribute.Text & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    whatsappLanguage: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }> &
      Schema.Attribute.DefaultTo<'fa'>;
    whatsappTemplate: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface PluginMessagingOutboundMessage
  extends Struct.CollectionTypeSchema {
  collectionName: 'messaging_outbox';
  info: {
    description: '\u0635\u0641 \u067E\u06CC\u0627\u0645\u200C\u0647\u0627\u06CC \u067E\u06CC\u0627\u0645\u06A9\u06CC \u0648 \u0648\u0627\u062A\u0633\u0627\u067E\u06CC\u061B \u0647\u0631 \u067E\u06CC\u0627\u0645 \u067E\u06CC\u0634 \u0627\u0632 \u0627\u0631\u0633\u0627\u0644 \u0627\u06CC\u0646\u062C\u0627 \u062B\u0628\u062A \u0645\u06CC\u200C\u0634\u0648\u062F \u0648 \u062A\u0627 \u062A\u062D\u0648\u06CC\u0644 \u06CC\u0627 \u06A9\u0646\u0627\u0631 \u06AF\u0630\u0627\u0634\u062A\u0647 \u0634\u062F\u0646 \u067E\u06CC\u06AF\u06CC\u0631\u06CC \u0645\u06CC\u200C\u0634\u0648\u062F.';
    displayName: '\u067E\u06CC\u0627\u0645 \u062E\u0631\u0648\u062C\u06CC (Outbound message)';
    pluralName: 'outbound-messages';
    singularName: 'outbound-message';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    attempts: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<0>;
    channel: Schema.Attribute.Enumeration<['sms', 'whatsapp']> &
      Schema.Attribute.Required;
    claimedAt: Schema.Attribute.DateTime;
    claimedBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    dedupeKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    deliveredAt: Schema.Attribute.DateTime;
    fallbackFor: Schema.Attribute.Integer;
    kind: Schema.Attribute.Enumeration<['transactional', 'otp', 'broadcast']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'transactional'>;
    lastError: Schema.Attribute.Text;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::messaging.outbound-message'
    > &
      Schema.Attribute.Private;
    maxAttempts: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<8>;
    nextAttemptAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    params: Schema.Attribute.JSON;
    priority: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<10>;
    provider: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    providerMessageId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    providerStatus: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    recipient: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    sealedParams: Schema.Attribute.Text & Schema.Attribute.Private;
    sentAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<
      ['queued', 'sending', 'sent', 'failed', 'dead']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'queued'>;
    subscriberId: Schema.Attribute.Integer;
    templateCode: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginPaymentSandboxTransaction
  extends Struct.CollectionTypeSchema {
  collectionName: 'payment_sandbox_transactions';
  info: {
    description: "The built-in sandbox gateway's own records (the local provider).";
    displayName: 'Sandbox gateway transaction';
    pluralName: 'sandbox-transactions';
    singularName: 'sandbox-transaction';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    amount: Schema.Attribute.BigInteger & Schema.Attribute.Required;
    authority: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    callbackUrl: Schema.Attribute.Text & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::payment.sandbox-transaction'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    refId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 32;
      }>;
    state: Schema.Attribute.Enumeration<
      ['created', 'paid', 'cancelled', 'verified']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'created'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflow
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows';
  info: {
    description: '';
    displayName: 'Workflow';
    name: 'Workflow';
    pluralName: 'workflows';
    singularName: 'workflow';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentTypes: Schema.Attribute.JSON &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'[]'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    stageRequiredToPublish: Schema.Attribute.Relation<
      'oneToOne',
      'plugin::review-workflows.workflow-stage'
    >;
    stages: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow-stage'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflowStage
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows_stages';
  info: {
    description: '';
    displayName: 'Stages';
    name: 'Workflow Stage';
    pluralName: 'workflow-stages';
    singularName: 'workflow-stage';
  };
  options: {
    draftAndPublish: false;
    version: '1.1.0';
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    color: Schema.Attribute.String & Schema.Attribute.DefaultTo<'#4945FF'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow-stage'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String;
    permissions: Schema.Attribute.Relation<'manyToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    workflow: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::review-workflows.workflow'
    >;
  };
}

export interface PluginUploadFile extends Struct.CollectionTypeSchema {
  collectionName: 'files';
  info: {
    description: '';
    displayName: 'File';
    pluralName: 'files';
    singularName: 'file';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    alternativeText: Schema.Attribute.Text;
    caption: Schema.Attribute.Text;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    ext: Schema.Attribute.String;
    focalPoint: Schema.Attribute.JSON;
    folder: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'> &
      Schema.Attribute.Private;
    folderPath: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    formats: Schema.Attribute.JSON;
    hash: Schema.Attribute.String & Schema.Attribute.Required;
    height: Schema.Attribute.Integer;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::upload.file'
    > &
      Schema.Attribute.Private;
    mime: Schema.Attribute.String & Schema.Attribute.Required;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    previewUrl: Schema.Attribute.Text;
    provider: Schema.Attribute.String & Schema.Attribute.Required;
    provider_metadata: Schema.Attribute.JSON;
    publishedAt: Schema.Attribute.DateTime;
    related: Schema.Attribute.Relation<'morphToMany'>;
    size: Schema.Attribute.Decimal & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    url: Schema.Attribute.Text & Schema.Attribute.Required;
    width: Schema.Attribute.Integer;
  };
}

export interface PluginUploadFolder extends Struct.CollectionTypeSchema {
  collectionName: 'upload_folders';
  info: {
    displayName: 'Folder';
    pluralName: 'folders';
    singularName: 'folder';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    children: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.folder'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    files: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.file'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::upload.folder'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    parent: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'>;
    path: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    pathId: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsPermission
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::users-permissions.role'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsRole
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.role'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.String & Schema.Attribute.Unique;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    users: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.user'
    >;
  };
}

export interface PluginUsersPermissionsUser
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'user';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
    timestamps: true;
  };
  attributes: {
    blocked: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    confirmationToken: Schema.Attribute.String & Schema.Attribute.Private;
    confirmed: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.user'
    > &
      Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    provider: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    role: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::users-permissions.role'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    username: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
  };
}

export interface PluginVideoLicensingLicenceRequest
  extends Struct.CollectionTypeSchema {
  collectionName: 'video_licence_requests';
  info: {
    description: '\u062F\u0631\u062E\u0648\u0627\u0633\u062A \u0635\u062F\u0648\u0631 \u0644\u0627\u06CC\u0633\u0646\u0633 \u0627\u0633\u067E\u0627\u062A\u200C\u067E\u0644\u06CC\u0631 \u0628\u0631\u0627\u06CC \u06CC\u06A9 \u0633\u0641\u0627\u0631\u0634 \u067E\u0631\u062F\u0627\u062E\u062A\u200C\u0634\u062F\u0647\u061B \u062A\u0627 \u0635\u062F\u0648\u0631 \u0644\u0627\u06CC\u0633\u0646\u0633 \u0628\u0627 \u0641\u0627\u0635\u0644\u0647\u0654 \u0641\u0632\u0627\u06CC\u0646\u062F\u0647 \u062A\u06A9\u0631\u0627\u0631 \u0645\u06CC\u200C\u0634\u0648\u062F. \u0641\u0642\u0637 \u0633\u0627\u0645\u0627\u0646\u0647 \u0622\u0646 \u0631\u0627 \u0645\u06CC\u200C\u0646\u0648\u06CC\u0633\u062F.';
    displayName: '\u062F\u0631\u062E\u0648\u0627\u0633\u062A \u0644\u0627\u06CC\u0633\u0646\u0633 (Licence request)';
    pluralName: 'licence-requests';
    singularName: 'licence-request';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    attempts: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<0>;
    claimedAt: Schema.Attribute.DateTime;
    claimedBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    foundByLookup: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    issuedAt: Schema.Attribute.DateTime;
    lastError: Schema.Attribute.Text;
    lastErrorCode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    licenceId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    licenceKey: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    licenceTest: Schema.Attribute.Boolean;
    licenceUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::video-licensing.licence-request'
    > &
      Schema.Attribute.Private;
    maxAttempts: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<40>;
    nextAttemptAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    payload: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    provider: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    reference: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    request: Schema.Attribute.JSON & Schema.Attribute.Required;
    requestStatus: Schema.Attribute.Enumeration<
      ['queued', 'sending', 'issued', 'failed']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'queued'>;
    subscriberId: Schema.Attribute.Integer;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ContentTypeSchemas {
      'admin::api-token': AdminApiToken;
      'admin::api-token-permission': AdminApiTokenPermission;
      'admin::permission': AdminPermission;
      'admin::role': AdminRole;
      'admin::session': AdminSession;
      'admin::transfer-token': AdminTransferToken;
      'admin::transfer-token-permission': AdminTransferTokenPermission;
      'admin::user': AdminUser;
      'api::announcement.announcement': ApiAnnouncementAnnouncement;
      'api::announcement.announcement-fanout': ApiAnnouncementAnnouncementFanout;
      'api::article.article': ApiArticleArticle;
      'api::article.article-feedback': ApiArticleArticleFeedback;
      'api::audit-event.audit-event': ApiAuditEventAuditEvent;
      'api::complaint.complaint': ApiComplaintComplaint;
      'api::contact-settings.contact-settings': ApiContactSettingsContactSettings;
      'api::contract.contract': ApiContractContract;
      'api::course-order.course-order': ApiCourseOrderCourseOrder;
      'api::course.course': ApiCourseCourse;
      'api::device-model.device-model': ApiDeviceModelDeviceModel;
      'api::device-type.device-type': ApiDeviceTypeDeviceType;
      'api::device.device': ApiDeviceDevice;
      'api::holiday.holiday': ApiHolidayHoliday;
      'api::installation-confirmation.installation-confirmation': ApiInstallationConfirmationInstallationConfirmation;
      'api::invoice.debt-alert': ApiInvoiceDebtAlert;
      'api::invoice.invoice': ApiInvoiceInvoice;
      'api::job-lock.job-lock': ApiJobLockJobLock;
      'api::knowledge-topic.knowledge-topic': ApiKnowledgeTopicKnowledgeTopic;
      'api::notification.notification': ApiNotificationNotification;
      'api::ownership-transfer.device-ownership': ApiOwnershipTransferDeviceOwnership;
      'api::ownership-transfer.ownership-transfer': ApiOwnershipTransferOwnershipTransfer;
      'api::payment.payment': ApiPaymentPayment;
      'api::repair-order.repair-order': ApiRepairOrderRepairOrder;
      'api::saved-reply.saved-reply': ApiSavedReplySavedReply;
      'api::service-settings.service-settings': ApiServiceSettingsServiceSettings;
      'api::subscriber.subscriber': ApiSubscriberSubscriber;
      'api::support-settings.support-settings': ApiSupportSettingsSupportSettings;
      'api::survey.survey': ApiSurveySurvey;
      'api::survey.survey-follow-up': ApiSurveySurveyFollowUp;
      'api::ticket.ticket': ApiTicketTicket;
      'api::ticket.ticket-escalation': ApiTicketTicketEscalation;
      'api::ticket.ticket-message': ApiTicketTicketMessage;
      'api::video.video': ApiVideoVideo;
      'plugin::content-releases.release': PluginContentReleasesRelease;
      'plugin::content-releases.release-action': PluginContentReleasesReleaseAction;
      'plugin::crm-sync.crm-link': PluginCrmSyncCrmLink;
      'plugin::crm-sync.sync-job': PluginCrmSyncSyncJob;
      'plugin::customer-accounts.login-code': PluginCustomerAccountsLoginCode;
      'plugin::i18n.locale': PluginI18NLocale;
      'plugin::messaging.message-template': PluginMessagingMessageTemplate;
      'plugin::messaging.outbound-message': PluginMessagingOutboundMessage;
      'plugin::payment.sandbox-transaction': PluginPaymentSandboxTransaction;
      'plugin::review-workflows.workflow': PluginReviewWorkflowsWorkflow;
      'plugin::review-workflows.workflow-stage': PluginReviewWorkflowsWorkflowStage;
      'plugin::upload.file': PluginUploadFile;
      'plugin::upload.folder': PluginUploadFolder;
      'plugin::users-permissions.permission': PluginUsersPermissionsPermission;
      'plugin::users-permissions.role': PluginUsersPermissionsRole;
      'plugin::users-permissions.user': PluginUsersPermissionsUser;
      'plugin::video-licensing.licence-request': PluginVideoLicensingLicenceRequest;
    }
  }
}
