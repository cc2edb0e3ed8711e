import assert from 'node:assert/strict'
import { test } from 'node:test'
import { pathForFile } from './built-site'

test('out/ files map to the paths static hosts serve them at', () => {
  assert.equal(pathForFile('index.html'), '/')
  assert.equal(pathForFile('about.html'), '/about')
  assert.equal(pathForFile('articles/x.html'), '/articles/x')
  assert.equal(pathForFile('tags/index.html'), '/tags')
})
