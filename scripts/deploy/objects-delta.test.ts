import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { filesUnder } from '../build/files'
import { sampleObjects, sha256, writeObjects } from '../../test/support/objects-folder'
import { readDeployedObjects, writeDeployedObjects, type DeployedObjects } from './deployed-objects'
import { deployedListOr, leftOutName, objectsDelta } from './objects-delta'

/** What a deploy of these objects verified (sizes and MD5s as the bucket would list them). */
const deployedOf = (files: Record<string, string>): DeployedObjects =>
  new Map(Object.entries(files).map(([key, text]) => [key, { sha256: sha256(text), size: text.length, md5: '0'.repeat(32) }]))

describe("the production build's objects artifact", () => {
  let work: string
  let from: string
  let to: string
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'objects-delta-'))
    from = join(work, 'out-objects')
    to = join(work, 'delta')
  })
  after(() => rmSync(work, { recursive: true, force: true }))

  it('holds objects.json whole and, hard-linked, only the objects the list lacks or names with other bytes; the others on its own list', () => {
    const fresh = '_img/1111222233334444/hero-960.webp'
    const changed = '_img/fedcba9876543210/card.png'
    const deployed = deployedOf(sampleObjects)
    // An object of an older deploy that this build no longer has.
    deployed.set('_img/9999999999999999/old.webp', { sha256: sha256('old'), size: 3, md5: 'f'.repeat(32) })
    writeObjects(from, { ...sampleObjects, [fresh]: 'new', [changed]: 'a card with the same text, other bytes' })
    rmSync(to, { recursive: true, force: true })

    const delta = objectsDelta(from, to, deployed)
    assert.deepEqual(delta, { total: 6, sent: [fresh, changed] })
    assert.deepEqual(filesUnder(to).sort(), [changed, fresh, leftOutName, 'objects.json'].sort())
    assert.equal(readFileSync(join(to, 'objects.json'), 'utf8'), readFileSync(join(from, 'objects.json'), 'utf8'))
    assert.equal(statSync(join(to, fresh)).ino, statSync(join(from, fresh)).ino)
    const leftOut = [...readDeployedObjects(join(to, leftOutName))]
    assert.deepEqual(
      leftOut,
      [...deployed].filter(([key]) => key in sampleObjects && key !== changed).sort(([a], [b]) => (a < b ? -1 : 1)),
    )
  })

  it('holds every object without a list (a first deploy, or all_objects), and refuses to write into a folder that exists', () => {
    writeObjects(from, sampleObjects)
    rmSync(to, { recursive: true, force: true })
    assert.deepEqual(objectsDelta(from, to).sent, Object.keys(sampleObjects).sort())
    assert.equal(readDeployedObjects(join(to, leftOutName)).size, 0)
    assert.throws(() => objectsDelta(from, to), /delta already exists/)
  })

  it("refuses a manifest naming a key outside the objects' layout, or a preview's, before it links anything", () => {
    const outside = join(work, 'outside.txt')
    writeFileSync(outside, 'not an object')
    for (const [objects, env, message] of [
      [{ '../outside.txt': sha256('not an object') }, 'production', /"\.\.\/outside\.txt" is not an object key/],
      [{ '_img/0123456789abcdef/x.webp': 'short' }, 'production', /has no SHA-256/],
      [{}, 'preview', /manifest of a "preview" build, not of a production one/],
    ] as const) {
      rmSync(from, { recursive: true, force: true })
      mkdirSync(from, { recursive: true })
      writeFileSync(join(from, 'objects.json'), JSON.stringify({ env, objects }))
      rmSync(to, { recursive: true, force: true })
      assert.throws(() => objectsDelta(from, to), message)
      assert.equal(existsSync(to), false, 'nothing written')
    }
  })

  it('reads no list when the cache held none, or one it cannot read, and says so', () => {
    const lines: string[] = []
    const log = (line: string) => void lines.push(line)
    assert.equal(deployedListOr(join(work, 'absent.json'), log), undefined)
    const broken = join(work, 'broken.json')
    writeFileSync(broken, JSON.stringify({ objects: { '_img/0123456789abcdef/x.webp': ['not a hash', 1, 'x'] } }))
    assert.equal(deployedListOr(broken, log), undefined)
    assert.match(lines[0]!, /no list of deployed objects at .*absent\.json: every object goes/)
    assert.match(lines[1]!, /^::warning title=Every object sent::.*broken\.json: "_img\/0123456789abcdef\/x\.webp" is no object key with \[SHA-256/)
    const good = join(work, 'good.json')
    writeDeployedObjects(good, deployedOf(sampleObjects))
    assert.deepEqual(deployedListOr(good, log), deployedOf(sampleObjects))
  })
})
