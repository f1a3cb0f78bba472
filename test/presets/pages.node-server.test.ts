// The Pages Router suite on node-server output, run with `node .output/server/index.mjs`.
import { join } from "node:path";
import { tmpRoot } from "../_harness/fixtures";
import { startNodeOutput } from "../_harness/servers";
import { pagesSuite } from "./pages-suite";

const dir = join(tmpRoot, "pages-node");
pagesSuite({ name: "node-server", dir, start: () => startNodeOutput(dir) });
