// A small closed-loop load generator: `connections` workers each send the next
// request as soon as the previous one is answered, for `seconds`.
import { Agent, request } from "node:http";

/** @returns {Promise<{ requests: number, perSecond: number, errors: number, statuses: Record<string, number>, headers: Record<string, number> }>} */
export async function measure(url, { seconds = 5, connections = 16, header } = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  let requests = 0;
  let errors = 0;
  const statuses = {};
  const headers = {};
  const once = () =>
    new Promise((done) => {
      const req = request(url, { agent }, (res) => {
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
        if (header) headers[res.headers[header] ?? "(none)"] = (headers[res.headers[header] ?? "(none)"] ?? 0) + 1;
        res.resume();
        res.on("end", done);
      });
      req.on("error", () => {
        errors++;
        done();
      });
      req.end();
    });
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) {
        await once();
        requests++;
      }
    }),
  );
  agent.destroy();
  const elapsed = (Date.now() - started) / 1000;
  return { requests, perSecond: Math.round(requests / elapsed), errors, statuses, headers };
}
