// WWW-Authenticate as registries send it (RFC 7235): `Bearer realm="…",service="…",scope="…"` or
// `Basic realm="…"`, possibly several challenges in one header.

export interface AuthChallenge {
  /** Lowercase: `bearer`, `basic`, … */
  scheme: string;
  params: Record<string, string>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;

export function parseAuthChallenges(header: string): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  let rest = header.trim();
  let current: AuthChallenge | undefined;
  while (rest !== "") {
    const token = TOKEN.exec(rest)?.[0];
    if (!token) break;
    rest = rest.slice(token.length).trimStart();
    if (rest.startsWith("=") && current) {
      // name=value or name="quoted value" inside the current challenge.
      rest = rest.slice(1).trimStart();
      const { value, remainder } = readValue(rest);
      current.params[token.toLowerCase()] = value;
      rest = remainder;
    } else {
      current = { scheme: token.toLowerCase(), params: {} };
      challenges.push(current);
    }
    rest = rest.replace(/^\s*,\s*/, "");
  }
  return challenges;
}

function readValue(text: string): { value: string; remainder: string } {
  if (!text.startsWith('"')) {
    const end = text.search(/[\s,]/);
    return end < 0 ? { value: text, remainder: "" } : { value: text.slice(0, end), remainder: text.slice(end).trimStart() };
  }
  let value = "";
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\" && i + 1 < text.length) value += text[++i];
    else if (c === '"') return { value, remainder: text.slice(i + 1).trimStart() };
    else value += c;
  }
  return { value, remainder: "" };
}
