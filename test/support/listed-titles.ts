/**
 * The headlines a built list page shows, read from its file in out/ as a browser parses it: the text
 * of every heading inside an <article> inside <main> (what `getByRole('main').getByRole('article')
 * .getByRole('heading')` finds). Specs read every page of a list this way, which costs little per
 * page, and open only a bounded sample of them in the browser.
 */
import { readFileSync } from 'node:fs'
import type { DefaultTreeAdapterTypes as T } from 'parse5'
import { fileForPath } from '../../scripts/build/built-site'
import { parseHtml } from '../../scripts/build/html'

const text = (node: T.ChildNode): string =>
  node.nodeName === '#text' ? (node as T.TextNode).value : 'childNodes' in node ? node.childNodes.map(text).join('') : ''

export function listedTitles(path: string, dir = 'out'): string[] {
  const file = fileForPath(path, dir)
  if (!file) throw new Error(`${path}: no file in ${dir}/`)
  const main = parseHtml(readFileSync(file, 'utf8')).elements.find((el) => el.tagName === 'main')
  if (!main) throw new Error(`${path}: no <main>`)
  const titles: string[] = []
  const visit = (el: T.Element, inArticle: boolean) => {
    for (const child of el.childNodes) {
      if (!('tagName' in child)) continue
      if (inArticle && /^h[1-6]$/.test(child.tagName)) titles.push(text(child))
      else visit(child, inArticle || child.tagName === 'article')
    }
  }
  visit(main, false)
  return titles
}
