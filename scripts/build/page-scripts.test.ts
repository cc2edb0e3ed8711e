import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseHtml } from './html'
import { scriptProblems } from './page-scripts'

const problemsIn = (body: string) => scriptProblems(parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`))

test('scripts and handlers inside a declarative shadow root or any template are reported', () => {
  assert.match(
    problemsIn('<div><template shadowrootmode="open"><script>alert(1)</script></template></div>').join('\n'),
    /inline script that is not on the allowlist.*alert\(1\)/,
  )
  assert.match(
    problemsIn('<div><template shadowrootmode="closed"><img src="/x.png" onerror="alert(2)"></template></div>').join('\n'),
    /<img> has an event-handler attribute onerror/,
  )
  assert.match(
    problemsIn('<template><div><template shadowrootmode="open"><a href="javascript:alert(3)">x</a></template></div></template>').join('\n'),
    /<a href> holds a script URL/,
  )
})

test('an iframe srcdoc document is reported, whatever it holds', () => {
  assert.match(problemsIn('<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>').join('\n'), /<iframe> embeds a document in srcdoc=/)
  assert.match(problemsIn('<iframe srcdoc="<p>harmless today</p>"></iframe>').join('\n'), /srcdoc/)
})

test('javascript: URLs disguised with tabs, line breaks, control characters, case or character references are reported', () => {
  for (const href of [
    'java&#9;script:alert(1)',
    'java\nscript:alert(1)',
    '&#1;javascript:alert(1)',
    '\u0001javascript:alert(1)',
    ' \u001fJaVaScRiPt:alert(1)',
    'javascript&colon;alert(1)',
    'vb&Tab;script:msgbox(1)',
  ]) {
    assert.match(problemsIn(`<a href="${href}">x</a>`).join('\n'), /<a href> holds a script URL/, JSON.stringify(href))
  }
  assert.match(
    problemsIn('<form action="JAVASCRIPT:alert(1)"><button formaction="java&#x0A;script:x">go</button></form>').join('\n'),
    /<form action>[\s\S]*<button formaction>/,
  )
  assert.match(
    problemsIn('<svg><a><animate attributeName="href" values="/ok;java&#9;script:alert(1)"/><text>x</text></a></svg>').join('\n'),
    /<animate values> animates to a script URL/,
  )
  assert.deepEqual(problemsIn('<a href="/articles/javascript:-a-history">x</a><a href="https://example.com/?q=javascript:">y</a>'), [])
})

test('a meta refresh is reported, to anywhere', () => {
  assert.match(problemsIn('<meta http-equiv="Refresh" content="0;url=javascript:alert(1)">').join('\n'), /<meta http-equiv="refresh">/)
  assert.match(problemsIn('<meta http-equiv=" refresh " content="5; url=https://elsewhere.example/">').join('\n'), /<meta http-equiv="refresh">/)
  assert.deepEqual(problemsIn('<meta http-equiv="content-type" content="text/html; charset=utf-8">'), [])
})
