import type { ExplorerAsset } from './explorer-assets';

/**
 * Only this origin's own files and connections (the GraphQL endpoint over fetch and WebSocket).
 * GraphiQL's fonts are data: URLs inside its CSS; its editors set styles through the DOM, which
 * style-src does not govern, so no 'unsafe-inline' is needed.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const ASSET_PREFIX = '/explorer/assets/';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page: a bar with the token field, GraphiQL below it, every script and style from ASSET_PREFIX. */
export function explorerPage(assets: readonly ExplorerAsset[], graphqlPath: string): string {
  const href = (asset: ExplorerAsset) => `${ASSET_PREFIX}${asset.name}?v=${asset.version}`;
  const styles = assets.filter((a) => a.name.endsWith('.css')).map((a) => `<link rel="stylesheet" href="${href(a)}">`);
  const scripts = assets.filter((a) => a.name.endsWith('.js')).map((a) => `<script src="${href(a)}"></script>`);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>thidua – GraphQL</title>
<link rel="icon" href="data:,">
${styles.join('\n')}
</head>
<body>
<header class="thidua-bar">
<h1>thidua – GraphQL</h1>
<form id="token-form" autocomplete="off">
<label for="token">Mã truy cập · Access token</label>
<input id="token" type="password" autocomplete="off" spellcheck="false" placeholder="Dán mã (Bearer …) · Paste the token">
<button type="submit">Lưu · Save</button>
<button type="button" id="token-clear">Xoá · Clear</button>
</form>
<span id="token-state" class="token-state" role="status"></span>
</header>
<main id="graphiql" data-graphql-path="${escapeAttribute(graphqlPath)}">Đang tải trình duyệt GraphQL… · Loading the GraphQL explorer…</main>
<noscript>Trình duyệt GraphQL cần JavaScript · The GraphQL explorer needs JavaScript.</noscript>
${scripts.join('\n')}
</body>
</html>
`;
}
