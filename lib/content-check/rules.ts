import type { FieldDef } from 'contentlayer2/source-files/schema'
import { linkKind } from '../mdx/links'
import type { FieldRule } from '../schema/contract'
import { contentPath, type ContentKind } from '../schema/files'
import { checkImageField, type ImageCheckContext } from './images'
import { didYouMean } from './closest'
import { addressTakenBy } from './reserved-addresses'
import { isValidDate } from './schema-fields'
import { priceAge } from '../content/price-age'

export interface RuleContext extends ImageCheckContext {
  id: string
  body: string | undefined
  now: Date
  /** Ids of the files of a kind, for the `ids` rule. */
  ids: (kind: ContentKind) => Set<string>
  /** The site's own first path segments, with what serves each (reserved-addresses.ts). */
  reserved: Map<string, string>
}

type Rule = FieldRule<Record<string, FieldDef>>

/** Applies a document type's declared rules (lib/schema/*) to one file's fields. */
export function applyRules(rules: Rule[], ctx: RuleContext): void {
  for (const rule of rules) apply(rule, ctx)
}

function apply(rule: Rule, ctx: RuleContext): void {
  const { data, report, at } = ctx
  switch (rule.rule) {
    case 'image':
      return checkImageField(rule, ctx)
    case 'url': {
      const [list, , item] = rule.field.split('.')
      if (item === undefined) return checkUrl(data[rule.field], [rule.field], rule.httpsOnly, ctx)
      const items = data[list!]
      if (Array.isArray(items))
        items.forEach((x, i) => x && typeof x === 'object' && checkUrl((x as Record<string, unknown>)[item], [list!, i, item], rule.httpsOnly, ctx))
      return
    }
    case 'notBefore': {
      const [value, other] = [data[rule.field], data[rule.other]]
      if (isValidDate(value) && isValidDate(other) && new Date(value) < new Date(other)) {
        report.error(`field "${rule.field}" (${value}) is before "${rule.other}" (${other})`, at([rule.field]))
      }
      return
    }
    case 'itemDates': {
      const [items, other] = [data[rule.field], data[rule.notBefore]]
      if (!Array.isArray(items)) return
      items.forEach((x, i) => {
        const value = x && typeof x === 'object' ? (x as Record<string, unknown>)[rule.item] : undefined
        // A missing or malformed date is the field check's to report.
        if (!isValidDate(value)) return
        const path = [rule.field, i, rule.item]
        if (new Date(value) > ctx.now)
          report.error(`field "${path.join('.')}" (${value}) is in the future (now is ${ctx.now.toISOString()}): date it the day it is made`, at(path))
        else if (isValidDate(other) && new Date(value) < new Date(other))
          report.error(
            `field "${path.join('.')}" (${value}) is before "${rule.notBefore}" (${other}): an article cannot be corrected before it is published`,
            at(path),
          )
      })
      return
    }
    case 'requiredWith':
      if (data[rule.field] !== undefined && data[rule.needs] === undefined) {
        report.error(`field "${rule.field}" needs "${rule.needs}": ${rule.what}`, at([rule.field]))
      }
      return
    case 'forbidsText': {
      const value = data[rule.field]
      if (typeof value === 'string' && value.includes(rule.text)) report.error(`field "${rule.field}" contains "${rule.text}", ${rule.why}`, at([rule.field]))
      return
    }
    case 'ids': {
      const list = data[rule.field]
      if (!Array.isArray(list)) return
      const known = ctx.ids(rule.of)
      if (list.length === 0) report.error(`field "${rule.field}" is empty: name at least one ${rule.of} id`, at([rule.field]))
      list.forEach((id, i) => {
        if (list.indexOf(id) !== i) report.error(`${rule.of} "${id}" is listed twice in "${rule.field}": remove the second`, at([rule.field, i]))
        if (typeof id === 'string' && !known.has(id)) {
          report.error(
            `unknown ${rule.of} id "${id}" in "${rule.field}": no file ${contentPath(rule.of, id)}${didYouMean(id, known)} (known: ${[...known].join(', ')})`,
            at([rule.field, i]),
          )
        }
      })
      return
    }
    case 'placeholder':
      // Drafts may keep the skeleton of `npm run new`; anything that will go live may not.
      if (data.draft === true) return
      if (rule.field !== 'body') {
        if (data[rule.field] === rule.text)
          report.error(`field "${rule.field}" still has the placeholder from "npm run new": ${rule.todo}, or keep "draft: true"`, at([rule.field]))
        return
      }
      {
        const source = ctx.body ?? ''
        const index = source.indexOf(rule.text)
        if (index >= 0) {
          const line = source.slice(0, index).split('\n').length
          report.error(`the text still has the placeholder "${rule.text}" from "npm run new": ${rule.todo}, or keep "draft: true"`, { line, column: 1 })
        }
      }
      return
    case 'priceAge': {
      const value = data[rule.field]
      if (!isValidDate(value)) return
      const age = priceAge({ price: data[rule.price], priceAsOf: new Date(value), program: data[rule.program] }, ctx.now)
      const { warnAfterDays, hideAfterDays } = age.limits
      const programme = age.program === 'amazon' ? 'Amazon Associates' : 'other programmes'
      const checked = `price checked ${age.days} days ago (${rule.field} ${value})`
      const todo = `check it at the shop, update "${rule.price}" and set "${rule.field}" to the day you checked (docs/editing.md, "Prices")`
      if (age.state === 'stale')
        report.warn(
          `${checked}, past the ${hideAfterDays}-day limit for ${programme}: the card shows "Check the current price" instead of it; ${todo}`,
          at([rule.field]),
        )
      else if (age.state === 'old')
        report.warn(
          `${checked}, past the ${warnAfterDays}-day limit for ${programme}: ${todo}; after ${hideAfterDays} days the card stops showing it`,
          at([rule.field]),
        )
      return
    }
    case 'freeAddress':
      {
        const taken = addressTakenBy(ctx.id, ctx.reserved)
        if (taken) report.error(`the address /${ctx.id} belongs to the site itself (${taken}); rename the file`)
      }
      return
    default: {
      // A rule kind added to the contract but not here fails to compile instead of passing silently.
      const unhandled: never = rule
      throw new Error(`content check: no case for the rule ${JSON.stringify(unhandled)}`)
    }
  }
}

function checkUrl(value: unknown, path: (string | number)[], httpsOnly: boolean, { report, at }: RuleContext): void {
  if (typeof value !== 'string') return
  const kind = linkKind(value)
  if (kind === 'unsafe') report.error(`field "${path.join('.')}" has an unsafe link "${value}": use an https address`, at(path))
  else if (kind !== 'external' || (httpsOnly && !value.startsWith('https://'))) {
    report.error(`field "${path.join('.')}" must be an absolute https address, got "${value}"`, at(path))
  }
}
