// The cache suite on the netlify output: dist/ served first (preferStatic), then
// the functions v2 entry called as `default(request, context)`; the store is
// the real netlify-blobs driver talking to @netlify/blobs' local BlobsServer
// through NETLIFY_BLOBS_CONTEXT (test/_harness/platform-host.mjs).
import { join } from "node:path";
import { tmpRoot } from "../_harness/fixtures";
import { startNetlifyOutput } from "../_harness/servers";
import { cacheSuite } from "./cache-suite";

const dir = join(tmpRoot, "cache-netlify");
cacheSuite({ name: "netlify (Netlify Blobs)", dir, start: () => startNetlifyOutput(dir) });
