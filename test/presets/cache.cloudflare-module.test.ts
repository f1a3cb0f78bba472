// The cache suite on cloudflare-module: workerd with the ISR store in KV (binding VINEXT_ISR).
import { join } from "node:path";
import { tmpRoot } from "../_harness/fixtures";
import { startWorkerdOutput } from "../_harness/servers";
import { cacheSuite } from "./cache-suite";

const dir = join(tmpRoot, "cache-cf");
cacheSuite({ name: "cloudflare-module (KV)", dir, start: () => startWorkerdOutput(dir) });
