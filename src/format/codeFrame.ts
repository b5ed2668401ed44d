// A few lines of the JSON around a finding, with a caret under its column. Minified documents are
// one long line, so each line is cut to a window around the column that fits an 80-column terminal.

export interface FrameOptions {
  /** Lines shown before and after the finding's line. */
  context: number;
  /** Width available for the source text itself. */
  width?: number;
}

export interface FrameStyle {
  dim: (s: string) => string;
  mark: (s: string) => string;
}

export function codeFrame(text: string, line: number, column: number, endColumn: number | undefined, options: FrameOptions, style: FrameStyle): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  const width = options.width ?? 64;
  const first = Math.max(1, line - options.context);
  const last = Math.min(lines.length, line + options.context);
  const gutter = String(last).length;
  // One window for every line shown, centred on the finding, so the columns line up.
  const start = column - 1 < width - 16 ? 0 : column - 1 - 16;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const source = lines[n - 1] ?? "";
    const cut = window(source.replace(/\t/g, " "), start, width);
    const marker = n === line ? style.mark(">") : " ";
    out.push(`${marker} ${style.dim(`${String(n).padStart(gutter)} |`)} ${cut}`);
    if (n === line) {
      const from = column - 1 - start + (start > 0 ? 1 : 0);
      const span = Math.max(1, Math.min((endColumn ?? column + 1) - column, width - from));
      out.push(`  ${style.dim(`${" ".repeat(gutter)} |`)} ${" ".repeat(Math.max(0, from))}${style.mark("^".repeat(span))}`);
    }
  }
  return out;
}

function window(source: string, start: number, width: number): string {
  const head = start > 0 ? "…" : "";
  const body = source.slice(start, start + width);
  const tail = source.length > start + width ? "…" : "";
  return head + body + tail;
}
