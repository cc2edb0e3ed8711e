import * as pagefind from 'pagefind'
import { readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
const dir = process.argv[2]!
const onlyIndexed = process.argv.includes('--indexed')
function childCpu(): number {
  const kids = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)
  let t = 0
  for (const k of kids) { try { const f = readFileSync(`/proc/${k}/stat`, 'utf8').split(') ')[1]!.split(' '); t += (Number(f[11]) + Number(f[12])) / 100 } catch {} }
  return t
}
const self = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6 }
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).sort()
const { index } = await pagefind.createIndex({})
let t0 = childCpu(), s0 = self()
let n = 0
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'))
const s1 = self()
for (let i = 0; i < files.length; i++) {
  if (onlyIndexed && !texts[i]!.includes('data-pagefind-body')) continue
  n++
  const r = await index!.addHTMLFile({ sourcePath: files[i]!, content: texts[i]! })
  if (r.errors.length) console.log(r.errors)
}
const t1 = childCpu(), s2 = self()
console.log(`read ${files.length} files: ${(s1 - s0).toFixed(2)} s node; add ${n}: pagefind ${(t1 - t0).toFixed(2)} s, node ${(s2 - s1).toFixed(2)} s`)
const { files: out } = await index!.getFiles()
const t2 = childCpu(), s3 = self()
console.log(`getFiles (${out.length} files, ${out.reduce((a, f) => a + f.content.length, 0)} bytes): pagefind ${(t2 - t1).toFixed(2)} s, node ${(s3 - s2).toFixed(2)} s`)
rmSync('/tmp/post-steps/pf-out', { recursive: true, force: true })
await index!.writeFiles({ outputPath: '/tmp/post-steps/pf-out' })
const t3 = childCpu(), s4 = self()
console.log(`writeFiles: pagefind ${(t3 - t2).toFixed(2)} s, node ${(s4 - s3).toFixed(2)} s`)
await pagefind.close()
