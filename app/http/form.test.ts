import { describe, expect, it } from "vitest";
import { z } from "zod";
import { multiple, parseForm } from "./form";

const schema = z.object({
  name: z.string().min(2, "Vul je naam in."),
  password: z.string().min(12, "Te kort."),
});

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe("parseForm", () => {
  it("returns the parsed data when valid", () => {
    expect(parseForm(schema, form({ name: "An", password: "x".repeat(12) }))).toEqual({
      success: true,
      data: { name: "An", password: "x".repeat(12) },
    });
  });

  it("returns one message per field and keeps typed values, but never secrets", () => {
    const result = parseForm(schema, form({ name: "A", password: "kort" }));
    expect(result).toEqual({
      success: false,
      errors: { name: "Vul je naam in.", password: "Te kort." },
      values: { name: "A" },
    });
  });

  it("treats a missing field as an error on that field", () => {
    const result = parseForm(schema, form({ password: "x".repeat(12) }));
    expect(result.success).toBe(false);
    expect(!result.success && Object.keys(result.errors)).toEqual(["name"]);
  });
});

describe("multiple", () => {
  const groupSchema = z.object({
    levels: multiple(z.enum(["bao", "so"])).refine(
      (levels) => levels.length > 0,
      "Kies minstens één niveau.",
    ),
  });

  it.each([
    [[], { success: false }],
    [["bao"], { success: true, data: { levels: ["bao"] } }],
    [["bao", "so"], { success: true, data: { levels: ["bao", "so"] } }],
  ])("%j", (checked, expected) => {
    const data = new FormData();
    for (const value of checked) data.append("levels", value);
    expect(parseForm(groupSchema, data)).toMatchObject(expected);
  });
});
