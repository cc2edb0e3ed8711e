/** Runs the content check in a worker thread, so that a test can stop a check that stalls. */
import { parentPort, workerData } from 'node:worker_threads'
import { checkContent, type CheckOptions } from '../../lib/content-check'

const { root, now } = workerData as { root: string; now: string }
parentPort!.postMessage(checkContent({ root, now: new Date(now) } satisfies CheckOptions))
