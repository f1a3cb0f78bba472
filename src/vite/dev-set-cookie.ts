// DEV ONLY. Keeps every Set-Cookie of a response under `vinext dev`. Nitro's dev
// server writes the app's Response with `writeHead(status, rawHeaders)` after
// Vite already called `res.setHeader("vary", ...)`; Node then applies the raw
// pairs one `setHeader` at a time, so each Set-Cookie replaced the one before
// and only the last reached the browser (preview mode's two cookies, a page
// setting several). Moving them into one `setHeader("set-cookie", [...])` first
// keeps them all.
import type { ServerResponse } from "node:http";
import type { Plugin } from "vite";

type WriteHead = ServerResponse["writeHead"];

/** Takes the Set-Cookie pairs out of a flat raw header list ([name, value, name, value, ...]). */
export function splitSetCookies(raw: unknown[]): { rest: unknown[]; cookies: string[] } {
  const rest: unknown[] = [];
  const cookies: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (typeof raw[i] === "string" && (raw[i] as string).toLowerCase() === "set-cookie") cookies.push(String(raw[i + 1]));
    else rest.push(raw[i], raw[i + 1]);
  }
  return { rest, cookies };
}

export function devSetCookiePlugin(): Plugin {
  return {
    name: "vinext:dev-set-cookie",
    apply: "serve",
    configureServer(server) {
      // Registered here (not in a returned hook) so it runs before Vite's and Nitro's middlewares.
      server.middlewares.use((_req, res, next) => {
        const original = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
        res.writeHead = ((status: number, ...args: unknown[]) => {
          const at = args.findIndex((arg) => Array.isArray(arg) && (arg.length === 0 || typeof arg[0] === "string"));
          if (at !== -1) {
            const { rest, cookies } = splitSetCookies(args[at] as unknown[]);
            if (cookies.length > 1) {
              res.setHeader("set-cookie", cookies);
              args[at] = rest;
            }
          }
          return original(status, ...args);
        }) as WriteHead;
        next();
      });
    },
  };
}
