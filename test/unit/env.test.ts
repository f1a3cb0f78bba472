// .env loading in Next's order and what may be inlined into client code.
// https://nextjs.org/docs/app/guides/environment-variables (test/integration/env-config)
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyEnv, envFiles, publicEnvDefines, readEnvFiles, type EnvMode } from "../../src/vite/env";

const base = join(import.meta.dirname, "../../.tmp/unit-env");
let n = 0;
function project(files: Record<string, string>): string {
  const dir = join(base, String(n++));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

let saved: NodeJS.ProcessEnv;
beforeEach(() => {
  saved = { ...process.env };
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("envFiles", () => {
  it.each<[EnvMode, string[]]>([
    ["development", [".env.development.local", ".env.local", ".env.development", ".env"]],
    ["production", [".env.production.local", ".env.local", ".env.production", ".env"]],
    ["test", [".env.test.local", ".env.test", ".env"]],
  ])("%s", (mode, files) => {
    expect(envFiles(mode)).toEqual(files);
  });
});

describe("readEnvFiles precedence", () => {
  const files = {
    ".env": "K0=env\nK1=env\nK2=env\nK3=env\n",
    ".env.production": "K1=production\nK2=production\nK3=production\n",
    ".env.development": "K1=development\nK2=development\nK3=development\n",
    ".env.test": "K1=test\nK2=test\nK3=test\n",
    ".env.local": "K2=local\nK3=local\n",
    ".env.production.local": "K3=production.local\n",
    ".env.development.local": "K3=development.local\n",
    ".env.test.local": "K3=test.local\n",
  };
  it.each<[EnvMode, Record<string, string>]>([
    ["production", { K0: "env", K1: "production", K2: "local", K3: "production.local" }],
    ["development", { K0: "env", K1: "development", K2: "local", K3: "development.local" }],
    // .env.local is not loaded when NODE_ENV=test, so K2 falls through to .env.test.
    ["test", { K0: "env", K1: "test", K2: "test", K3: "test.local" }],
  ])("%s", (mode, expected) => {
    expect(readEnvFiles(project(files), mode)).toEqual(expected);
  });

  it("missing files are fine", () => {
    expect(readEnvFiles(project({}), "production")).toEqual({});
    expect(readEnvFiles(project({ ".env.local": "ONLY=local" }), "production")).toEqual({ ONLY: "local" });
  });

  it("does not read process.env into the result", () => {
    process.env.VINEXT_T_SHELL_ONLY = "shell";
    expect(readEnvFiles(project({ ".env": "A=1" }), "production")).toEqual({ A: "1" });
  });
});

describe("readEnvFiles expansion", () => {
  it.each<[string, string, string]>([
    ["KEY=env\nX=$KEY", "X", "env"],
    ["KEY=env\nX=hello-${KEY}", "X", "hello-env"],
    ["KEY=env\nX=${KEY}${KEY}", "X", "envenv"],
    ["KEY=env\nX=\\$KEY", "X", "$KEY"],
    ["KEY=env\nX=\"\\${KEY} costs \\$5\"", "X", "${KEY} costs $5"],
    ["X=a-$UNDEFINED_VINEXT_T-b", "X", "a--b"],
    ["X=\"hello!\"", "X", "hello!"],
    // Chains resolve recursively, as in dotenv-expand 10 (packages/next-env/package.json in Next).
    ["C=deep\nB=$C\nA=$B", "A", "deep"],
  ])("%j → %s", (text, key, value) => {
    expect(readEnvFiles(project({ ".env": text }), "development")[key]).toBe(value);
  });

  it("expands across files (.env.local referring to .env)", () => {
    const vars = readEnvFiles(project({ ".env": "HOST=example.com", ".env.local": "URL=https://$HOST/api" }), "production");
    expect(vars.URL).toBe("https://example.com/api");
  });

  it("a value already in process.env wins during expansion", () => {
    process.env.VINEXT_T_FROM_SHELL = "shell";
    const vars = readEnvFiles(project({ ".env": "VINEXT_T_FROM_SHELL=file\nX=$VINEXT_T_FROM_SHELL" }), "production");
    expect(vars.X).toBe("shell");
  });
});

describe("applyEnv", () => {
  it("sets missing variables and never overrides the shell", () => {
    process.env.VINEXT_T_SET = "shell";
    delete process.env.VINEXT_T_NEW;
    applyEnv({ VINEXT_T_SET: "file", VINEXT_T_NEW: "file" });
    expect(process.env.VINEXT_T_SET).toBe("shell");
    expect(process.env.VINEXT_T_NEW).toBe("file");
  });

  it("an empty shell value still counts as set", () => {
    process.env.VINEXT_T_EMPTY = "";
    applyEnv({ VINEXT_T_EMPTY: "file" });
    expect(process.env.VINEXT_T_EMPTY).toBe("");
  });
});

describe("publicEnvDefines", () => {
  it("inlines NEXT_PUBLIC_* and next.config env only", () => {
    process.env.NEXT_PUBLIC_VINEXT_T_SHELL = "from-shell";
    process.env.VINEXT_T_SECRET_SHELL = "nope";
    const defines = publicEnvDefines(
      { NEXT_PUBLIC_VINEXT_T_FILE: "from-file", VINEXT_T_SECRET: "hidden", NEXT_PUBLIC_VINEXT_T_EMPTY: "" },
      { CONFIG_KEY: "from-config" },
    );
    expect(defines).toMatchObject({
      "process.env.NEXT_PUBLIC_VINEXT_T_FILE": '"from-file"',
      "process.env.NEXT_PUBLIC_VINEXT_T_SHELL": '"from-shell"',
      "process.env.NEXT_PUBLIC_VINEXT_T_EMPTY": '""',
      "process.env.CONFIG_KEY": '"from-config"',
    });
    expect(defines).not.toHaveProperty("process.env.VINEXT_T_SECRET");
    expect(defines).not.toHaveProperty("process.env.VINEXT_T_SECRET_SHELL");
    for (const key of Object.keys(defines)) {
      expect(key === "process.env.CONFIG_KEY" || key.startsWith("process.env.NEXT_PUBLIC_")).toBe(true);
    }
  });

  it("the shell wins over a file for the same NEXT_PUBLIC_ key", () => {
    process.env.NEXT_PUBLIC_VINEXT_T_BOTH = "shell";
    expect(publicEnvDefines({ NEXT_PUBLIC_VINEXT_T_BOTH: "file" })["process.env.NEXT_PUBLIC_VINEXT_T_BOTH"]).toBe('"shell"');
  });

  it("values are JSON string literals (quotes and newlines escaped)", () => {
    const value = 'say "hi"\n</script>';
    const defines = publicEnvDefines({ NEXT_PUBLIC_VINEXT_T_Q: value });
    expect(JSON.parse(defines["process.env.NEXT_PUBLIC_VINEXT_T_Q"]!)).toBe(value);
  });
});
