// node-server output, run with `node .output/server/index.mjs`.
import { join } from "node:path";
import { tmpRoot } from "../_harness/fixtures";
import { startNodeOutput } from "../_harness/servers";
import { conformanceSuite } from "./_suite";

const dir = join(tmpRoot, "app-node");
conformanceSuite({ name: "node-server", dir, start: () => startNodeOutput(dir) });
