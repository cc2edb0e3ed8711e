// Worker threads do not inherit tsx's loader from the main thread: load the TypeScript worker through tsx's API.
import { tsImport } from 'tsx/esm/api'

await tsImport('./check-worker.ts', import.meta.url)
