// The checks on each tar entry of a layer, tabulated: layers that must pass with no finding, and
// layers with one defect each that must give exactly the listed findings.

import { describe, expect, it } from "vitest";
import { LayerEntryChecker } from "../../src/content/layerEntryChecks.js";
import { TarParser } from "../../src/content/tarParser.js";
import { buildTar, type TarSpec } from "../helpers/tar.js";

function check(entries: TarSpec[]): string[] {
  const checker = new LayerEntryChecker();
  const parser = new TarParser((e) => checker.entry(e), { maxEntries: 1000, maxMetadataBytes: 1024 * 1024 });
  parser.write(buildTar(entries));
  parser.end();
  checker.end();
  expect(parser.problems).toEqual([]);
  return checker.findings.map((f) => `${f.check}: ${f.message}`);
}

const dir = (name: string, mode = 0o755): TarSpec => ({ name, type: "5", mode });
const file = (name: string, data = "x", mode = 0o644): TarSpec => ({ name, data, mode });

const VALID: Array<[string, TarSpec[]]> = [
  ["plain files and directories", [dir("./"), dir("etc/"), file("etc/motd"), file("usr/bin/tool", "#!/bin/sh", 0o755)]],
  ["a whiteout and an opaque marker before their siblings", [dir("./"), dir("etc/"), file("etc/.wh..wh..opq", ""), file("etc/.wh.old", ""), file("etc/new")]],
  ["a top-level whiteout right after the root entry", [dir("./"), file(".wh.stale", ""), file("fresh")]],
  ["a symlink within the root, even with ..", [dir("usr/"), dir("usr/lib/"), { name: "usr/lib/libc.so", type: "2", linkname: "../../lib/libc.so.6" }]],
  ["an absolute symlink (resolved inside the container's root)", [{ name: "etc/localtime", type: "2", linkname: "/usr/share/zoneinfo/UTC" }]],
  ["a hard link to an earlier entry", [file("bin/busybox"), { name: "bin/sh", type: "1", linkname: "bin/busybox" }]],
  ["/tmp with the sticky bit", [dir("tmp/", 0o1777)]],
  ["a group-writable file", [file("srv/data", "x", 0o664)]],
  ["a PAX path that only lengthens a name", [{ name: "short", data: "x", pax: { path: `very/${"long/".repeat(30)}name` } }]],
  ["files whose names only resemble secrets", [file("home/app/.ssh/id_rsa.pub"), file("etc/ssl/certs/ca.pem"), file("etc/ssl/server.crt"), file("app/.env.example"),
    file("app/config.json"), file("usr/share/doc/credentials"), file("root/.npmrc"), file("etc/ssl/public.key")]],
  ["a directory named like a secret", [dir("app/.env/"), dir("root/.ssh/id_rsa/")]],
  ["a GNU long name", [{ name: "././@LongLink-ignored", data: "x", gnuLongName: `deep/${"dir/".repeat(40)}file` }]],
];

const INVALID: Array<[string, TarSpec[], string[]]> = [
  ["a path that appears twice, spelled two ways", [file("etc/motd", "a"), file("./etc/motd", "b")],
    ['tar-duplicate-path: "./etc/motd" appears again at entry 1 (first at entry 0)']],
  ["a third copy names its own index", [file("a"), file("b"), file("a"), file("a")],
    ['tar-duplicate-path: "a" appears again at entry 2 (first at entry 0)', 'tar-duplicate-path: "a" appears again at entry 3 (first at entry 0)']],
  ["a whiteout with content", [file("etc/.wh.motd", "not empty")],
    ['whiteout-not-empty-file: whiteout "etc/.wh.motd" is a 9-byte file, not an empty regular file']],
  ["a whiteout that is a directory", [dir("etc/.wh.cache/")],
    ['whiteout-not-empty-file: whiteout "etc/.wh.cache/" is a directory, not an empty regular file']],
  ["a bare .wh.", [file("etc/.wh.", "")], ['whiteout-bare: "etc/.wh." is a whiteout with no name after .wh.']],
  ["a whiteout and an entry for the same path", [file("etc/.wh.motd", ""), file("etc/motd")],
    ['whiteout-with-entry: "etc/.wh.motd" deletes "etc/motd", which this same layer also creates']],
  ["a whiteout after a sibling", [file("etc/motd"), file("etc/.wh.issue", "")],
    ['whiteout-order: whiteout "etc/.wh.issue" comes after other entries in "etc"; whiteouts should come first']],
  ["a .. path", [file("../../etc/cron.d/evil")], ['path-escape: "../../etc/cron.d/evil" climbs above the layer root with ".."']],
  ["an absolute path", [file("/etc/passwd")], ['path-escape: "/etc/passwd" is an absolute path']],
  ["a symlink that climbs out", [{ name: "app/link", type: "2", linkname: "../../../etc/shadow" }],
    ['link-escape: symlink "app/link" → "../../../etc/shadow" climbs above the layer root']],
  ["a hard link out of the root", [{ name: "etc/shadow-copy", type: "1", linkname: "../../etc/shadow" }],
    ['link-escape: hard link "etc/shadow-copy" → "../../etc/shadow" points outside the layer root']],
  ["a hard link to nothing in the layer", [{ name: "usr/bin/alias", type: "1", linkname: "usr/bin/not-there" }],
    ['hardlink-target-missing: hard link "usr/bin/alias" → "usr/bin/not-there": the target is not earlier in this layer']],
  ["a block device", [{ name: "dev/sda", type: "4", devmajor: 8, devminor: 0, mode: 0o660 }], ['device-node: "dev/sda" is a block device (8:0)']],
  ["a character device", [{ name: "dev/null", type: "3", devmajor: 1, devminor: 3, mode: 0o666 }], ['device-node: "dev/null" is a character device (1:3)']],
  ["a FIFO", [{ name: "run/pipe", type: "6" }], ['device-node: "run/pipe" is a FIFO']],
  ["a setuid file", [file("usr/bin/su", "x", 0o4755)], ['setuid-setgid: "usr/bin/su" is setuid (mode 4755)']],
  ["a setgid file", [file("usr/bin/wall", "x", 0o2755)], ['setuid-setgid: "usr/bin/wall" is setgid (mode 2755)']],
  ["a setuid and setgid file", [file("usr/bin/both", "x", 0o6755)], ['setuid-setgid: "usr/bin/both" is setuid and setgid (mode 6755)']],
  ["a world-writable file", [file("etc/app.conf", "x", 0o666)], ['world-writable: "etc/app.conf" is a world-writable file (mode 0666)']],
  ["a world-writable file with the sticky bit, which protects nothing on a file", [file("etc/app.conf", "x", 0o1666)],
    ['world-writable: "etc/app.conf" is a world-writable file (mode 1666)']],
  ["a world-writable directory without the sticky bit", [dir("srv/drop/", 0o777)],
    ['world-writable: directory "srv/drop/" is world-writable without the sticky bit (mode 0777)']],
  ["a sparse file (GNU PAX sparse records)", [{ name: "var/sparse.img", data: "\0", pax: { "GNU.sparse.major": "1", "GNU.sparse.minor": "0", "GNU.sparse.realsize": "1048576" } }],
    ['sparse-entry: "var/sparse.img" is a sparse file']],
  ["a PAX path that escapes while the header looks safe", [{ name: "safe.txt", data: "x", pax: { path: "../../etc/profile.d/evil.sh" } }],
    ['path-escape: "../../etc/profile.d/evil.sh" climbs above the layer root with ".."',
      'pax-path-override: a PAX or long-name record renames "safe.txt" to "../../etc/profile.d/evil.sh", outside the root']],
  ["a header name that escapes while the PAX path looks safe", [{ name: "../../etc/evil", data: "x", pax: { path: "safe.txt" } }],
    ['pax-path-override: the ustar header names "../../etc/evil", outside the root, while a PAX or long-name record says "safe.txt"']],
  ["a PAX linkpath that escapes while the header's link stays inside", [{ name: "app/link", type: "2", linkname: "data", pax: { linkpath: "../../../etc/shadow" } }],
    ['pax-path-override: a PAX or long-link record changes the link target of "app/link" from "data" to "../../../etc/shadow", and only one of them stays inside the root',
      'link-escape: symlink "app/link" → "../../../etc/shadow" climbs above the layer root']],
  ["an SSH private key", [file("root/.ssh/id_ed25519")], ['secret-file: "root/.ssh/id_ed25519" is named like an SSH private key']],
  ["AWS credentials", [file("home/app/.aws/credentials")], ['secret-file: "home/app/.aws/credentials" is named like AWS credentials']],
  ["a Docker client config", [file("root/.docker/config.json")], ['secret-file: "root/.docker/config.json" is named like Docker registry credentials']],
  ["a .netrc", [file("root/.netrc")], ['secret-file: "root/.netrc" is named like netrc login credentials']],
  ["a .git-credentials", [file("root/.git-credentials")], ['secret-file: "root/.git-credentials" is named like stored git credentials']],
  ["a private key file", [file("etc/ssl/private/app-private.pem")], ['secret-file: "etc/ssl/private/app-private.pem" is named like a private key']],
  ["a TLS server key", [file("etc/nginx/tls.key")], ['secret-file: "etc/nginx/tls.key" is named like a private key']],
  ["a .env file deep in the tree", [file("srv/app/.env")], ['secret-file: "srv/app/.env" is named like a dotenv file of settings and secrets']],
  ["a .env.production file", [file("srv/app/.env.production")], ['secret-file: "srv/app/.env.production" is named like a dotenv file of settings and secrets']],
];

describe("layer entries that pass", () => {
  it.each(VALID)("%s", (_name, entries) => {
    expect(check(entries)).toEqual([]);
  });
});

describe("layer entries with one defect", () => {
  it.each(INVALID)("%s", (_name, entries, expected) => {
    expect(check(entries)).toEqual(expected);
  });
});
