import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { memoizeString } from "~/http/lru";

const marked = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "code",
    "em",
    "strong",
    "del",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "img",
  ],
  allowedAttributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title"],
    th: ["align"],
    td: ["align"],
    code: ["class"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // Links to other sites open in a new tab without handing them window.opener or the referrer.
    a: (tagName, attribs) => {
      const href = safeUrl(attribs.href);
      const external = /^https?:\/\//i.test(href ?? "");
      const { href: _dropped, ...rest } = attribs;
      return {
        tagName,
        attribs: {
          ...rest,
          ...(href ? { href } : {}),
          ...(external ? { target: "_blank", rel: "noopener noreferrer" } : {}),
        },
      };
    },
    img: (tagName, attribs) => {
      const src = safeUrl(attribs.src);
      const { src: _dropped, ...rest } = attribs;
      // An image without alt text is decorative to screen readers rather than an unnamed graphic.
      return { tagName, attribs: { alt: "", ...rest, ...(src ? { src } : {}) } };
    },
  },
  allowedClasses: { code: [/^language-[a-z0-9-]+$/] },
};

/**
 * Belt and braces on top of the scheme allow-list: anything that looks like it carries a scheme
 * (a colon before the first / ? #) must be http(s) or mailto, whatever encoding tricks it uses.
 */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const beforePath = url.split(/[/?#]/, 1)[0];
  if (!beforePath.includes(":") && !/%3a|&#/i.test(beforePath)) return url;
  return /^(https?:\/\/|mailto:)/i.test(url) ? url : undefined;
}

const withTarget: sanitizeHtml.IOptions = {
  ...SANITIZE_OPTIONS,
  allowedAttributes: { ...SANITIZE_OPTIONS.allowedAttributes, a: ["href", "title", "target", "rel"] },
};

/** The only way markdown becomes HTML in the portal: marked, then an allow-list sanitiser. */
/**
 * Markdown to sanitised HTML. Parsing and sanitising cost more than the rest of a page, and the
 * same descriptions are shown over and over, so results are remembered (the output depends on
 * the input alone), within a budget of 8 million characters.
 */
export const renderMarkdown = memoizeString(
  (markdown) => sanitizeHtml(marked.parse(markdown) as string, withTarget),
  8_000_000,
);
