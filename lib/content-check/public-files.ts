import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { metadataIn } from '../images/metadata'
import { checkSvg } from './public-svg'
import { FileReport } from './problems'

/**
 * Files Cloudflare Pages (and Netlify) read as instructions rather than serve: a _worker.js runs as
 * server code on every request, _redirects and _headers rewrite what readers get. The build writes
 * out/_headers itself (scripts/build/headers.ts); none may come from public/.
 */
export const hostControlFiles = ['_worker.js', '_redirects', '_routes.json', '_headers'] as const

/** First bytes of each binary type: a renamed HTML file must not pass as an image. */
const signatures: Record<string, (b: Buffer) => boolean> = {
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  gif: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')),
  webp: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  avif: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' && ['avif', 'avis'].includes(b.subarray(8, 12).toString('latin1')),
  woff: (b) => b.subarray(0, 4).toString('latin1') === 'wOFF',
  woff2: (b) => b.subarray(0, 4).toString('latin1') === 'wOF2',
  ico: (b) => b.readUInt32BE(0) === 0x00000100,
}
signatures.jpeg = signatures.jpg!

/** What public/ may hold: images, fonts and icons. Everything else is served as-is and unchecked. */
export const publicExtensions = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif', 'svg', 'woff2', 'woff', 'ico'] as const

const allowedList = publicExtensions.map((e) => `.${e}`).join(', ')

/**
 * Every entry under public/, without following symbolic links: Next copies what a link points to
 * into the site (a file anywhere on the machine), and a link to a parent folder never ends.
 * Links and entries that cannot be read come back as problems of their own.
 */
export function publicEntries(dir: string, relPath: (full: string) => string): { files: string[]; problems: FileReport[] } {
  const files: string[] = []
  const problems: FileReport[] = []
  if (!existsSync(dir)) return { files, problems }
  const visit = (folder: string) => {
    let names: string[]
    try {
      names = readdirSync(folder).sort()
    } catch (err) {
      const report = new FileReport(relPath(folder))
      report.error(`cannot read this folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): fix its permissions or remove it`)
      problems.push(report)
      return
    }
    for (const name of names) {
      const full = join(folder, name)
      const stat = lstatSync(full)
      if (stat.isSymbolicLink()) {
        const report = new FileReport(relPath(full))
        report.error(
          'symbolic link in public/: the site would publish whatever it points to, and a link to a folder above it never ends; replace it with the file itself',
        )
        problems.push(report)
      } else if (stat.isDirectory()) visit(full)
      else files.push(full)
    }
  }
  visit(dir)
  return { files, problems }
}

/** Checks one file under public/; `file` is its path from the project root, for messages. */
export function checkPublicFile(full: string, file: string): FileReport {
  const report = new FileReport(file)
  const name = basename(file)
  const ext = extname(name).slice(1)
  if ((hostControlFiles as readonly string[]).includes(name) || file.split('/').includes('_worker.js')) {
    report.error(
      `"${name}" is a host control file (Cloudflare Pages would run or obey it, not serve it): remove it; headers and redirects belong in the site's code, not in public/`,
    )
    return report
  }
  if (file.split('/').some((part) => part.startsWith('.'))) {
    report.error('hidden file or folder in public/: it would be published as it is; remove it')
    return report
  }
  if (!(publicExtensions as readonly string[]).includes(ext)) {
    const what = /^(html?|xhtml|xht|shtml|m?js|cjs|mjs)$/i.test(ext)
      ? 'HTML and JavaScript are never published from public/'
      : `".${ext || name}" is not a file type the site publishes`
    report.error(`${what}; public/ may hold only images, fonts and icons (${allowedList}); remove the file or convert it`)
    return report
  }
  const bytes = readFileSync(full)
  if (ext === 'svg') {
    checkSvg(bytes, report)
  } else if (!signatures[ext]!(bytes)) {
    report.error(`the file's content is not ${ext.toUpperCase()}: export the image again in that format, or give it the extension of its real format`)
  } else if (ext === 'ico' && metadataIn(bytes).length > 0) {
    // The build writes other images again without metadata; an icon is published as it is.
    report.error(`the icon carries metadata (${metadataIn(bytes).join(', ')}), which can hold a location: export it again without metadata`)
  }
  return report
}
