// The request-pipeline suite on node-server output, run with `node .output/server/index.mjs`.
import { join } from "node:path";
import { tmpRoot } from "../_harness/fixtures";
import { startNodeOutput } from "../_harness/servers";
import { pipelineSuite } from "./pipeline-suite";

const dir = join(tmpRoot, "pipeline-node");
pipelineSuite({ name: "node-server", dir, start: () => startNodeOutput(dir) });
