import { describe, expect, it } from "vitest";
import { buildQuestions, DEFAULT_ROLE_LABELS, DEFAULT_STAGE_LABELS } from "./instrument";

const goals = [
  { id: 11, text: "getalbegrip" },
  { id: 12, text: "hoofdrekenen" },
];

function outline(template: Parameters<typeof buildQuestions>[0]) {
  return buildQuestions(template, goals, DEFAULT_ROLE_LABELS, DEFAULT_STAGE_LABELS).map(
    (q) => `${q.construct}${q.goalId ? `:${q.goalId}` : ""}${q.fixed ? "!" : ""}`,
  );
}

describe("buildQuestions", () => {
  it.each([
    [
      "voormeting-basis",
      ["rol!", "kennis:11!", "kennis:12!", "ondersteuning!", "praktijktoepassing!", "open", "open"],
    ],
    [
      "nameting-basis",
      [
        "rol!",
        "tevredenheid!",
        "bruikbaarheid!",
        "kennis:11!",
        "geleerd:11!",
        "kennis:12!",
        "geleerd:12!",
        "ondersteuning!",
        "praktijktoepassing!",
        "open",
        "open",
        "open",
      ],
    ],
    [
      "nameting-uitgebreid",
      [
        "rol!",
        "tevredenheid!",
        "bruikbaarheid!",
        "kennis:11!",
        "geleerd:11!",
        "kennis:12!",
        "geleerd:12!",
        "ondersteuning!",
        "praktijktoepassing!",
        "eigen",
        "eigen",
        "eigen",
        "eigen",
        "eigen",
        "open",
        "open",
        "open",
        "open",
        "open",
      ],
    ],
  ] as const)("%s keeps the fixed EDBI order", (template, expected) => {
    expect(outline(template)).toEqual(expected);
  });

  it("asks knowledge with the same wording in pre and post, per goal", () => {
    const pre = buildQuestions("voormeting-basis", goals, DEFAULT_ROLE_LABELS, DEFAULT_STAGE_LABELS).filter(
      (q) => q.construct === "kennis",
    );
    const post = buildQuestions("nameting-basis", goals, DEFAULT_ROLE_LABELS, DEFAULT_STAGE_LABELS).filter(
      (q) => q.construct === "kennis",
    );
    expect(pre.map((q) => q.text)).toEqual(post.map((q) => q.text));
    expect(pre[0].text).toBe("Ik heb voldoende kennis over: getalbegrip");
  });

  it("offers the configured roles plus 'andere', and the five Kijkwijzer stages", () => {
    const [role, ...rest] = buildQuestions(
      "nameting-basis",
      goals,
      ["leraar", "andere", "directeur"],
      DEFAULT_STAGE_LABELS,
    );
    expect(role.options).toEqual(["leraar", "directeur", "andere"]);
    expect(rest.find((q) => q.kind === "stage")?.options).toHaveLength(5);
  });

  it("pre-fills the three open questions of the post template, removable (not fixed)", () => {
    const open = buildQuestions("nameting-basis", goals, DEFAULT_ROLE_LABELS, DEFAULT_STAGE_LABELS).filter(
      (q) => q.kind === "open",
    );
    expect(open.map((q) => q.text)).toEqual([
      "Wat heb je nog nodig om het geleerde in je praktijk te implementeren?",
      "Wat vond je het meest bruikbaar?",
      "Dit geef ik nog mee aan de begeleider(s)",
    ]);
    expect(open.every((q) => !q.fixed && !q.required)).toBe(true);
  });
});
