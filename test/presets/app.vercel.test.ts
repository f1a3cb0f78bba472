// The conformance suite on the vercel build of playground/app, served as Vercel
// would (test/_harness/platform-host.mjs).
import { join } from "node:path";
import { tmpRoot } from "../_harness/fixtures";
import { startVercelOutput } from "../_harness/servers";
import { conformanceSuite } from "./_suite";

const dir = join(tmpRoot, "app-vercel");
// /_next/image goes to Vercel's optimiser (config.json images + /_vercel/image), not emulated here.
conformanceSuite({ name: "vercel", dir, start: () => startVercelOutput(dir), platformImages: true });
