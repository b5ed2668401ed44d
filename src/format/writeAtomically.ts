import { promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../errors.js";
import { describe } from "../sources/looseFiles.js";

/** Writes a report through a temporary file in the same directory, so readers never see half of it. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, text, { flag: "wx" });
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new UsageError(`cannot write "${path}": ${describe(error)}`);
  }
}
