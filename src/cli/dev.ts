// `vinext dev`: a Vite dev server whose requests Nitro routes into the same
// handler as production.
import { createServer } from "vite";
import { createViteConfig } from "./vite-config";

export async function runDev(dir: string, port: number | undefined, host: string | undefined): Promise<void> {
  const config = await createViteConfig(dir, "serve");
  const server = await createServer({ ...config, server: { ...config.server, port, host, strictPort: port !== undefined } });
  await server.listen();
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
}
