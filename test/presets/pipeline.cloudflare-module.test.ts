// The request-pipeline suite on cloudflare-module output, run in workerd (Miniflare).
import { join } from "node:path";
import { tmpRoot } from "../_harness/fixtures";
import { startWorkerdOutput } from "../_harness/servers";
import { pipelineSuite } from "./pipeline-suite";

const dir = join(tmpRoot, "pipeline-cf");
pipelineSuite({ name: "cloudflare-module", dir, start: () => startWorkerdOutput(dir) });
