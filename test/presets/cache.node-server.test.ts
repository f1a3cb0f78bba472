// The cache suite on node-server: the default fs store, and a store that misbehaves.
import { join } from "node:path";
import { tmpRoot } from "../_harness/fixtures";
import { startNodeOutput } from "../_harness/servers";
import { cacheSuite } from "./cache-suite";

const fs = join(tmpRoot, "cache-node");
cacheSuite({ name: "node-server (fs)", dir: fs, start: () => startNodeOutput(fs) });

const chaos = join(tmpRoot, "cache-chaos");
cacheSuite({ name: "node-server (throwing store)", dir: chaos, start: () => startNodeOutput(chaos), store: "chaos" });
