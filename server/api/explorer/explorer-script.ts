/**
 * The explorer page's own script and style, served as files (the page's CSP allows no inline
 * script). Plain ES2017 for the browser: it reads the UMD globals React, ReactDOM and GraphiQL.
 * The token stays in sessionStorage (gone when the tab closes) and goes out as
 * `Authorization: Bearer …` over HTTP and as connectionParams.authorization over graphql-ws.
 */
export const EXPLORER_SCRIPT = String.raw`(function () {
  'use strict';
  var KEY = 'thidua.explorer.token';
  var DEFAULT_QUERY = [
    '# thidua – GraphQL',
    '# 1. Dán mã truy cập vào ô phía trên, bấm "Lưu".',
    '#    Paste an access token above, press "Save".',
    '# 2. Ctrl-Enter: chạy truy vấn · run the query.',
    '# 3. Quyển sách bên trái: tài liệu lược đồ',
    '#    The book on the left: the schema docs.',
    '',
    'query Viewer {',
    '  viewer {',
    '    username',
    '    fullName',
    '    roles {',
    '      role',
    '      unit {',
    '        code',
    '        name',
    '      }',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');

  var mount = document.getElementById('graphiql');
  var form = document.getElementById('token-form');
  var input = document.getElementById('token');
  var clear = document.getElementById('token-clear');
  var state = document.getElementById('token-state');
  var httpUrl = new URL(mount.getAttribute('data-graphql-path') || '/graphql', window.location.href).toString();
  var socketUrl = httpUrl.replace(/^http/, 'ws');

  function readToken() {
    try {
      return window.sessionStorage.getItem(KEY) || '';
    } catch (e) {
      return '';
    }
  }
  function keepToken(token) {
    try {
      if (token) window.sessionStorage.setItem(KEY, token);
      else window.sessionStorage.removeItem(KEY);
    } catch (e) {
      // Storage refused (private mode): the token lasts until the page is reloaded.
    }
    current = token;
  }

  var current = readToken();
  var generation = 0;
  var root = ReactDOM.createRoot(mount);

  function render() {
    var bearer = current ? { authorization: 'Bearer ' + current } : {};
    var fetcher = GraphiQL.createFetcher({
      url: httpUrl,
      subscriptionUrl: socketUrl,
      headers: bearer,
      wsConnectionParams: bearer,
    });
    state.textContent = current
      ? 'Đã lưu mã cho phiên này · Token kept for this browser tab'
      : 'Chưa có mã: lược đồ chỉ hiện khi đã đăng nhập · No token: the schema shows once signed in';
    state.className = current ? 'token-state token-set' : 'token-state';
    // A new key mounts GraphiQL afresh, so it loads the schema again with the new token.
    generation += 1;
    root.render(
      React.createElement(GraphiQL, {
        key: generation,
        fetcher: fetcher,
        defaultQuery: DEFAULT_QUERY,
        shouldPersistHeaders: false,
      }),
    );
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    keepToken(input.value.trim().replace(/^Bearer\s+/i, ''));
    input.value = '';
    render();
  });
  clear.addEventListener('click', function () {
    keepToken('');
    input.value = '';
    render();
  });
  render();
})();
`;

export const EXPLORER_STYLE = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.thidua-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 8px 16px;
  background: #8b1a1a; color: #fff; font-size: 14px; }
.thidua-bar h1 { font-size: 16px; margin: 0; font-weight: 600; }
.thidua-bar form { display: flex; align-items: center; gap: 8px; flex: 1 1 480px; }
.thidua-bar label { white-space: nowrap; }
.thidua-bar input { flex: 1; min-width: 160px; padding: 4px 8px; border: 1px solid #d9a; border-radius: 4px;
  font-family: ui-monospace, monospace; }
.thidua-bar button { padding: 4px 12px; border: 0; border-radius: 4px; background: #f6d860; color: #3a2a00; cursor: pointer; }
.thidua-bar button[type="button"] { background: #f3e6e6; }
.token-state { font-size: 13px; opacity: 0.9; }
.token-state.token-set::before { content: "✓ "; }
#graphiql { flex: 1; min-height: 0; }
`;
