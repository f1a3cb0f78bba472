// The conformance suite on the netlify build of playground/app, served as Netlify
// would (test/_harness/platform-host.mjs).
import { join } from "node:path";
import { tmpRoot } from "../_harness/fixtures";
import { startNetlifyOutput } from "../_harness/servers";
import { conformanceSuite } from "./_suite";

const dir = join(tmpRoot, "app-netlify");
// /_next/image goes to Netlify Image CDN (redirect to /.netlify/images), not emulated here.
conformanceSuite({ name: "netlify", dir, start: () => startNetlifyOutput(dir), platformImages: true });
