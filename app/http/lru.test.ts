import { describe, expect, it } from "vitest";
import { Lru, memoizeString } from "./lru";

const bySize = () => new Lru<string, string>(10, (_k, v) => v.length);

describe("Lru", () => {
  it.each([
    {
      name: "keeps what fits",
      writes: [
        ["a", "1234"],
        ["b", "1234"],
      ],
      kept: ["a", "b"],
      used: 8,
    },
    {
      name: "evicts the least recently stored",
      writes: [
        ["a", "1234"],
        ["b", "1234"],
        ["c", "1234"],
      ],
      kept: ["b", "c"],
      used: 8,
    },
    {
      name: "replacing a key frees its old size",
      writes: [
        ["a", "123456789"],
        ["a", "12"],
      ],
      kept: ["a"],
      used: 2,
    },
    {
      name: "never stores what alone exceeds the budget",
      writes: [
        ["a", "1"],
        ["big", "12345678901"],
      ],
      kept: ["a"],
      used: 1,
    },
  ])("$name", ({ writes, kept, used }) => {
    const lru = bySize();
    for (const [key, value] of writes) lru.set(key, value);
    expect(["a", "b", "c", "big"].filter((k) => lru.get(k) !== undefined)).toEqual(kept);
    expect(lru.used).toBe(used);
  });

  it("a read makes an entry the most recently used", () => {
    const lru = bySize();
    lru.set("a", "1234");
    lru.set("b", "1234");
    lru.get("a");
    lru.set("c", "1234");
    expect(lru.get("a")).toBe("1234");
    expect(lru.get("b")).toBeUndefined();
  });
});

describe("memoizeString", () => {
  it("computes once per input and returns the same result", () => {
    let calls = 0;
    const upper = memoizeString((s) => (calls++, s.toUpperCase()), 100);
    expect([upper("ab"), upper("ab"), upper("cd")]).toEqual(["AB", "AB", "CD"]);
    expect(calls).toBe(2);
  });
});
