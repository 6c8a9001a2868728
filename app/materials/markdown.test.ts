import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.server";

describe("renderMarkdown", () => {
  it("renders ordinary markdown", () => {
    expect(
      renderMarkdown("## Doelen\n\n- **lezen** met *begrip*\n- [KlasCement](https://www.klascement.net)"),
    ).toBe(
      '<h2>Doelen</h2>\n<ul>\n<li><strong>lezen</strong> met <em>begrip</em></li>\n<li><a href="https://www.klascement.net" target="_blank" rel="noopener noreferrer">KlasCement</a></li>\n</ul>\n',
    );
  });

  const vectors = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '![x](x" onerror="alert(1))',
    "[a](javascript:alert(1))",
    "[a](JaVaScRiPt:alert(1))",
    "[a](&#106;avascript:alert(1))",
    "[a](java%0ascript:alert(1))",
    "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<a href="javascript:alert(1)">x</a>',
    "<svg><script>alert(1)</script></svg>",
    "<svg onload=alert(1)>",
    '<iframe srcdoc="<script>alert(1)</script>">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<form action=//evil><button>x</button></form>",
    "<a href=//evil target=_blank>x</a>",
    "<style>@import url(//evil)</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<object data=x></object><embed src=x>",
  ];

  it.each(vectors)("neutralises %s", (vector) => {
    const html = renderMarkdown(vector);
    expect(html).not.toMatch(/<(script|iframe|form|style|svg|math|object|embed)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/<[^>]*\sstyle=/i);
    for (const [, url] of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
      // Absolute URLs only with an allowed scheme; anything else must be a plain relative path.
      expect(url).toMatch(/^(https?:\/\/|mailto:|[^:]*$)/);
      expect(url).not.toMatch(/^\/\//);
    }
  });
});
