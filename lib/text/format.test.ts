import assert from 'node:assert/strict'
import { it } from 'node:test'
import { formatDate, listParts, machineDate } from './format'

it('shows calendar dates in UTC whatever the machine time zone', () => {
  assert.equal(formatDate('2025-11-09T00:00:00.000Z'), 'November 9, 2025')
  assert.equal(machineDate('2025-11-09T00:00:00.000Z'), '2025-11-09')
  assert.equal(machineDate('2025-11-09T14:30:00.000Z'), '2025-11-09T14:30:00.000Z')
})

it('joins names as a reader would say them', () => {
  const text = (names: string[]) =>
    listParts(names)
      .map((p) => p.value)
      .join('')
  assert.equal(text(['Thorsten Meyer']), 'Thorsten Meyer')
  assert.equal(text(['Thorsten Meyer', 'Lena Vogel']), 'Thorsten Meyer and Lena Vogel')
  assert.equal(text(['A', 'B', 'C']), 'A, B, and C')
})
