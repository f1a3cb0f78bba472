// The request-pipeline suite against `vinext dev` on a copy of playground/pipeline:
// middleware, next.config rules and public files go through the same handler in
// dev as in production (build-output checks are skipped by target name).
import { copyFixture } from "../_harness/fixtures";
import { startDevServer } from "../_harness/servers";
import { pipelineSuite } from "../presets/pipeline-suite";

const dir = copyFixture("pipeline", "dev-pipeline");
pipelineSuite({ name: "dev", dir, start: () => startDevServer(dir) });
