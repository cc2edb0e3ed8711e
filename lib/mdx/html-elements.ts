/**
 * Plain HTML elements that are harmless in articles, each with the attributes it may carry (exact,
 * case-sensitive names). The content check and the feed renderer both read this one list: `id`
 * would collide with the layout's ids, `className`/`style` restyle the page, `data-*` steer search
 * and scripts. Anything else must be a component of mdx-kit/mdx-component-list.ts.
 */
export const htmlElementAttributes: Record<string, readonly string[]> = {
  abbr: ['title'],
  br: [],
  kbd: [],
  mark: [],
  small: [],
  sub: [],
  sup: [],
}

export const allowedHtmlElements = new Set(Object.keys(htmlElementAttributes))

export const isAllowedHtmlAttribute = (element: string, attribute: string): boolean => htmlElementAttributes[element]?.includes(attribute) ?? false
