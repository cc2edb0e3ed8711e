import assert from 'node:assert/strict'
import { test } from 'node:test'
import { textDirection } from './text-direction'

test('the first strong character decides the direction, as dir="auto" does', () => {
  assert.equal(textDirection('الذكاء الاصطناعي'), 'rtl')
  assert.equal(textDirection('בינה מלאכותית'), 'rtl')
  assert.equal(textDirection('2025: الذكاء'), 'rtl')
  assert.equal(textDirection('GPT في العالم'), 'ltr')
  assert.equal(textDirection('人工知能'), 'ltr')
  assert.equal(textDirection('🚀 123'), 'ltr')
})
