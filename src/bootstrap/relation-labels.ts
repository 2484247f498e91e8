/**
 * Relations labelled by what staff know, and single types titled by their name, in the Content
 * Manager.
 *
 * The Content Manager shows a related record by an attribute of it: the type's own main field
 * (list and edit view titles) and, for each relation field, that field's "entry title"
 * (metadatas.<field>.edit.mainField, chosen once when the field's view was first configured —
 * which is why a contract showed its device by serial and another contract by its id). Types
 * that carry a stored `label` (validation/rules/record-labels.ts) become shown by it: as their
 * main field, and as the entry title of every relation field, in any type or component, that
 * points at them. A single type is titled by its name (the Content Manager uses the type's display
 * name when the main field is `id`, instead of the document's id).
 *
 * Applied once per content type and version (a versioned key in the store), so an installation
 * set up before labels existed gets them too, and an entry title staff choose afterwards in
 * "Configure the view" is kept. The label itself is never edited by hand: hidden from the edit
 * view on every start.
 */
import type { Core } from '@strapi/strapi';
import { LABELLED_TYPES } from '../validation/rules/record-labels';

const VERSION = 1;
const LABEL = 'label';
const LABEL_FIELD_NAME = 'عنوان نمایشی (خودکار)';
const labelled = new Set<string>(LABELLED_TYPES);

type Configuration = { settings?: Record<string, any>; metadatas?: Record<string, any>; layouts?: Record<string, any>; options?: unknown };
type Schema = { uid: string; kind?: string; attributes: Record<string, any> };

/** On every start: the label stays out of the edit view (shown in relations and lists only). */
const hideLabel = (configuration: Configuration) => {
  let changed = false;
  const meta = configuration.metadatas?.[LABEL];
  if (meta?.edit && (meta.edit.visible !== false || meta.edit.editable !== false)) {
    meta.edit.visible = false;
    meta.edit.editable = false;
    changed = true;
  }
  for (const part of [meta?.edit, meta?.list]) {
    if (part && part.label === LABEL) {
      part.label = LABEL_FIELD_NAME;
      changed = true;
    }
  }
  const edit: Array<Array<{ name: string }>> | undefined = configuration.layouts?.edit;
  if (edit?.some((row) => row.some((field) => field.name === LABEL))) {
    configuration.layouts!.edit = edit.map((row) => row.filter((field) => field.name !== LABEL)).filter((row) => row.length > 0);
    changed = true;
  }
  return changed;
};

/** Once per version: main field and relation entry titles. */
const chooseTitles = (configuration: Configuration, schema: Schema) => {
  let changed = false;
  if (configuration.settings) {
    if (labelled.has(schema.uid)) {
      configuration.settings.mainField = LABEL;
      changed = true;
    } else if (schema.kind === 'singleType') {
      configuration.settings.mainField = 'id';
      changed = true;
    }
  }
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    const meta = configuration.metadatas?.[name];
    if (attribute?.type !== 'relation' || !labelled.has(attribute.target) || !meta?.edit) continue;
    meta.edit.mainField = LABEL;
    changed = true;
  }
  return changed;
};

export const applyRelationLabels = async (strapi: Core.Strapi) => {
  const cm = strapi.plugin('content-manager');
  const store = strapi.store({ type: 'core', name: 'poshtiban' });
  const targets: Array<{ schema: Schema; service: any }> = [
    ...Object.values(strapi.contentTypes).map((schema) => ({ schema: schema as unknown as Schema, service: cm.service('content-types') })),
    ...Object.values(strapi.components).map((schema) => ({ schema: schema as unknown as Schema, service: cm.service('components') })),
  ];
  for (const { schema, service } of targets) {
    const pointsAtLabelled = Object.values(schema.attributes).some((a: any) => a?.type === 'relation' && labelled.has(a.target));
    if (!labelled.has(schema.uid) && !pointsAtLabelled && schema.kind !== 'singleType') continue;
    const configuration: Configuration = await service.findConfiguration(schema);
    let changed = labelled.has(schema.uid) ? hideLabel(configuration) : false;
    const key = `relation-labels:v${VERSION}:${schema.uid}`;
    const firstTime = !(await store.get({ key }));
    if (firstTime) changed = chooseTitles(configuration, schema) || changed;
    if (changed) {
      const { settings, metadatas, layouts, options } = configuration;
      await service.updateConfiguration(schema, { settings, metadatas, layouts, options });
    }
    if (firstTime) await store.set({ key, value: true });
  }
};
