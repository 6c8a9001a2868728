import { strFromU8, unzipSync } from "fflate";

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_UPLOAD = 5;

export interface DetectedType {
  mime: string;
  extension: string;
  label: string;
}

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((b, i) => bytes[offset + i] === b);

/**
 * The real type of an upload, judged by its content: documents, spreadsheets, presentations,
 * images and PDF only. The name's extension must agree, so a renamed file is refused too.
 * SVG and HTML are never accepted (they can carry scripts).
 */
export function detectFileType(bytes: Uint8Array, name: string): DetectedType | null {
  const extension = name.toLowerCase().split(".").pop() ?? "";
  const detected = sniff(bytes);
  if (!detected) return null;
  const allowedExtensions: Record<string, string[]> = { jpg: ["jpg", "jpeg"], doc: ["doc", "xls", "ppt"] };
  const accepted = allowedExtensions[detected.extension] ?? [detected.extension];
  if (!accepted.includes(extension)) return null;
  return detected.extension === "doc" ? legacyOffice(extension) : detected;
}

function sniff(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { mime: "application/pdf", extension: "pdf", label: "PDF" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mime: "image/png", extension: "png", label: "afbeelding" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff]))
    return { mime: "image/jpeg", extension: "jpg", label: "afbeelding" };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]))
    return { mime: "image/gif", extension: "gif", label: "afbeelding" };
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return { mime: "image/webp", extension: "webp", label: "afbeelding" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return { mime: "application/x-ole-storage", extension: "doc", label: "document" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeZip(bytes);
  return null;
}

const OOXML: Array<[string, DetectedType]> = [
  [
    "word/",
    {
      mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      extension: "docx",
      label: "document",
    },
  ],
  [
    "xl/",
    {
      mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      extension: "xlsx",
      label: "rekenblad",
    },
  ],
  [
    "ppt/",
    {
      mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      extension: "pptx",
      label: "presentatie",
    },
  ],
];
const ODF: Record<string, DetectedType> = {
  "application/vnd.oasis.opendocument.text": {
    mime: "application/vnd.oasis.opendocument.text",
    extension: "odt",
    label: "document",
  },
  "application/vnd.oasis.opendocument.spreadsheet": {
    mime: "application/vnd.oasis.opendocument.spreadsheet",
    extension: "ods",
    label: "rekenblad",
  },
  "application/vnd.oasis.opendocument.presentation": {
    mime: "application/vnd.oasis.opendocument.presentation",
    extension: "odp",
    label: "presentatie",
  },
};

/** A zip is only an office file when its parts say so; any other zip is refused. */
function officeZip(bytes: Uint8Array): DetectedType | null {
  try {
    const names: string[] = [];
    let mimetype: Uint8Array | undefined;
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return file.name === "mimetype" && file.originalSize < 200;
      },
    });
    if (names.includes("mimetype"))
      mimetype = unzipSync(bytes, { filter: (f) => f.name === "mimetype" }).mimetype;
    if (mimetype) return ODF[strFromU8(mimetype).trim()] ?? null;
    if (!names.includes("[Content_Types].xml")) return null;
    return OOXML.find(([prefix]) => names.some((n) => n.startsWith(prefix)))?.[1] ?? null;
  } catch {
    return null;
  }
}

function legacyOffice(extension: string): DetectedType {
  const types: Record<string, DetectedType> = {
    doc: { mime: "application/msword", extension: "doc", label: "document" },
    xls: { mime: "application/vnd.ms-excel", extension: "xls", label: "rekenblad" },
    ppt: { mime: "application/vnd.ms-powerpoint", extension: "ppt", label: "presentatie" },
  };
  return types[extension];
}
