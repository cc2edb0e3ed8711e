import { expect, test, type Page } from '@playwright/test'
import { resolvePageTypes } from '../scripts/build/built-site'
import { pageTypes } from '../test/support/page-types'

const { pages } = resolvePageTypes(pageTypes)

interface FocusStop {
  label: string
  visible: boolean
  focused: string
  unfocused: string
}

/** Tabs through the page: at each stop, the element's look focused and (after blur) unfocused. */
async function tabThrough(page: Page): Promise<FocusStop[]> {
  const stops: FocusStop[] = []
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      const look = () => {
        const s = getComputedStyle(el)
        const outline = s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`
        return `outline: ${outline}; box-shadow: ${s.boxShadow}`
      }
      const r = el.getBoundingClientRect()
      const s = getComputedStyle(el)
      const visible =
        r.width > 0 &&
        r.height > 0 &&
        r.bottom > 0 &&
        r.right > 0 &&
        r.top < innerHeight &&
        r.left < innerWidth &&
        s.visibility !== 'hidden' &&
        Number(s.opacity) > 0
      const focused = look()
      // Blurring keeps Chrome's sequential focus starting point, so the next Tab continues from here.
      el.blur()
      const unfocused = look()
      const label = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${el.getAttribute('href') ?? ''}`
      return { label, visible, focused, unfocused }
    })
    if (!stop) break
    if (stops.length > 0 && stop.label === stops[0]!.label) break
    stops.push(stop)
  }
  return stops
}

for (const name of ['home', 'article']) {
  test(`${name} page: every element the keyboard reaches is visible and shows a focus indicator`, async ({ page, isMobile }) => {
    test.skip(isMobile, 'keyboard navigation is a desktop concern')
    // One key press and one evaluation per stop, dozens of stops: slow on a busy machine.
    test.setTimeout(240_000)
    const { type } = pages.find((p) => p.type.name === name)!
    await page.goto(type.path)
    const stops = await tabThrough(page)
    expect(stops.length, 'the page has links the keyboard reaches').toBeGreaterThan(5)
    const problems = stops.flatMap((s) => [
      ...(s.visible ? [] : [`${s.label}: not visible when focused`]),
      ...(s.focused === s.unfocused ? [`${s.label}: looks the same focused and unfocused (${s.focused})`] : []),
      ...(/outline: none; box-shadow: none/.test(s.focused) ? [`${s.label}: no outline or box-shadow when focused`] : []),
    ])
    expect(problems).toEqual([])
  })
}

for (const { type } of pages) {
  test(`${type.name} page: one h1 first, and heading levels never skip one`, async ({ page }) => {
    await page.goto(type.path)
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((els) => els.map((e) => `${e.tagName[1]} ${(e.textContent ?? '').trim().slice(0, 50)}`))
    expect(levels[0], 'the first heading').toMatch(/^1 /)
    expect(
      levels.filter((l) => l.startsWith('1 ')),
      'h1 elements',
    ).toHaveLength(1)
    const gaps = levels.flatMap((l, i) => (i > 0 && Number(l[0]) > Number(levels[i - 1]![0]) + 1 ? [`h${levels[i - 1]} → h${l}`] : []))
    expect(gaps).toEqual([])
  })
}
