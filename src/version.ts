import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// package.json is one level above src/ when run from sources, two above dist/src/ when built.
function findPackageJson(): string {
  for (const relative of ["../package.json", "../../package.json"]) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) {
      const manifest = JSON.parse(readFileSync(path, "utf8")) as { name?: string; version?: string };
      if (manifest.name === "ocilint" && manifest.version) return manifest.version;
    }
  }
  return "0.0.0";
}

export const VERSION: string = findPackageJson();
