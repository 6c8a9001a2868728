/** A stored line of a network's list (a goal, an intake question) in its current order. */
export interface StoredLine {
  id: number;
  text: string;
}

/** Where a submitted line ends up: an existing row keeps its id, whatever its new position. */
export type MatchedLine =
  | { kind: "kept"; id: number; position: number; text: string }
  | { kind: "reworded"; id: number; position: number; text: string; previousText: string }
  | { kind: "added"; position: number; text: string };

export type RewordedLine = Extract<MatchedLine, { kind: "reworded" }>;

export interface LineMatch {
  lines: MatchedLine[];
  removed: StoredLine[];
}

/**
 * Matches a submitted list of lines to the stored rows by their (trimmed, exact) text, so that
 * reordering never moves an id to another text: answers stay bound to what was asked. Stored rows
 * and submitted lines left without a match are paired up in list order as rewordings; what is
 * left over is removed or added. A text given twice matches as many stored rows as carry it.
 */
export function matchLinesByText(stored: StoredLine[], submitted: string[]): LineMatch {
  const texts = submitted.map((line) => line.trim());
  const available = groupByText(stored);
  const keptIds = texts.map((text) => available.get(text)?.shift()?.id ?? null);
  const taken = new Set(keptIds);
  const leftOver = stored.filter((line) => !taken.has(line.id));
  let paired = 0;
  const lines = texts.map((text, position): MatchedLine => {
    const id = keptIds[position];
    if (id !== null) return { kind: "kept", id, position, text };
    const previous = leftOver[paired++];
    return previous
      ? { kind: "reworded", id: previous.id, position, text, previousText: previous.text }
      : { kind: "added", position, text };
  });
  return { lines, removed: leftOver.slice(paired) };
}

/** Stored rows per trimmed text, each list in stored order. */
function groupByText(stored: StoredLine[]): Map<string, StoredLine[]> {
  const byText = new Map<string, StoredLine[]>();
  for (const line of stored) {
    const text = line.text.trim();
    byText.set(text, [...(byText.get(text) ?? []), line]);
  }
  return byText;
}

/** The stored rows that get a new text: the ones whose meaning may change for what refers to them. */
export function rewordings(match: LineMatch): RewordedLine[] {
  return match.lines.filter((line): line is RewordedLine => line.kind === "reworded");
}
