/**
 * The image step of the build. Before the render: makes the responsive variants of every raster
 * file under public/images (cached by content hash in .cache/images), publishes them to public/_img
 * and writes the manifest that components/image/ renders from. After the render,
 * image-prune-step.ts takes out of the site what no page refers to.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { basename, extname, join, relative, sep } from 'node:path'
import sharp from 'sharp'
import { imagePaths, largeOriginalBytes, rasterExtensions } from '../../lib/images/config'
import { filesUnder, replaceFile } from './files'
import { imageRoles, widthsFor } from './image-roles'
import { noCache, writeFileAtomic } from './build-cache'
import type { ImageEntry, ImageManifest, ImageVariant } from '../../lib/images/manifest'
import { cachedVariants, type CachedVariant } from '../../lib/images/variants'

const root = process.cwd()

const walk = (dir: string) => filesUnder(dir).map((f) => join(dir, f))

const toUrl = (full: string, base: string) => '/' + relative(base, full).split(sep).join('/')

function publish(hash: string, v: CachedVariant, cacheDir: string, publicDir: string): ImageVariant {
  // A hard link costs no space.
  replaceFile(join(cacheDir, hash, v.file), join(publicDir, hash, v.file), 'link')
  return { format: v.format, width: v.width, height: v.height, bytes: v.bytes, url: `${imagePaths.urlPrefix}/${hash}/${v.file}` }
}

async function generate(): Promise<void> {
  const started = process.cpuUsage()
  const imagesDir = join(root, 'public/images')
  const cacheDir = join(root, imagePaths.cache)
  const publicDir = join(root, imagePaths.publicDir)
  rmSync(publicDir, { recursive: true, force: true })
  const roles = imageRoles(root)
  const manifest: ImageManifest = {}
  let encoded = 0
  let rasters = 0
  for (const full of walk(imagesDir).sort()) {
    const src = toUrl(full, join(root, 'public'))
    const data = readFileSync(full)
    if (extname(full).toLowerCase() === '.svg') {
      // The content check refuses an SVG without a size; this names the file if one slips past it.
      const meta = await sharp(data)
        .metadata()
        .catch((err: Error) => {
          throw new Error(`images: ${relative(root, full)} cannot be read as a drawing (${err.message}); run npm run check, which says what to fix`)
        })
      manifest[src] = { src, kind: 'svg', width: meta.width ?? 0, height: meta.height ?? 0, bytes: data.byteLength, variants: [] }
      continue
    }
    if (!rasterExtensions.test(full)) continue
    rasters++
    if (data.byteLength > largeOriginalBytes) {
      console.log(
        `images: ${relative(root, full)} is ${(data.byteLength / 1024 / 1024).toFixed(1)} MB; readers get variants only, but each change of it costs a slow cold encode`,
      )
    }
    let result: Awaited<ReturnType<typeof cachedVariants>>
    try {
      result = await cachedVariants(data, basename(full, extname(full)), cacheDir, {
        widths: widthsFor(src, roles),
        wantOg: roles.heroes.has(src),
        fresh: noCache,
      })
    } catch (err) {
      // A file under public/images that sharp cannot read would otherwise stop the build with a stack trace.
      throw new Error(
        `images: ${relative(root, full)} is not an image the build can read (${(err as Error).message}); export it again as JPEG, PNG, WebP or AVIF, or delete it`,
      )
    }
    encoded += result.encoded
    const entry: ImageEntry = {
      src,
      kind: 'raster',
      width: result.image.width,
      height: result.image.height,
      bytes: data.byteLength,
      fallback: result.image.fallback,
      variants: result.image.variants.map((v) => publish(result.hash, v, cacheDir, publicDir)),
      ...(result.image.og ? { og: publish(result.hash, result.image.og, cacheDir, publicDir) } : {}),
    }
    manifest[src] = entry
  }
  mkdirSync(cacheDir, { recursive: true })
  writeFileAtomic(join(root, imagePaths.manifest), JSON.stringify(manifest, null, 2))
  const cpu = process.cpuUsage(started)
  console.log(
    `images: ${rasters} raster originals, ${encoded} variants encoded (${noCache ? 'cache ignored' : `the rest from ${imagePaths.cache}`}), ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`,
  )
}

await generate().catch((err: Error) => {
  // The messages name the file and what to do; a stack trace would bury that.
  console.error(err.message)
  process.exit(1)
})
