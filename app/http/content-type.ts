const BODYLESS_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * Every action reads a form (`request.formData()`), which throws on any other body type; refusing
 * those up front answers 415 instead of a 500. A write without a body (no content type) passes.
 */
export function isFormContentType(method: string, contentType: string | undefined): boolean {
  if (BODYLESS_METHODS.has(method.toUpperCase()) || !contentType) return true;
  const type = contentType.split(";")[0].trim().toLowerCase();
  return FORM_TYPES.includes(type);
}
