import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { replaceFile, statKey } from './files'

const scratch = () => mkdtempSync(join(tmpdir(), 'files-'))

test('replaceFile never writes through a hard link: the file it replaced keeps its bytes', () => {
  const dir = scratch()
  const kept = join(dir, 'kept.png')
  const target = join(dir, 'out', 'card.png')
  const source = join(dir, 'new.png')
  writeFileSync(kept, 'the card an older build published')
  writeFileSync(source, 'this build’s card')
  replaceFile(kept, target, 'link')
  for (const how of ['copy', 'link'] as const) {
    replaceFile(source, target, how)
    assert.equal(readFileSync(target, 'utf8'), 'this build’s card')
    assert.equal(readFileSync(kept, 'utf8'), 'the card an older build published')
    replaceFile(kept, target, 'link')
  }
})

test('replaceFile makes the folder; a link shares the inode, a copy does not', () => {
  const dir = scratch()
  const source = join(dir, 'a.txt')
  writeFileSync(source, 'a')
  replaceFile(source, join(dir, 'x', 'y', 'linked.txt'), 'link')
  replaceFile(source, join(dir, 'x', 'copied.txt'), 'copy')
  assert.equal(statSync(join(dir, 'x', 'y', 'linked.txt')).ino, statSync(source).ino)
  assert.notEqual(statSync(join(dir, 'x', 'copied.txt')).ino, statSync(source).ino)
})

test('statKey changes when a file is replaced by another of the same size', () => {
  const dir = scratch()
  const file = join(dir, 'f')
  writeFileSync(file, 'aaaa')
  const before = statKey(file)
  const other = join(dir, 'g')
  writeFileSync(other, 'bbbb')
  replaceFile(other, file, 'link')
  assert.notEqual(statKey(file), before)
})
