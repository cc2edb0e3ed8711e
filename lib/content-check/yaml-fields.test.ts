import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FileReport } from './problems'
import { parseYaml, positionsFrom } from './yaml-fields'

/** Every path into the fields, and a missing child of each, as the check's rules ask for them. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const paths = [path, [...path, 'missing'], [...path, 7]]
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...path, i])))
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]))
  return paths
}

describe("the cache's table of field positions", () => {
  const sources = [
    'title: "A"\ndate: 2025-06-01\nauthors: [a, b]\ntags:\n  - x\n  -   y\n',
    'sources:\n  - title: "One"\n    url: "https://a.example"\n  - { title: "Two", url: "https://b.example" }\n  -\n  - plain\n',
    'specs:\n  - label: x\n    value: .nan\n1: numeric key\n"1": string key\nnested:\n  deeper:\n    - [1, [2, {k: v}]]\nempty:\n',
    '{ title: "Flow", tags: [a, [b, c]], group: { a: 1 } }\n',
  ]
  for (const source of sources) {
    it(`answers as the parsed document does: ${JSON.stringify(source.slice(0, 30))}`, () => {
      const yaml = parseYaml(source, new FileReport('x.yaml'), 1)
      assert.ok(yaml.data)
      const pos = positionsFrom(yaml.table())
      const paths = [...pathsOf(yaml.data), [1], ['1'], ['nested', 'deeper', 0, 1, 1, 'k']]
      for (const path of paths) assert.deepEqual(pos(path), yaml.pos(path), JSON.stringify(path))
    })
  }
})
