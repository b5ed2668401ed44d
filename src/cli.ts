#!/usr/bin/env node
// The command-line face of ocilint: parse argv, call lint(), print, choose the exit code.

import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { DOCUMENT_KINDS, type DocumentKind } from "./model/index.js";
import { lint } from "./lint.js";
import { formatStylish } from "./format/stylish.js";
import { formatJson } from "./format/json.js";
import { UsageError } from "./errors.js";
import { VERSION } from "./version.js";

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

async function main(argv: string[]): Promise<number> {
  let usageError: string | undefined;
  const parser = yargs(argv)
    .scriptName("ocilint")
    .usage("$0 [targets..]\n\nCheck OCI image documents: manifests, indexes, configs, descriptors and oci-layout files.")
    .command("$0 [targets..]", false)
    .positional("targets", { type: "string", array: true, describe: "files, globs, or - for standard input" })
    .option("kind", { type: "string", choices: DOCUMENT_KINDS, describe: "treat every document as this kind instead of detecting it" })
    .option("format", { alias: "f", type: "string", choices: ["stylish", "json"] as const, default: "stylish", describe: "output format" })
    .option("quiet", { alias: "q", type: "boolean", default: false, describe: "report errors only" })
    .option("color", { type: "boolean", describe: "force colour on or off (--no-color); NO_COLOR is honoured" })
    .example("$0 manifest.json", "check one document")
    .example("$0 'images/**/*.json' --format json", "check many documents, machine-readable output")
    .example("cat index.json | $0 - --kind index", "read standard input as an image index")
    .epilogue("Exit codes: 0 no errors, 1 errors found, 2 usage error or unreadable input.")
    .version(VERSION)
    .alias("v", "version")
    .help()
    .alias("h", "help")
    .strict()
    .wrap(Math.min(100, process.stdout.columns || 80))
    .exitProcess(false)
    .fail((message, error) => {
      usageError = message || error?.message || "invalid arguments";
    });

  const args = await parser.parseAsync();
  if (usageError !== undefined) {
    process.stderr.write(`ocilint: ${usageError}\nRun "ocilint --help" for usage.\n`);
    return EXIT_USAGE;
  }
  // --help and --version print and set this; yargs does not exit because of exitProcess(false).
  if (args["help"] || args["version"]) return EXIT_OK;

  const targets = (args["targets"] as string[] | undefined) ?? [];
  if (targets.length === 0) {
    process.stderr.write('ocilint: no targets given\nRun "ocilint --help" for usage.\n');
    return EXIT_USAGE;
  }

  const result = await lint(targets, {
    ...(args.kind ? { kind: args.kind as DocumentKind } : {}),
  });
  if (args.quiet) {
    result.findings = result.findings.filter((f) => f.level === "error");
    for (const r of result.results) r.findings = r.findings.filter((f) => f.level === "error");
    result.counts = { error: result.counts.error, warning: 0, note: 0 };
  }

  const output = args.format === "json" ? formatJson(result, VERSION) : formatStylish(result, { color: useColor(args.color) });
  process.stdout.write(output);
  return result.counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function useColor(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if ("NO_COLOR" in process.env && process.env["NO_COLOR"] !== "") return false;
  if (process.env["FORCE_COLOR"] && process.env["FORCE_COLOR"] !== "0") return true;
  return process.stdout.isTTY === true;
}

main(hideBin(process.argv)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`ocilint: ${error.message}\n`);
    } else {
      // A bug: say so in one line; OCILINT_DEBUG shows the stack for whoever fixes it.
      const detail = process.env["OCILINT_DEBUG"] && error instanceof Error ? `\n${error.stack}` : "";
      process.stderr.write(`ocilint: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
    }
    process.exitCode = EXIT_USAGE;
  },
);
