import { MdxExample } from '@/components/mdx/mdx-example'
import { mdxComponentList } from '@/mdx-kit/mdx-component-list'
import { pageMetadata } from '@/lib/seo/metadata'
import { renderingPage } from '@/lib/routes/build'

export const metadata = pageMetadata({
  title: 'Component gallery',
  description: 'Every MDX component editors can use, with the MDX that produces it.',
  path: '/gallery',
})

/** Preview builds only (see pageExtensions in next.config.mjs). */
export default function GalleryPage() {
  renderingPage('component gallery')
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">Component gallery</h1>
      <p className="mt-2 text-muted">Every component an article can use. Copy the MDX into an article; no import is needed.</p>
      {mdxComponentList.map(({ name, ...spec }) => (
        <section key={name} aria-labelledby={`c-${name}`} className="mt-10 border-t border-border pt-6">
          <h2 id={`c-${name}`} className="font-serif text-2xl font-bold">
            {name}
          </h2>
          <p className="mt-2">{spec.description}</p>
          {Object.keys(spec.props).length > 0 ? (
            <table className="mt-4 w-full text-left text-sm">
              <caption className="sr-only">Props of {name}</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-4">
                    Prop
                  </th>
                  <th scope="col" className="py-1 pr-4">
                    Required
                  </th>
                  <th scope="col" className="py-1">
                    Meaning
                  </th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(spec.props).map(([prop, def]) => (
                  <tr key={prop} className="border-t border-border">
                    <td className="py-1 pr-4">
                      <code>{prop}</code>
                    </td>
                    <td className="py-1 pr-4">{def.required ? 'yes' : 'no'}</td>
                    <td className="py-1">
                      {def.description}
                      {def.type === 'enum' ? ` (one of: ${def.options.join(', ')})` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h3 className="mt-4 font-semibold">MDX</h3>
          <pre className="mt-2 overflow-x-auto rounded-md bg-surface p-3 text-sm">
            <code>{spec.example}</code>
          </pre>
          <h3 className="mt-4 font-semibold">Result</h3>
          <div className="prose mt-2 max-w-none rounded-md border border-dashed border-border p-4">
            <MdxExample source={spec.example} />
          </div>
        </section>
      ))}
    </div>
  )
}
