import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "./front-matter";

describe("parseFrontMatter", () => {
  it("reads strings, numbers, lists and comments", () => {
    const { data, body } = parseFrontMatter(
      '---\ntitle: Feedback\nkind: interventie # a comment\ntags: [feedback, "formatief evalueren"]\neffectMonths: 8\nsource: "NPO Menukaart: 2021"\n---\n\n## Wat is het?\n',
    );
    expect(data).toEqual({
      title: "Feedback",
      kind: "interventie",
      tags: ["feedback", "formatief evalueren"],
      effectMonths: 8,
      source: "NPO Menukaart: 2021",
    });
    expect(body).toBe("## Wat is het?");
  });

  it.each(["geen front matter", "---\ntitle Feedback\n---\n", "---\ntags: [a, b\n---\n"])(
    "rejects %j",
    (text) => {
      expect(() => parseFrontMatter(text)).toThrow();
    },
  );
});
