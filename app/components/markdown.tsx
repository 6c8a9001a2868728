/** Shows HTML that came from renderMarkdown (app/materials/markdown.server.ts), which sanitised it. */
export function Markdown({ html }: { html: string }) {
  return (
    <div
      className="prose-portal mt-2 space-y-3 [&_a]:text-brand-700 [&_a]:underline [&_h2]:text-lg [&_h2]:font-semibold [&_li]:ml-6 [&_ol]:list-decimal [&_ul]:list-disc"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
