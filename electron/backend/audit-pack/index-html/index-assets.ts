// The inline style sheet and script of index.html. Both are fixed text, so the page's Content
// Security Policy allows exactly them by hash and nothing else: no remote fetch, no other script.
import { createHash } from 'node:crypto';

export const INDEX_STYLE = `
:root{color-scheme:light dark;--fg:#1b232e;--muted:#5b6675;--accent:#1f3a5f;--soft:#e4ebf3;--rule:#d3dae2;--bad:#a12c2c;--good:#1e6b3a;--bg:#fff}
@media (prefers-color-scheme:dark){:root{--fg:#e3e8ee;--muted:#9aa6b4;--accent:#9cc0ea;--soft:#1d2a3a;--rule:#334152;--bad:#ef8a8a;--good:#7fd19b;--bg:#12181f}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
header{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:1px solid var(--rule);padding:12px 24px}
header h1{margin:0 0 4px;font-size:20px;color:var(--accent)}
header p{margin:0 0 8px;color:var(--muted)}
#q{width:100%;max-width:640px;padding:8px 10px;font:inherit;border:1px solid var(--rule);border-radius:6px;background:var(--bg);color:var(--fg)}
nav{padding:8px 24px;border-bottom:1px solid var(--rule)}
nav a{margin-right:16px}
main{padding:8px 24px 48px;max-width:1200px}
a{color:var(--accent)}
h2{margin:28px 0 8px;font-size:18px;color:var(--accent);border-bottom:2px solid var(--soft);padding-bottom:4px}
h3{margin:0 0 4px;font-size:15px}
h3.group{margin:18px 0 6px;color:var(--muted);font-size:14px;text-transform:uppercase;letter-spacing:.03em}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;overflow-wrap:anywhere}
.control{border:1px solid var(--rule);border-radius:6px;padding:10px 12px;margin:10px 0}
.control.na{opacity:.7}
.tag{display:inline-block;font-size:12px;padding:0 6px;border-radius:4px;background:var(--soft);margin-left:6px}
.tag.bad{color:var(--bad)}
.muted{color:var(--muted)}
.bad{color:var(--bad)}
.good{color:var(--good)}
p.jump{line-height:1.9}
p.jump a{display:inline-block;margin-right:6px;font-size:13px}
ul.evidence{margin:6px 0 0;padding-left:20px}
ul.evidence li{margin:2px 0}
code,.hash{font-family:ui-monospace,SFMono-Regular,Consolas,monospace;font-size:12px;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:6px 0}
th,td{text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid var(--rule)}
th{background:var(--soft)}
td.num{text-align:right;white-space:nowrap}
pre{background:var(--soft);padding:8px 10px;border-radius:6px;overflow-x:auto}
[hidden]{display:none!important}
`;

/**
 * Filters every searchable item ([data-search], lower-cased text) as the search box changes: an
 * item shows when it matches every word typed; a control also shows when one of its evidence items
 * (.sub) matches, and then only those items.
 */
export const INDEX_SCRIPT = `
(function () {
  var box = document.getElementById('q');
  var none = document.getElementById('no-matches');
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-search]:not(.sub)'));
  function matches(el, terms) {
    var text = el.getAttribute('data-search') || '';
    for (var i = 0; i < terms.length; i++) if (text.indexOf(terms[i]) < 0) return false;
    return true;
  }
  function run() {
    var terms = box.value.toLowerCase().split(/\\s+/).filter(function (s) { return s.length > 0; });
    var shown = 0;
    items.forEach(function (el) {
      var own = matches(el, terms);
      var any = false;
      Array.prototype.forEach.call(el.querySelectorAll('.sub[data-search]'), function (sub) {
        var hit = own || matches(sub, terms);
        sub.hidden = !hit;
        if (hit) any = true;
      });
      el.hidden = !(own || any);
      if (own || any) shown++;
    });
    none.hidden = shown > 0 || terms.length === 0;
  }
  box.addEventListener('input', run);
  if (box.value) run();
})();
`;

function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Nothing may load: only the inline style and script above, by hash. */
export const INDEX_CSP = [
  "default-src 'none'",
  `style-src ${cspHash(INDEX_STYLE)}`,
  `script-src ${cspHash(INDEX_SCRIPT)}`,
  "img-src 'none'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
