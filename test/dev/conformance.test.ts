// The shared preset conformance suite, run against `vinext dev` on a copy of
// the playground: dev serves through the same handler as production, so the
// same assertions hold (build-output checks are skipped by target name).
import { copyFixture } from "../_harness/fixtures";
import { startDevServer } from "../_harness/servers";
import { conformanceSuite } from "../presets/_suite";

const dir = copyFixture("app", "dev-conformance");
conformanceSuite({ name: "dev", dir, start: () => startDevServer(dir) });
