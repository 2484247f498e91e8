/**
 * The header row of a table that stacks into labelled cards on a phone (`.table--stack`): each
 * cell repeats its column's name in `data-label`, so the names are kept in one object and the
 * header is drawn from it.
 */
export function StackedTableHead({ columns }: { columns: Record<string, string> }) {
  return (
    <thead>
      <tr>
        {Object.values(columns).map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
