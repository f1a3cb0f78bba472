// Vitest global setup: builds the playground once per preset before the preset
// suite and the browser tests run against the output.
import { buildFixture, copyFixture } from "./fixtures";

export const FIXTURES = {
  "node-server": "app-node",
  "cloudflare-module": "app-cf",
} as const;

export default function setup() {
  for (const [preset, name] of Object.entries(FIXTURES)) {
    buildFixture(copyFixture("app", name), preset);
  }
}
