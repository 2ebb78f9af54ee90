/**
 * Deleting a record so it can be put back: the record is read and deleted in one transaction and
 * returned whole, for Undo.
 */
import type { Table } from 'dexie';
import { getDatabase } from './connection';

export async function takeOut<T, TInsert>(table: Table<T, string, TInsert>, id: string): Promise<T | undefined> {
  return getDatabase().transaction('rw', table, async () => {
    const record = await table.get(id);
    if (record) await table.delete(id);
    return record;
  });
}
