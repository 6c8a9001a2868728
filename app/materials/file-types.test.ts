import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { toXlsx } from "~/exports/spreadsheet";
import { detectFileType } from "./file-types";

const pdf = strToU8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const docx = zipSync({
  "[Content_Types].xml": strToU8("<Types/>"),
  "word/document.xml": strToU8("<w:document/>"),
});
const odp = zipSync({
  mimetype: strToU8("application/vnd.oasis.opendocument.presentation"),
  "content.xml": strToU8("<x/>"),
});
const plainZip = zipSync({ "evil.exe": strToU8("MZ") });
const svg = strToU8('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
const html = strToU8("<!doctype html><script>alert(1)</script>");
const exe = strToU8("MZ\x90\x00");

describe("detectFileType", () => {
  it.each([
    [pdf, "verslag.pdf", "application/pdf"],
    [png, "foto.PNG", "image/png"],
    [jpeg, "foto.jpeg", "image/jpeg"],
    [docx, "wijzer.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    [
      toXlsx("x", [["a"]]),
      "rubric.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ],
    [odp, "presentatie.odp", "application/vnd.oasis.opendocument.presentation"],
  ])("accepts %#: %s", (bytes, name, mime) => {
    expect(detectFileType(bytes, name)?.mime).toBe(mime);
  });

  it.each([
    [svg, "logo.svg"],
    [html, "pagina.html"],
    [html, "pagina.pdf"],
    [exe, "programma.pdf"],
    [plainZip, "archief.docx"],
    [pdf, "verslag.docx"],
    [png, "foto.exe"],
    [new Uint8Array(), "leeg.pdf"],
  ])("refuses %#: %s", (bytes, name) => {
    expect(detectFileType(bytes, name)).toBeNull();
  });
});
