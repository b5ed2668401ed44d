// How many terminal columns text takes. The build puts this in place of the string-width package
// inside yargs (its help layout): string-width builds an Intl.Segmenter and Unicode-property patterns
// as it loads, ~15 ms of every run, for help text that most runs never print. ocilint's help is plain
// text with colours; this measures that exactly and CJK and emoji reasonably.

// SGR colour codes and OSC 8 hyperlinks: no width.
const ESCAPES = /\u001b\[[0-9;]*m|\u001b\]8;;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

export default function displayWidth(text: unknown): number {
  if (typeof text !== "string" || text.length === 0) return 0;
  let width = 0;
  for (const character of text.replace(ESCAPES, "")) {
    const code = character.codePointAt(0)!;
    if (takesNoRoom(code)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function takesNoRoom(code: number): boolean {
  return (
    code < 0x20 || (code >= 0x7f && code < 0xa0) || // control characters
    (code >= 0x300 && code <= 0x36f) || // combining diacritical marks
    code === 0x200b || code === 0x200c || code === 0x200d || // zero-width space and joiners
    (code >= 0xfe00 && code <= 0xfe0f) // variation selectors
  );
}

/** East Asian Wide and Fullwidth blocks, and the emoji planes: two columns. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0x303e) || (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) || (code >= 0x20000 && code <= 0x3fffd)
  );
}
