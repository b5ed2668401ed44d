// Test documents mark the expected finding position with ▶, so a case states its line and column
// by where the marker sits rather than by numbers computed some other way.

export const MARK = "▶";

export interface Marked {
  text: string;
  line: number;
  column: number;
}

export function marked(source: string): Marked {
  const at = source.indexOf(MARK);
  if (at < 0) throw new Error("test document has no ▶ marker");
  if (source.indexOf(MARK, at + 1) >= 0) throw new Error("test document has two ▶ markers");
  const before = source.slice(0, at);
  const line = before.split("\n").length;
  const column = at - (before.lastIndexOf("\n") + 1) + 1;
  return { text: before + source.slice(at + 1), line, column };
}

/** Replaces exactly one occurrence of `search`, failing loudly when the base document changed. */
export function edit(base: string, search: string, replacement: string): string {
  const at = base.indexOf(search);
  if (at < 0 || base.indexOf(search, at + 1) >= 0) throw new Error(`edit target must occur once: ${search}`);
  return base.slice(0, at) + replacement + base.slice(at + search.length);
}
