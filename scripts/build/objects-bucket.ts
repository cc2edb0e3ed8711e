/**
 * The R2 bucket a wrangler configuration binds the objects Worker to. Import-free (node:fs only):
 * the local loader (scripts/local-objects.ts) and the deploys' upload (scripts/deploy/upload-objects.ts,
 * plain node on the tested wrangler.jsonc) read the bucket from the configuration that deploys.
 */
import { readFileSync } from 'node:fs'

type Config = { r2_buckets?: { bucket_name: string }[]; env?: Record<string, Config> }

/** The R2 bucket the Worker reads (the first of wrangler.jsonc's r2_buckets, those of env.preview for a preview). */
export function objectsBucket(configFile: string, env: 'production' | 'preview' = 'production'): string {
  // JSONC: comments and trailing commas out, never inside a string.
  const json = readFileSync(configFile, 'utf8')
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str: string | undefined) => str ?? '')
    .replace(/,(\s*[}\]])/g, '$1')
  const config = JSON.parse(json) as Config
  const bucket = (env === 'production' ? config : config.env?.[env])?.r2_buckets?.[0]?.bucket_name
  if (!bucket) throw new Error(`${configFile} declares no R2 bucket (r2_buckets) for ${env}`)
  return bucket
}
