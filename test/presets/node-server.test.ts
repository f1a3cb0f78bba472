// node-server output, run with `node .output/server/index.mjs`.
import { join } from "node:path";
import { repoRoot } from "../_harness/fixtures";
import { startNodeOutput } from "../_harness/servers";
import { conformanceSuite } from "./_suite";

const dir = join(repoRoot, ".tmp/app-node");
conformanceSuite({ name: "node-server", dir, start: () => startNodeOutput(dir) });
