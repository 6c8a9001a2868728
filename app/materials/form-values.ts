/** What the material form sends back, as text, to show again next to its errors. */
export interface MaterialFormValues {
  title?: string;
  bodyMarkdown?: string;
  type?: string;
  tags?: string;
  links?: string;
  visibility?: string;
  sessionId?: string;
}
