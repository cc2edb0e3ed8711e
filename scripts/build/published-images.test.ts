import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, describe, it } from 'node:test'
import sharp from 'sharp'
import { pruneUnreferencedImages, stripPublishedMetadata } from './published-images'

const serial = 'SN-4711-CAMERA'
/** What a phone writes: where the photo was taken, the camera's serial number, the same again in XMP. */
const cameraExif = {
  IFD0: { Make: 'PhoneCo', Model: 'P1' },
  IFD2: { BodySerialNumber: serial },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '13/1 24/1 36/1' },
}
const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:aux="http://ns.adobe.com/exif/1.0/aux/" exif:GPSLatitude="52,31.2N" aux:SerialNumber="${serial}"/></rdf:RDF></x:xmpmeta>`

/** A 40×20 photo whose EXIF says "turn a quarter to the right" (shown 20×40), in the Display P3 profile. */
async function photo(format: 'jpeg' | 'png' | 'webp' | 'avif'): Promise<Buffer> {
  const made = sharp({ create: { width: 40, height: 20, channels: 3, background: '#c03020' } })
    [format]()
    .withIccProfile('p3')
    .withExif(cameraExif)
    .withXmp(xmp)
  return (format === 'avif' ? made : made.withMetadata({ orientation: 6 })).toBuffer()
}

/** A GIF with a comment extension naming the place, inserted after its colour table. */
async function gifWithComment(): Promise<Buffer> {
  const gif = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#c03020' } })
    .gif()
    .toBuffer()
  const flags = gif[10]!
  const at = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0)
  const text = Buffer.from(`Taken at 52.52N 13.41E by ${serial}`, 'latin1')
  return Buffer.concat([gif.subarray(0, at), Buffer.from([0x21, 0xfe, text.length]), text, Buffer.from([0]), gif.subarray(at)])
}

const site = mkdtempSync(join(tmpdir(), 'published-images-'))
after(() => rmSync(site, { recursive: true, force: true }))
function put(path: string, data: Buffer | string) {
  mkdirSync(dirname(join(site, path)), { recursive: true })
  writeFileSync(join(site, path), data)
}

describe('images published as they are carry no location or serial number', () => {
  const files = { 'photo.jpg': photo('jpeg'), 'images/linked.png': photo('png'), 'shot.webp': photo('webp'), 'images/shot.avif': photo('avif') }

  it('a JPEG, PNG, WebP or AVIF original keeps its picture, upright, and its colour profile, without GPS, serial, EXIF or XMP', async () => {
    for (const [path, made] of Object.entries(files)) {
      const before = await made
      assert.ok(before.includes(serial), `${path}: the fixture carries the serial number`)
      const exifBefore = (await sharp(before).metadata()).exif
      assert.ok(exifBefore?.includes(Buffer.from([0x25, 0x88])), `${path}: the fixture's EXIF points to a GPS block`)
      put(path, before)
    }
    put('index.html', '<a href="/images/linked.png">full size</a> <a href="/images/shot.avif">AVIF</a>')
    await stripPublishedMetadata(site)
    for (const [path, made] of Object.entries(files)) {
      const after = readFileSync(join(site, path))
      const meta = await sharp(after).metadata()
      assert.equal(after.includes(serial), false, `${path}: serial number gone`)
      assert.equal(meta.exif, undefined, `${path}: no EXIF left`)
      assert.equal(meta.xmp, undefined, `${path}: no XMP left`)
      const iccBefore = (await sharp(await made).metadata()).icc
      assert.ok(iccBefore && meta.icc?.equals(iccBefore), `${path}: the Display P3 profile stays`)
      const upright = path.endsWith('.avif') ? { width: 40, height: 20 } : { width: 20, height: 40 }
      assert.deepEqual({ width: meta.width, height: meta.height }, upright, `${path}: shown the way the camera held it`)
      assert.equal(meta.orientation ?? 1, 1)
      const { data } = await sharp(after).raw().toBuffer({ resolveWithObject: true })
      assert.ok(Math.abs(data[0]! - 0xc0) < 24, `${path}: the same picture (red ${data[0]})`)
      assert.equal(meta.format, (await sharp(await made).metadata()).format, `${path}: same format`)
    }
  })

  it('a GIF loses its comment, and a file without metadata is left byte for byte', async () => {
    const gif = await gifWithComment()
    assert.ok(gif.includes(serial))
    put('images/animated.gif', gif)
    const plain = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123456' } })
      .png()
      .toBuffer()
    put('images/plain.png', plain)
    const { stripped } = await stripPublishedMetadata(site)
    assert.deepEqual(
      stripped.map((s) => s.split(':')[0]),
      ['/images/animated.gif'],
    )
    const after = readFileSync(join(site, 'images/animated.gif'))
    assert.equal(after.includes(serial), false)
    assert.deepEqual(
      await sharp(after)
        .metadata()
        .then((m) => [m.format, m.width, m.height]),
      ['gif', 40, 20],
    )
    assert.deepEqual(readFileSync(join(site, 'images/plain.png')), plain)
  })
})

describe('images no page refers to are not published', () => {
  it("variants and originals of a draft's or scheduled article's images are removed; what pages use stays", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pruned-site-'))
    try {
      const write = (path: string, data = 'x') => {
        mkdirSync(dirname(join(dir, path)), { recursive: true })
        writeFileSync(join(dir, path), data)
      }
      // A published page with its hero's variants and share crop; a linked original; a feed.
      write(
        'articles/live/index.html',
        '<img srcset="/_img/aaa/live-320.avif 320w, /_img/aaa/live-640.avif 640w"><meta property="og:image" content="https://site.example/_img/aaa/live-og.jpg"><a href="/images/download%20me.jpg">original</a>',
      )
      write('feed.xml', '<enclosure url="https://site.example/_img/bbb/feed-only-960.jpg"/>')
      // Escaped in an attribute, in a srcset without widths, in a style sheet, with a query.
      write('about.html', '<a href="/images/r&amp;d.png?v=2">x</a><img srcset="/images/one.png, /images/two.png 2x">')
      write('_next/static/site.css', '.hero{background:url(/images/back.png)}')
      const kept = [
        '_img/aaa/live-320.avif',
        '_img/aaa/live-640.avif',
        '_img/aaa/live-og.jpg',
        '_img/bbb/feed-only-960.jpg',
        'images/download me.jpg',
        'images/r&d.png',
        'images/one.png',
        'images/two.png',
        'images/back.png',
      ]
      // What only a scheduled article and a draft used: its hero variants, share crop, an inline SVG.
      const gone = ['_img/ccc/scheduled-320.avif', '_img/ccc/scheduled-og.jpg', 'images/draft-chart.svg', 'images/scheduled-hero.png']
      for (const f of [...kept, ...gone, 'logo.svg']) write(f)
      const { removed } = pruneUnreferencedImages(dir)
      assert.deepEqual(removed.sort(), gone.map((f) => `/${f}`).sort())
      for (const f of kept) assert.ok(existsSync(join(dir, f)), `${f} stays`)
      assert.ok(existsSync(join(dir, 'logo.svg')), 'files outside /images/ and /_img/ are not images the pipeline made')
      assert.equal(existsSync(join(dir, '_img/ccc')), false, 'the emptied folder goes too')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
