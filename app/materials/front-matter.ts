export type FrontMatterValue = string | number | string[];

/**
 * The small YAML subset the library files use: `key: value`, `key: [a, b]`, numbers, and
 * `# comments`. Anything else is an error, so a typo in content/ fails loudly at start.
 */
export function parseFrontMatter(text: string): { data: Record<string, FrontMatterValue>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error("missing front matter (--- ... ---)");
  const data: Record<string, FrontMatterValue> = {};
  for (const rawLine of match[1].split(/\r?\n/)) {
    const line = rawLine.replace(/\s+#.*$/, "").trim();
    if (!line || line.startsWith("#")) continue;
    const pair = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (!pair) throw new Error(`cannot read front matter line: ${rawLine}`);
    const [, key, value] = pair;
    if (value.startsWith("[")) {
      if (!value.endsWith("]")) throw new Error(`unclosed list for ${key}`);
      data[key] = value.slice(1, -1).split(",").map(unquote).filter(Boolean);
    } else if (/^-?\d+(\.\d+)?$/.test(value)) data[key] = Number(value);
    else data[key] = unquote(value);
  }
  return { data, body: match[2].trim() };
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}
