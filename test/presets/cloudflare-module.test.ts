// cloudflare-module output, run in workerd (Miniflare) with its generated wrangler.json.
import { join } from "node:path";
import { tmpRoot } from "../_harness/fixtures";
import { startWorkerdOutput } from "../_harness/servers";
import { conformanceSuite } from "./_suite";

const dir = join(tmpRoot, "app-cf");
conformanceSuite({ name: "cloudflare-module", dir, start: () => startWorkerdOutput(dir) });
