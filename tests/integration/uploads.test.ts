import { describe, expect, it } from "vitest";
import { parseMaterialUpload } from "~/materials/uploads.server";

function multipart(files: Array<{ name: string; bytes: Uint8Array }>) {
  const form = new FormData();
  form.append("title", "Rubric");
  for (const file of files) form.append("bijlagen", new File([new Uint8Array(file.bytes)], file.name));
  return new Request("http://localhost/netwerken/x/materialen/nieuw", { method: "POST", body: form });
}

describe("parseMaterialUpload", () => {
  it("accepts a PDF checked by content", async () => {
    const result = await parseMaterialUpload(
      multipart([{ name: "rubric.pdf", bytes: new TextEncoder().encode("%PDF-1.7\n") }]),
    );
    expect(result.ok && result.files.map((f) => [f.originalName, f.mimeType])).toEqual([
      ["rubric.pdf", "application/pdf"],
    ]);
  });

  it("refuses a file over 20 MB with a Dutch message", async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode("%PDF-1.7\n"));
    expect(await parseMaterialUpload(multipart([{ name: "groot.pdf", bytes: big }]))).toEqual({
      ok: false,
      error: "Een bijlage mag hoogstens 20 MB groot zijn. Er werd niets bewaard.",
    });
  });

  it("refuses a renamed executable and more than five files", async () => {
    const exe = await parseMaterialUpload(
      multipart([{ name: "lesfiche.pdf", bytes: new TextEncoder().encode("MZ\x90\x00") }]),
    );
    expect(exe.ok).toBe(false);
    expect(!exe.ok && exe.error).toContain("“lesfiche.pdf” is geen toegelaten bestandstype");
    const many = Array.from({ length: 6 }, (_, i) => ({
      name: `f${i}.pdf`,
      bytes: new TextEncoder().encode("%PDF-1.7"),
    }));
    expect(await parseMaterialUpload(multipart(many))).toEqual({
      ok: false,
      error: "Voeg hoogstens 5 bijlagen tegelijk toe.",
    });
  });
});
