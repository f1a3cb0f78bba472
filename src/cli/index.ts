// The `vinext` command: parses argv and dispatches; exit code 2 for usage errors.
import { packageVersion } from "../vite/paths";
import { parseArgs, USAGE } from "./args";

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case "help":
      console.log(USAGE);
      return 0;
    case "version":
      console.log(packageVersion());
      return 0;
    case "error":
      console.error(`vinext: ${parsed.message}\n\n${USAGE}`);
      return 2;
  }
  const { command, dir, port, host, preset } = parsed.args;
  if (command === "dev") {
    await (await import("./dev")).runDev(dir, port, host);
    return -1; // keep running
  }
  if (command === "build") {
    await (await import("./build")).runBuild(dir, preset);
    return 0;
  }
  return (await import("./start")).runStart(dir, port, host);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error && error.message.startsWith("[vinext]") ? error.message : error);
    process.exit(1);
  },
);
