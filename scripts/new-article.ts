/**
 * `npm run new -- "Headline"`: creates content/articles/<slug>.mdx as a draft dated today.
 * Options: --author <id> (or env ARTICLE_AUTHOR; default: the first author file), --slug <name>,
 * --date YYYY-MM-DD, --root <dir> (project root, default the current folder).
 */
import { parseArgs } from 'node:util'
import { createArticle, localDate, NewArticleError } from '../lib/editor/new-article'

const usage = 'usage: npm run new -- "Headline" [--author <id>] [--slug <file-name>] [--date YYYY-MM-DD]'

let args: ReturnType<typeof parse>
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      author: { type: 'string' },
      slug: { type: 'string' },
      date: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
try {
  args = parse()
} catch (err) {
  console.error(`${(err as Error).message}\n${usage}`)
  process.exit(1)
}
if (args.values.help || args.positionals.length === 0) {
  console.error(usage)
  process.exit(args.values.help ? 0 : 1)
}

try {
  const created = createArticle({
    root: args.values.root ?? process.cwd(),
    title: args.positionals.join(' '),
    // An editor tool: "today" is the editor's calendar day.
    date: args.values.date ?? localDate(new Date()),
    author: args.values.author ?? process.env.ARTICLE_AUTHOR,
    slug: args.values.slug,
  })
  console.log(`created ${created.file} (draft, author ${created.author})
next: write the description and the text, run "npm run check", and remove "draft: true" when it is ready`)
} catch (err) {
  if (!(err instanceof NewArticleError)) throw err
  console.error(`npm run new: ${err.message}`)
  process.exit(1)
}
