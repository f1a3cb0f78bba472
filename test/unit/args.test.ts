// `vinext dev|build|start` mirror `next dev|build|start` flags.
// https://nextjs.org/docs/app/api-reference/cli/next
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";

describe("parseArgs: run", () => {
  it.each<[string[], object]>([
    [["dev"], { command: "dev", dir: "." }],
    [["build"], { command: "build", dir: "." }],
    [["start"], { command: "start", dir: "." }],
    [["dev", "app"], { command: "dev", dir: "app" }],
    [["dev", "-p", "4000"], { command: "dev", dir: ".", port: 4000 }],
    [["dev", "--port", "4000", "site"], { command: "dev", dir: "site", port: 4000 }],
    [["dev", "--port=3000"], { command: "dev", dir: ".", port: 3000 }],
    [["dev", "-H", "0.0.0.0"], { command: "dev", dir: ".", host: "0.0.0.0" }],
    [["start", "--hostname", "::1", "-p", "0"], { command: "start", dir: ".", host: "::1", port: 0 }],
    [["start", "--hostname=localhost"], { command: "start", dir: ".", host: "localhost" }],
    [["build", "--preset", "cloudflare-module"], { command: "build", dir: ".", preset: "cloudflare-module" }],
    [["build", "playground/app", "--preset=vercel"], { command: "build", dir: "playground/app", preset: "vercel" }],
    [["start", "-p", "65535"], { command: "start", dir: ".", port: 65535 }],
  ])("%j", (argv, args) => {
    expect(parseArgs(argv)).toEqual({ kind: "run", args });
  });
});

describe("parseArgs: help and version", () => {
  it.each([[[]], [["-h"]], [["--help"]], [["help"]], [["dev", "--help"]], [["build", "-h"]]])("%j → help", (argv) => {
    expect(parseArgs(argv)).toEqual({ kind: "help" });
  });
  it.each([[["-v"]], [["--version"]]])("%j → version", (argv) => {
    expect(parseArgs(argv)).toEqual({ kind: "version" });
  });
});

describe("parseArgs: errors", () => {
  it.each<[string[], RegExp]>([
    [["serve"], /Unknown command "serve"/],
    [["lint"], /Unknown command/],
    [["dev", "--turbo"], /Unknown option "--turbo"/],
    [["dev", "--preset", "vercel"], /Unknown option "--preset" for "vinext dev"/],
    [["build", "-p", "3"], /Unknown option "-p" for "vinext build"/],
    [["build", "--port=3"], /Unknown option "--port"/],
    [["build", "-H", "x"], /Unknown option "-H"/],
    [["start", "--preset", "node-server"], /Unknown option "--preset"/],
    [["dev", "a", "b"], /Unexpected argument "b"/],
    [["build", "a", "--preset", "vercel", "b"], /Unexpected argument "b"/],
    [["dev", "-p"], /needs a value/],
    [["dev", "--port="], /needs a value/],
    [["build", "--preset"], /needs a value/],
    [["dev", "-p", "abc"], /Invalid port "abc"/],
    [["dev", "-p", "3000.5"], /Invalid port/],
    [["dev", "-p", "65536"], /Invalid port/],
    [["dev", "-p", "-1"], /Invalid port/],
    [["start", "--port=http"], /Invalid port/],
  ])("%j", (argv, message) => {
    const result = parseArgs(argv);
    expect(result.kind).toBe("error");
    if (result.kind === "error") expect(result.message).toMatch(message);
  });
});
