// Parses `vinext <command> [dir] [flags]`. Pure, so the table of accepted
// flags is tested without spawning processes.

export type Command = "dev" | "build" | "start";

export interface ParsedArgs {
  command: Command;
  dir: string;
  port?: number;
  host?: string;
  preset?: string;
}

export type ParseResult =
  | { kind: "run"; args: ParsedArgs }
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "error"; message: string };

const FLAGS: Record<Command, Record<string, "port" | "host" | "preset">> = {
  dev: { "-p": "port", "--port": "port", "-H": "host", "--hostname": "host", "--host": "host" },
  build: { "--preset": "preset" },
  start: { "-p": "port", "--port": "port", "-H": "host", "--hostname": "host", "--host": "host" },
};

export const USAGE = `Usage: vinext <command> [dir] [options]

Commands:
  dev   [dir] [-p PORT] [-H HOST]   start the development server
  build [dir] [--preset NAME]       build for production (preset: --preset, NITRO_PRESET, node-server)
  start [dir] [-p PORT] [-H HOST]   serve a node-server build

Options:
  -h, --help       show this help
  -v, --version    print the vinext version`;

export function parseArgs(argv: readonly string[]): ParseResult {
  if (argv.length === 0 || argv[0] === "-h" || argv[0] === "--help" || argv[0] === "help") return { kind: "help" };
  if (argv[0] === "-v" || argv[0] === "--version") return { kind: "version" };
  const command = argv[0] as Command;
  if (!(command in FLAGS)) return { kind: "error", message: `Unknown command "${argv[0]}".` };
  const args: ParsedArgs = { command, dir: "." };
  let sawDir = false;
  for (let i = 1; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === "-h" || token === "--help") return { kind: "help" };
    const [flag, inline] = token.startsWith("--") && token.includes("=") ? [token.slice(0, token.indexOf("=")), token.slice(token.indexOf("=") + 1)] : [token, undefined];
    if (flag.startsWith("-")) {
      const key = FLAGS[command][flag];
      if (!key) return { kind: "error", message: `Unknown option "${flag}" for "vinext ${command}".` };
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") return { kind: "error", message: `Option "${flag}" needs a value.` };
      if (key === "port") {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535) return { kind: "error", message: `Invalid port "${value}".` };
        args.port = port;
      } else args[key] = value;
      continue;
    }
    if (sawDir) return { kind: "error", message: `Unexpected argument "${token}".` };
    args.dir = token;
    sawDir = true;
  }
  return { kind: "run", args };
}
