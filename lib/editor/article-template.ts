/**
 * The skeleton `npm run new` writes. Its placeholders pass the content check while the article
 * is a draft; the check refuses them once `draft: true` goes, so a placeholder cannot go live.
 */
import { mdxComponentList } from '../../mdx-kit/mdx-component-list'

export const placeholderDescription = 'TODO: one or two sentences that sum up the article, shown in lists, feeds and search results.'
export const placeholderBody = 'TODO: write the article here.'

/** The kit's components, named in the skeleton so that a new one is mentioned without editing it. */
const componentNames = mdxComponentList.map((c) => `<${c.name}>`).join(', ')

export interface ArticleTemplate {
  title: string
  /** YYYY-MM-DD */
  date: string
  author: string
}

export function articleTemplate({ title, date, author }: ArticleTemplate): string {
  // A JSON string is a valid YAML double-quoted scalar: quotes and colons in titles stay safe.
  return `---
title: ${JSON.stringify(title)}
description: ${JSON.stringify(placeholderDescription)}
date: ${date}
authors: [${author}]
tags: []
draft: true
---

${placeholderBody}

{/* Components: ${componentNames}. See docs/editing.md. */}
`
}
