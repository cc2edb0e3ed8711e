/**
 * `tsx scripts/compare-sites.ts <a> <b>`: whether two built sites are the same, every file byte for
 * byte. Names each file only one has and each file whose bytes differ, and exits 1 if there is any.
 * The weekly rebuild check (.github/workflows/rebuild-check.yml) runs it on an incremental and a cold build.
 */
import { siteDifferences, siteFiles } from './build/site-files'

const [a, b] = process.argv.slice(2)
if (!a || !b) {
  console.error('usage: tsx scripts/compare-sites.ts <site folder> <site folder>')
  process.exit(2)
}
const { onlyFirst, onlySecond, differ } = siteDifferences(siteFiles(a), siteFiles(b))
const lines = [...onlyFirst.map((f) => `only in ${a}: ${f}`), ...onlySecond.map((f) => `only in ${b}: ${f}`), ...differ.map((f) => `differs: ${f}`)]
if (lines.length) {
  console.error(`${a} and ${b} are not the same site (${lines.length} file${lines.length === 1 ? '' : 's'}):\n${lines.map((l) => `  ${l}`).join('\n')}`)
  process.exit(1)
}
console.log(`${a} and ${b} are the same site, every file byte for byte`)
