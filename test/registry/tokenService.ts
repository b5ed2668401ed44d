// The registry token service that docker-registry's `auth: token` trusts: on 127.0.0.1, it checks a
// Basic username and password and returns a JWT signed with a key whose self-signed certificate
// (made by openssl) is the registry's rootcertbundle. Anonymous requests are refused.

import { execFileSync } from "node:child_process";
import { createSign, randomUUID, X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TokenAuthConfig } from "./registryHelpers.js";

export interface TokenService {
  config: TokenAuthConfig;
  /** Every token request: the Basic user (or undefined) and the scopes asked for. */
  requests: Array<{ user: string | undefined; scopes: string[]; service: string | null }>;
  stop(): Promise<void>;
}

export async function startTokenService(users: Record<string, string>): Promise<TokenService> {
  const dir = mkdtempSync(join(tmpdir(), "ocilint-token-"));
  const keyPath = join(dir, "key.pem");
  const certPath = join(dir, "cert.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyPath, "-out", certPath, "-subj", "/CN=ocilint-test-token", "-days", "2"], { stdio: "ignore" });
  const key = readFileSync(keyPath);
  const cert = new X509Certificate(readFileSync(certPath));
  const issuer = "ocilint-test-issuer";
  const requests: TokenService["requests"] = [];
  const b64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const [user, password] = basic ? Buffer.from(basic, "base64").toString("utf8").split(":") : [undefined, undefined];
    const scopes = url.searchParams.getAll("scope");
    requests.push({ user, scopes, service: url.searchParams.get("service") });
    if (user === undefined || users[user] !== password) {
      res.writeHead(401, { "content-type": "application/json" });
      res.end('{"details":"bad credentials"}');
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const access = scopes.map((scope) => {
      const [type, name, actions] = scope.split(":");
      return { type, name, actions: actions!.split(",").filter((a) => a === "pull") };
    });
    const header = { typ: "JWT", alg: "RS256", x5c: [cert.raw.toString("base64")] };
    const claims = { iss: issuer, sub: user, aud: url.searchParams.get("service"), exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access };
    const signed = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = createSign("RSA-SHA256").update(signed).sign(key);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ token: `${signed}.${b64url(signature)}`, expires_in: 300 }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    config: { realm: `http://127.0.0.1:${port}/token`, service: "ocilint-test", issuer, certPath },
    requests,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
