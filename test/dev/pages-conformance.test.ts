// The Pages Router conformance suite against `vinext dev` on a copy of
// playground/pages: the same handler serves dev and production, so the same
// assertions hold (build-output checks are skipped by target name in the areas).
import { copyFixture } from "../_harness/fixtures";
import { startDevServer } from "../_harness/servers";
import { pagesSuite } from "../presets/pages-suite";

const dir = copyFixture("pages", "dev-pages-conformance");
pagesSuite({ name: "dev", dir, start: () => startDevServer(dir) });
