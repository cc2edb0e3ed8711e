import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import sharp from 'sharp'
import { article, contentCopy } from '../../test/support/content-fixture'
import { checkContent } from './index'
import { formatProblem } from './problems'

const now = new Date('2026-01-15T12:00:00Z')
const bad = 'content/articles/bad.mdx'
// In article(): line 1 "---", 2 title, 3 description, 4 date, 5 authors, 6 tags, then the extra fields in order.

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()

/** Checks a copy of the real content with `files` added, and `images` written under public/images. */
async function check(files: Record<string, string>, images: Record<string, Buffer | string> = {}): Promise<string[]> {
  const copy = contentCopy(files)
  try {
    for (const [name, data] of Object.entries(images)) writeFileSync(join(copy.root, 'public/images', name), data)
    return checkContent({ root: copy.root, now }).map(formatProblem)
  } finally {
    copy.cleanup()
  }
}

const hero = (file: string) => article({ frontmatter: { image: `"/images/${file}"`, imageAlt: '"A chart"' } })

describe('image checks', () => {
  it('a hero narrower than 1200 px is a warning at its line; 1200 px is fine', async () => {
    const lines = await check({ [bad]: hero('narrow.png') }, { 'narrow.png': await png(1000, 600) })
    const line = lines.find((l) => l.startsWith(`${bad}:7:`))
    assert.ok(line?.includes('warning:') && line.includes('1000 px wide') && line.includes('1200'), lines.join('\n'))
    const wide = await check({ [bad]: hero('wide.png') }, { 'wide.png': await png(1200, 675) })
    assert.deepEqual(
      wide.filter((l) => l.startsWith(bad)),
      [],
    )
  })

  it('a file named like an image that is not one is an error', async () => {
    const lines = await check({ [bad]: hero('broken.jpg') }, { 'broken.jpg': '<html>not a photo</html>' })
    assert.ok(
      lines.some((l) => l.startsWith(`${bad}:7:`) && !l.includes('warning:') && l.includes('not an image file the build can read')),
      lines.join('\n'),
    )
  })

  it('a caption or credit without a hero is an error at its line', async () => {
    const lines = await check({ [bad]: article({ frontmatter: { imageCredit: '"Photo: someone"' } }) })
    assert.ok(
      lines.some((l) => l.startsWith(`${bad}:7:`) && l.includes('"imageCredit" without "image"')),
      lines.join('\n'),
    )
  })

  it('a missing hero file and missing alt text are reported with their lines', async () => {
    const missing = await check({ [bad]: hero('nowhere.png') })
    assert.ok(
      missing.some((l) => l.startsWith(`${bad}:7:`) && l.includes('not found')),
      missing.join('\n'),
    )
    const noAlt = await check({ [bad]: article({ frontmatter: { image: '"/images/ok.png"' } }) }, { 'ok.png': await png(1200, 675) })
    assert.ok(
      noAlt.some((l) => l.startsWith(`${bad}:7:`) && l.includes('needs "imageAlt"')),
      noAlt.join('\n'),
    )
  })
})
