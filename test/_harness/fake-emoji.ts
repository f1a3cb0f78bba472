// A stand-in for the emoji CDNs ImageResponse fetches from (the test machine has no
// internet), on 127.0.0.1: `<type>/<file>` answers a solid square SVG in the colour
// given for that file, anything else 404. vinext reaches it through VINEXT_EMOJI_URL.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeEmoji {
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  stop: () => Promise<void>;
}

/** @param squares path (e.g. "/twemoji/1f600.svg") → fill colour of the square served there. */
export async function startFakeEmoji(squares: Record<string, string>): Promise<FakeEmoji> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, "http://x").pathname);
    requests.push(path);
    const fill = squares[path];
    if (!fill) return res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    res.writeHead(200, { "content-type": "image/svg+xml" });
    res.end(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><rect width="36" height="36" fill="${fill}"/></svg>`);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, stop: () => new Promise((done) => server.close(() => done())) };
}
