import type { Schema, Struct } from '@strapi/strapi';

export interface SharedAddress extends Struct.ComponentSchema {
  collectionName: 'components_shared_addresses';
  info: {
    description: '\u0622\u062F\u0631\u0633 \u06A9\u0627\u0645\u0644: \u0634\u0647\u0631\u060C \u062E\u06CC\u0627\u0628\u0627\u0646\u060C \u0633\u0627\u062E\u062A\u0645\u0627\u0646';
    displayName: '\u0622\u062F\u0631\u0633 (Address)';
    icon: 'pinMap';
  };
  attributes: {
    building: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    city: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    postalCode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    street: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'shared.address': SharedAddress;
    }
  }
}
