import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The checkout or installation root: the nearest folder above this file with a package.json. The same
 * folder whether a script runs from server/scripts (ts-node) or dist/server/scripts (compiled).
 */
export function packageRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
