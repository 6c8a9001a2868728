/** Rows gathered per key, in row order. */
export function groupRows<R, K, V>(rows: R[], keyOf: (row: R) => K, valueOf: (row: R) => V): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(valueOf(row));
    else groups.set(key, [valueOf(row)]);
  }
  return groups;
}

/**
 * Score lists rebuilt from counts per value, as the database returns them ({ key, value, n } →
 * key → value repeated n times): the summaries in stats.ts take lists.
 */
export function listsFromCounts<K>(rows: Array<{ key: K; value: number; n: number }>): Map<K, number[]> {
  const lists = new Map<K, number[]>();
  for (const { key, value, n } of rows) {
    const list = lists.get(key) ?? [];
    for (let i = 0; i < n; i++) list.push(value);
    lists.set(key, list);
  }
  return lists;
}
