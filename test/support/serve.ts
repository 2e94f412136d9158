import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

/**
 * Serves a built site folder under a sub-path, as a static host would (404 for anything else), on a free
 * port of 127.0.0.1. Returns the site's address (ending in the sub-path) and a function that stops the server.
 */
export async function serveSite(dir: string, base: string): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: true });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      return response.end();
    }
    request.url = url.slice(base.length - 1);
    files(request, response, () => {
      response.statusCode = 404;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
