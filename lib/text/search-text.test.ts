import assert from 'node:assert/strict'
import { test } from 'node:test'
import { excerptParts, resultsMessage } from './search-text'

test('the results message counts results and quotes the query', () => {
  assert.equal(resultsMessage(0, 'gpu'), 'No results for “gpu”')
  assert.equal(resultsMessage(1, 'gpu'), '1 result for “gpu”')
  assert.equal(resultsMessage(3, 'Lena Vogel'), '3 results for “Lena Vogel”')
})

// The excerpt Pagefind 1.6 returned for "zebraword" on a probe page whose text contained markup.
const probe = 'The <mark>zebraword</mark> appears next to &lt;script&gt;alert(1)&lt;/script&gt; and R&D &lt;mark&gt;fake&lt;/mark&gt; <mark>zebraword.</mark>'

test('matches become flagged runs; escaped page text, even an escaped <mark>, stays plain text', () => {
  assert.deepEqual(excerptParts(probe), [
    { text: 'The ', match: false },
    { text: 'zebraword', match: true },
    { text: ' appears next to <script>alert(1)</script> and R&D <mark>fake</mark> ', match: false },
    { text: 'zebraword.', match: true },
  ])
})

test('entities are decoded once', () => {
  assert.deepEqual(excerptParts('&amp;lt; &quot;a&quot; &#39;b&#39;'), [{ text: '&lt; "a" \'b\'', match: false }])
})

test('an empty excerpt has no runs', () => {
  assert.deepEqual(excerptParts(''), [])
})
