/** A static file's body with its media type; the type matters for `next start`, the file extension for static hosts. */
export function fileResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${contentType}; charset=utf-8` } })
}
