import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import type { CellValue, TableColumn } from '../documents/table-file';
import type { Page } from '../store/pagination';

/**
 * One kind of export: its columns and where its rows come from. Rows come from the same list
 * service as the matching query, with the viewer's access rules, one page at a time.
 */
export interface ExportSource<F> {
  /** The title row of the sheet and the start of the file name. */
  title(filter: F): string;
  fileBase: string;
  columns: TableColumn[];
  /** Checks the filter and the viewer's access (refusing as the query does) and answers how many rows. */
  count(em: EntityManager, viewer: Viewer, filter: F): Promise<number>;
  /** The rows, a batch of at most `size` at a time, without the running number (the writer adds it). */
  batches(em: EntityManager, viewer: Viewer, filter: F, size: number): AsyncGenerator<CellValue[][]>;
  /** The unit the export is about, when its filter names one. */
  unitId?(filter: F): string | null | undefined;
}

/** Walks a connection page by page with the list service's own cursor. */
export async function* pagesOf<T>(fetch: (after: string | null) => Promise<Page<T>>): AsyncGenerator<T[]> {
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = await fetch(after);
    if (page.edges.length) yield page.edges.map((edge) => edge.node);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

/** A label in lower case ("đang xét duyệt") as it starts a cell ("Đang xét duyệt"). */
export function cellLabel(label: { vi: string } | undefined): string {
  const text = label?.vi ?? '';
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
