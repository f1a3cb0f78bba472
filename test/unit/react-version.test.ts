// React ≥ 19.3 is required (issue: Flight deserialisation fixes); an older one fails at startup, by name.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertReactVersion, meetsReactMinimum } from "../../src/vite/react-version";

function appWith(versions: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "vinext-react-"));
  writeFileSync(join(root, "package.json"), "{}");
  for (const [name, version] of Object.entries(versions)) {
    mkdirSync(join(root, "node_modules", name), { recursive: true });
    writeFileSync(join(root, "node_modules", name, "package.json"), JSON.stringify({ name, version }));
  }
  return root;
}

describe("React version check", () => {
  it.each([
    ["19.3.0", true],
    ["19.3.1", true],
    ["19.4.0-canary-abc-20261101", true],
    ["20.0.0", true],
    ["19.2.9", false],
    ["18.3.1", false],
    ["garbage", false],
  ])("%s meets 19.3: %s", (version, ok) => {
    expect(meetsReactMinimum(version)).toBe(ok);
  });

  it("fails naming the package that is too old, and passes a current install", () => {
    expect(() => assertReactVersion(appWith({ react: "19.3.1", "react-dom": "19.2.0" }))).toThrow(/\[vinext\] react-dom@19\.2\.0 is installed; vinext needs react and react-dom 19\.3 or newer/);
    expect(() => assertReactVersion(appWith({ react: "19.3.1", "react-dom": "19.3.1" }))).not.toThrow();
  });
});
