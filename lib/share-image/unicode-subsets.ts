import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Fontsource splits each family into files by unicode-range (latin, arabic, or numbered slices for
 * CJK and emoji) and lists the ranges in unicode.json. Reading that list lets a share image load
 * only the few files its characters fall in, instead of a whole CJK family.
 */
export interface Subset {
  pkg: string
  /** The name inside file names: "latin", "arabic", "0"... */
  name: string
  ranges: [number, number][]
}

export const fontsourceDir = (pkg: string) => join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource', pkg, 'files')

function parseRanges(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)]
  })
}

export function readSubsets(pkg: string): Subset[] {
  const file = join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource', pkg, 'unicode.json')
  const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  return Object.entries(table).map(([key, list]) => ({ pkg, name: key.replace(/^\[(\d+)\]$/, '$1'), ranges: parseRanges(list) }))
}

export const covers = (subset: Subset, codePoint: number) => subset.ranges.some(([from, to]) => codePoint >= from && codePoint <= to)

export const subsetFile = (subset: Subset, weight: number) => join(fontsourceDir(subset.pkg), `${subset.pkg}-${subset.name}-${weight}-normal.woff`)
