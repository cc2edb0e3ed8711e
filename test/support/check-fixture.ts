/**
 * Content with a problem of every kind the check reports, several at one position (so that their
 * order shows), and files that refer to each other: for the tests of the check's cache.
 */
import { article } from './content-fixture'

export const checkFixture: Record<string, string | null> = {
  // Refers to the heading, the tag and the product of the files below.
  'content/articles/linking.mdx': article({
    frontmatter: { tags: '[Cloud, testing]' },
    body: 'See [the target](/articles/target#the-section) and [its tag](/tags/cloud).\n\n<ProductCard id="test-gpu" />\n',
  }),
  'content/articles/target.mdx': article({ body: '## The section\n\nText.\n' }),
  // Errors at one line and column from several stages: slug, fields, placeholder, address.
  'content/pages/Feed.mdx': '---\ntitle: "Feed"\n---\n\nTODO: write the article here.\n',
  'content/articles/many.mdx': article({
    frontmatter: { authors: '[nobody, thorsten-meyer, thorsten-meyer]', tags: '[cloud, "<b>", "!!"]', titel: '"x"', image: '/images/none.jpg' },
    body: [
      '# A second title',
      '<Disclosure />',
      'A [merchant link](https://www.amazon.com/dp/x) and [a broken one](/articles/nope) and ![](/nope.png).',
      '<ProductCard id="no-such" />',
      '<Disclosure />',
      '<Chart />',
      'The key is {process.env.SECRET}. [Unsafe](javascript:alert(1)) [Draft](/articles/draft-inference-pricing-war)',
      '<Figure src="https://example.com/x.png" alt="" />',
    ].join('\n\n'),
  }),
  'content/articles/draft-one.mdx': article({
    frontmatter: { draft: 'true', description: '"TODO: one or two sentences that sum up the article, shown in lists, feeds and search results."' },
  }),
  'content/articles/later.mdx': article({ frontmatter: { date: '2030-01-01' } }),
  // The notice after the first product card; a plain link to a catalogued merchant's address.
  'content/articles/late-notice.mdx': article({ body: '<ProductCard id="nvidia-a100-40gb" />\n\n<Disclosure />\n\nBuy [here](https://shop.example/other).\n' }),
  'content/articles/broken.mdx': article({ body: 'Fine.\n\nA <Callout kind="note">\n\nnever closed.\n' }),
  'content/articles/no-front.mdx': 'Just text.\n',
  'content/articles/bad-yaml.mdx': '---\ntitle: [unclosed\n---\n\nText.\n',
  'content/articles/2025/broken.mdx': article(),
  'content/products/test-gpu.yaml': 'name: "Test GPU"\nurl: "http://shop.example/gpu"\nprice: "$1"\nspecs:\n  - label: x\n    value: .nan\n',
  'content/products/old-price.yaml': 'name: "Old"\nurl: "https://store.example/old"\nprice: "$1"\npriceAsOf: 2020-01-01\n',
  'content/notes.txt': 'not content',
  'content/articles/.hidden.mdx': article(),
  'public/images/fake.png': '<html></html>',
  'public/bad.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><script/></svg>',
}
