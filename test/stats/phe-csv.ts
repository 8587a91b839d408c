/**
 * PHEindicatormethods' test sheets (test/stats/phe-tests/*.csv, see SOURCE.md) read as rows of named
 * cells: a small CSV reader (quoted cells, no line breaks inside cells, which the sheets do not have).
 */
export function parseCsv(text: string): Array<Record<string, string>> {
  const lines = text.trim().split(/\r?\n/);
  const split = (line: string) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (const char of line) {
      if (char === '"') quoted = !quoted;
      else if (char === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += char;
    }
    cells.push(cell);
    return cells;
  };
  const head = split(lines[0]!);
  return lines.slice(1).map((line) => Object.fromEntries(split(line).map((c, i) => [head[i]!, c])));
}

export const num = (x: string | undefined) => (x === undefined || x === '' ? NaN : Number(x));

/** A sheet's rows, fetched from the test server; rows whose cells are all empty (sheet padding) are dropped. */
export async function sheet(name: string): Promise<Array<Record<string, string>>> {
  const response = await fetch(`/test/stats/phe-tests/${name}`);
  if (!response.ok) throw new Error(`test/stats/phe-tests/${name}: ${response.status}`);
  return parseCsv(await response.text()).filter((row) => Object.values(row).some((cell) => cell !== ''));
}
