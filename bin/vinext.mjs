#!/usr/bin/env node
// The published CLI entry: the real code is bundled by unbuild into dist/cli.
import "../dist/cli/index.mjs";
