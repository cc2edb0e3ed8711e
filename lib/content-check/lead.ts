import type { FileReport, Position } from './problems'

export interface LeadDoc {
  file: string
  report: FileReport
  /** As the editor wrote it. */
  date: string
  at: (path: (string | number)[]) => Position
}

/**
 * The front page has one lead (lib/content/front-page.ts): the newest published article flagged
 * `lead: true`. Every other published flagged article is a warning at its flag, naming the one that
 * leads, since the editor who set it most likely expects it on top. A flagged draft or scheduled
 * article is no warning: it takes the lead when it is published, which is what the flag asks.
 * `flagged`: the published articles flagged `lead: true`, newest first (the content index's order).
 */
export function checkLead(flagged: LeadDoc[]): void {
  const [leader, ...others] = flagged
  for (const d of others) {
    d.report.warn(
      `lead: true has no effect: ${leader!.file} (${leader!.date}) is flagged too and is newer, and the newest flagged article leads the front page; remove the flag from one of them`,
      d.at(['lead']),
    )
  }
}
