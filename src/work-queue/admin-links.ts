/**
 * Links into the admin for the work queue: a Content Manager list filtered as the count is, so
 * the list opened from an item shows exactly the records counted.
 */

/** [field, operator, value]: one condition of the list's filter (all must hold); a relation's field as 'relation.field' */
export type ListCondition = [field: string, operator: '$eq' | '$ne' | '$lt' | '$lte' | '$gte' | '$gt' | '$null' | '$notNull', value: string | boolean | number];

/** '/content-manager/collection-types/<uid>?page=1&filters[$and][0][field][$op]=value…' */
export const contentManagerList = (uid: string, conditions: ListCondition[]): string => {
  const params = [
    'page=1',
    ...conditions.map(
      ([field, operator, value], i) => `filters[$and][${i}]${field.split('.').map((part) => `[${part}]`).join('')}[${operator}]=${encodeURIComponent(String(value))}`
    ),
  ];
  return `/content-manager/collection-types/${uid}?${params.join('&')}`;
};
