// Checks on each entry of a layer's tar as it streams past: duplicates, whiteouts, paths and links
// that escape the root, and the file kinds and modes that widen an image's attack surface.

import type { TarEntry } from "./tarParser.js";

export type LayerCheckName =
  | "tar-duplicate-path" | "whiteout-not-empty-file" | "whiteout-bare" | "whiteout-with-entry" | "whiteout-order"
  | "path-escape" | "link-escape" | "hardlink-target-missing" | "device-node" | "setuid-setgid" | "world-writable"
  | "sparse-entry" | "pax-path-override" | "secret-file";

export interface LayerEntryFinding {
  check: LayerCheckName;
  message: string;
  path: string;
  headerOffset: number;
  index: number;
}

const WHITEOUT = ".wh.";
const OPAQUE = ".wh..wh..opq";

export interface Normalised {
  /** Path relative to the root without "." segments or trailing slash; "" is the root. */
  path: string;
  absolute: boolean;
  /** ".." climbed above the root at some point. */
  escapes: boolean;
}

export function normalisePath(raw: string, base = ""): Normalised {
  const absolute = raw.startsWith("/");
  const parts: string[] = absolute || base === "" ? [] : base.split("/");
  let escapes = false;
  for (const segment of raw.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) escapes = true;
      else parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return { path: parts.join("/"), absolute, escapes };
}

const SSH_KEYS = new Set(["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk"]);
// dotenv's conventional templates, committed on purpose without real values.
const ENV_TEMPLATES = new Set(["example", "sample", "template", "dist", "defaults", "schema"]);

/**
 * What a regular file's name says it holds, when that is a secret; undefined otherwise. Names
 * only: a file's content is never read, so names that may or may not hold a secret (.npmrc,
 * *.pem certificates) are left alone.
 */
export function secretFileKind(dir: string, base: string): string | undefined {
  const parent = dir.slice(dir.lastIndexOf("/") + 1);
  if (SSH_KEYS.has(base)) return "an SSH private key";
  if (parent === ".aws" && base === "credentials") return "AWS credentials";
  if (parent === ".docker" && base === "config.json") return "Docker registry credentials";
  if (base === ".netrc") return "netrc login credentials";
  if (base === ".git-credentials") return "stored git credentials";
  const lower = base.toLowerCase();
  if ((lower.endsWith(".pem") || lower.endsWith(".key")) && (lower.includes("private") || lower === "server.key" || lower === "tls.key")) return "a private key";
  if (base === ".env" || (base.startsWith(".env.") && !ENV_TEMPLATES.has(base.slice(5).toLowerCase()))) return "a dotenv file of settings and secrets";
  return undefined;
}

function modeText(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, "0");
}

export class LayerEntryChecker {
  readonly findings: LayerEntryFinding[] = [];
  private readonly seen = new Map<string, number>();
  private readonly whiteouts = new Map<string, TarEntry>();
  private readonly dirsWithEntries = new Set<string>();
  private readonly orderReported = new Set<string>();
  private tracking = true;

  /** Paths remembered for duplicate and link checks; beyond this a tar bomb cannot grow memory further. */
  constructor(private readonly maxTrackedPaths = 500_000) {}

  entry(e: TarEntry): void {
    const n = normalisePath(e.path);
    const report = (check: LayerCheckName, message: string) =>
      this.findings.push({ check, message, path: e.path, headerOffset: e.headerOffset, index: e.index });

    if (n.absolute || n.escapes) {
      report("path-escape", n.escapes ? `"${e.path}" climbs above the layer root with ".."` : `"${e.path}" is an absolute path`);
    }
    // A PAX or GNU long-name record replaces the ustar header's name. When exactly one of the two
    // escapes the root, tools that read only the header and tools that honour the record disagree.
    if (e.path !== e.headerName && e.headerName !== "") {
      const header = normalisePath(e.headerName);
      if (n.absolute || n.escapes) report("pax-path-override", `a PAX or long-name record renames "${e.headerName}" to "${e.path}", outside the root`);
      else if (header.absolute || header.escapes) report("pax-path-override", `the ustar header names "${e.headerName}", outside the root, while a PAX or long-name record says "${e.path}"`);
    }
    if (e.linkname !== e.headerLinkname && e.headerLinkname !== "" && (e.type === "symlink" || e.type === "hardlink")) {
      const base = e.type === "symlink" ? normalisePath(e.path).path.split("/").slice(0, -1).join("/") : "";
      const link = normalisePath(e.linkname, base);
      const header = normalisePath(e.headerLinkname, base);
      if ((link.escapes || (e.type === "hardlink" && link.absolute)) !== (header.escapes || (e.type === "hardlink" && header.absolute))) {
        report("pax-path-override", `a PAX or long-link record changes the link target of "${e.path}" from "${e.headerLinkname}" to "${e.linkname}", and only one of them stays inside the root`);
      }
    }
    const slash = n.path.lastIndexOf("/");
    const dir = slash < 0 ? "" : n.path.slice(0, slash);
    const base = slash < 0 ? n.path : n.path.slice(slash + 1);

    if (base.startsWith(WHITEOUT)) {
      this.checkWhiteout(e, n.path, dir, base, report);
    } else {
      // The layer's own root entry ("./") is not a sibling of anything.
      if (n.path !== "") this.dirsWithEntries.add(dir);
      this.checkDuplicate(e, n.path, report);
    }

    switch (e.type) {
      case "symlink": {
        const target = normalisePath(e.linkname, dir);
        if (!target.absolute && target.escapes) report("link-escape", `symlink "${e.path}" → "${e.linkname}" climbs above the layer root`);
        break;
      }
      case "hardlink": {
        const target = normalisePath(e.linkname);
        if (target.absolute || target.escapes) report("link-escape", `hard link "${e.path}" → "${e.linkname}" points outside the layer root`);
        else if (this.tracking && !this.seen.has(target.path)) report("hardlink-target-missing", `hard link "${e.path}" → "${e.linkname}": the target is not earlier in this layer`);
        break;
      }
      case "char-device":
      case "block-device":
        report("device-node", `"${e.path}" is a ${e.type === "char-device" ? "character" : "block"} device (${e.devmajor}:${e.devminor})`);
        break;
      case "fifo":
        report("device-node", `"${e.path}" is a FIFO`);
        break;
      default:
        break;
    }
    if ((e.type === "file" || e.type === "contiguous") && (e.mode & 0o6000) !== 0) {
      const bits = [(e.mode & 0o4000) !== 0 ? "setuid" : "", (e.mode & 0o2000) !== 0 ? "setgid" : ""].filter(Boolean).join(" and ");
      report("setuid-setgid", `"${e.path}" is ${bits} (mode ${modeText(e.mode)})`);
    }
    // The sticky bit makes a shared directory like /tmp safe; on a file it protects nothing.
    if (e.type === "directory" && (e.mode & 0o002) !== 0 && (e.mode & 0o1000) === 0) {
      report("world-writable", `directory "${e.path}" is world-writable without the sticky bit (mode ${modeText(e.mode)})`);
    } else if ((e.type === "file" || e.type === "contiguous") && (e.mode & 0o002) !== 0) {
      report("world-writable", `"${e.path}" is a world-writable file (mode ${modeText(e.mode)})`);
    }
    if (e.type === "file" || e.type === "contiguous") {
      const secret = secretFileKind(dir, base);
      if (secret !== undefined) report("secret-file", `"${e.path}" is named like ${secret}`);
    }
    if (e.sparse) report("sparse-entry", `"${e.path}" is a sparse file`);
  }

  end(): void {
    for (const [target, whiteout] of this.whiteouts) {
      if (!this.seen.has(target)) continue;
      this.findings.push({
        check: "whiteout-with-entry",
        message: `"${whiteout.path}" deletes "${target}", which this same layer also creates`,
        path: whiteout.path,
        headerOffset: whiteout.headerOffset,
        index: whiteout.index,
      });
    }
  }

  private checkDuplicate(e: TarEntry, path: string, report: (check: LayerCheckName, message: string) => void): void {
    if (!this.tracking || path === "") return;
    const first = this.seen.get(path);
    if (first !== undefined) {
      report("tar-duplicate-path", `"${e.path}" appears again at entry ${e.index} (first at entry ${first})`);
      return;
    }
    if (this.seen.size >= this.maxTrackedPaths) {
      this.tracking = false;
      return;
    }
    this.seen.set(path, e.index);
  }

  private checkWhiteout(e: TarEntry, path: string, dir: string, base: string, report: (check: LayerCheckName, message: string) => void): void {
    if (e.type !== "file" || e.size !== 0) {
      report("whiteout-not-empty-file", `whiteout "${e.path}" is ${e.type === "file" ? `a ${e.size}-byte file` : `a ${e.type}`}, not an empty regular file`);
    }
    if (base !== OPAQUE) {
      const name = base.slice(WHITEOUT.length);
      if (name === "") {
        report("whiteout-bare", `"${e.path}" is a whiteout with no name after .wh.`);
      } else if (this.tracking) {
        const target = dir === "" ? name : `${dir}/${name}`;
        if (!this.whiteouts.has(target)) this.whiteouts.set(target, e);
      }
    }
    this.checkDuplicate(e, path, report);
    // Whiteouts SHOULD precede their siblings, so a streaming extractor applies them first.
    if (this.dirsWithEntries.has(dir) && !this.orderReported.has(dir)) {
      this.orderReported.add(dir);
      report("whiteout-order", `whiteout "${e.path}" comes after other entries in ${dir === "" ? "the root" : `"${dir}"`}; whiteouts should come first`);
    }
  }
}
