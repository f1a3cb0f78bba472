// The Pages Router suite on cloudflare-module output, run in workerd (Miniflare).
import { join } from "node:path";
import { tmpRoot } from "../_harness/fixtures";
import { startWorkerdOutput } from "../_harness/servers";
import { pagesSuite } from "./pages-suite";

const dir = join(tmpRoot, "pages-cf");
pagesSuite({ name: "cloudflare-module", dir, start: () => startWorkerdOutput(dir) });
