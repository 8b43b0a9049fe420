import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXPLORER_SCRIPT, EXPLORER_STYLE } from './explorer-script';

/** One file the explorer page loads from /explorer/assets/<name>. */
export interface ExplorerAsset {
  name: string;
  contentType: string;
  body: Buffer;
  gzipped: Buffer;
  /** A digest of the body: the page asks for `<name>?v=<version>`, so a long cache is safe across upgrades. */
  version: string;
}

/**
 * A file of an installed package. The packages' `exports` do not list their UMD builds, so the
 * path is taken relative to their package.json, which they do export.
 */
function packageFile(packageName: string, file: string): Buffer {
  return readFileSync(join(dirname(require.resolve(`${packageName}/package.json`)), file));
}

function asset(name: string, contentType: string, body: Buffer): ExplorerAsset {
  const version = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { name, contentType, body, gzipped: gzipSync(body), version };
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** In the order the page loads them: React before GraphiQL's UMD build, which reads window.React. */
export function loadExplorerAssets(): ExplorerAsset[] {
  return [
    asset('graphiql.min.css', CSS, packageFile('graphiql', 'graphiql.min.css')),
    asset('explorer.css', CSS, Buffer.from(EXPLORER_STYLE)),
    asset('react.production.min.js', JS, packageFile('react', 'umd/react.production.min.js')),
    asset('react-dom.production.min.js', JS, packageFile('react-dom', 'umd/react-dom.production.min.js')),
    asset('graphiql.min.js', JS, packageFile('graphiql', 'graphiql.min.js')),
    asset('explorer.js', JS, Buffer.from(EXPLORER_SCRIPT)),
  ];
}
