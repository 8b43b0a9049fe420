import type { Pool } from 'pg';

/** A column and the SQL type its text is cast to. */
export type Column = [name: string, type: string];
export type Value = string | number | boolean | null;

const BATCH = 5_000;

/**
 * Multi-row INSERT through pg: every column goes as one text[] parameter and is unnested and cast
 * in SQL, so thousands of rows cost one statement (no COPY client in the dependencies).
 */
export async function bulkInsert(pool: Pool, table: string, columns: Column[], rows: Value[][]): Promise<void> {
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const casts = columns.map(([name, type], i) => `c${i}::${type} as "${name}"`).join(', ');
  const params = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  const sql = `insert into "${table}" (${names}) select ${casts} from unnest(${params}) as u(${aliases})`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const arrays = columns.map((_, i) => batch.map((row) => (row[i] === null ? null : String(row[i]))));
    await pool.query(sql, arrays);
  }
}

/** A small deterministic generator, so two runs seed the same data set. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
