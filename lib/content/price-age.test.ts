import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { site } from '../site'
import { priceAge, withPriceState } from './price-age'

const now = new Date('2026-06-01T12:00:00Z')
const state = (program: string | undefined, priceAsOf: string) => priceAge({ program, price: '$10', priceAsOf }, now).state

describe('price age', () => {
  it('the limits are set per programme, Amazon the strictest', () => {
    assert.deepEqual(site.priceAge.amazon, { warnAfterDays: 1, hideAfterDays: 7 })
    assert.ok(site.priceAge.other.warnAfterDays > site.priceAge.amazon.warnAfterDays)
    for (const limits of Object.values(site.priceAge)) assert.ok(limits.warnAfterDays < limits.hideAfterDays)
  })

  it('Amazon: current within a day, old after it, stale after a week', () => {
    assert.equal(state('amazon', '2026-06-01'), 'current')
    assert.equal(state('amazon', '2026-05-31'), 'old') // 1.5 days before now
    assert.equal(state('amazon', '2026-05-26'), 'old') // 6.5 days
    assert.equal(state('amazon', '2026-05-25'), 'stale') // 7.5 days
  })

  it('other programmes (and no programme, which the schema reads as "other"): old after 180 days, stale after 365', () => {
    assert.equal(state('other', '2025-12-04'), 'current') // 179.5 days
    assert.equal(state('other', '2025-12-03'), 'old') // 180.5 days
    assert.equal(state(undefined, '2025-06-02'), 'old') // 364.5 days
    assert.equal(state(undefined, '2025-06-01'), 'stale') // 365.5 days
  })

  it('no price, or no valid date: nothing to judge', () => {
    assert.equal(priceAge({ program: 'amazon', priceAsOf: '2020-01-01' }, now).state, 'none')
    assert.equal(state('amazon', 'someday'), 'none')
  })

  it('whole days since the date, and a Date as well as text', () => {
    assert.equal(priceAge({ program: 'amazon', price: '$1', priceAsOf: new Date('2026-05-29') }, now).days, 3)
  })

  it('the card gets priceStale only past the second limit', () => {
    assert.equal(withPriceState({ program: 'amazon', price: '$1', priceAsOf: '2026-05-26' }, now).priceStale, false)
    assert.equal(withPriceState({ program: 'amazon', price: '$1', priceAsOf: '2026-05-25' }, now).priceStale, true)
  })
})
