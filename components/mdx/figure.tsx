export function Figure({ src, alt, caption, credit }: { src: string; alt: string; caption?: string; credit?: string }) {
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element -- static export: there is no image optimiser to route through */}
      <img src={src} alt={alt} loading="lazy" decoding="async" className="h-auto w-full rounded-md" />
      {caption || credit ? (
        <figcaption>
          {caption}
          {credit ? <span className="block text-xs">Credit: {credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
