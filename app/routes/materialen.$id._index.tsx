import {
  type ActionFunctionArgs,
  Form,
  Link,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
  useFetcher,
  useLoaderData,
} from "react-router";
import { useEffect } from "react";
import { formatDateTime } from "~/text/format";
import { Markdown } from "~/components/markdown";
import { loadVisibleMaterial } from "~/materials/access.server";
import { renderMarkdown } from "~/materials/markdown.server";
import { deleteMaterial, recordView } from "~/materials/materials.server";
import { VISIBILITY_LABELS } from "~/materials/validation";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.material.title ?? "Materiaal"} – LEERKR@CHT.NET` },
];

export async function loader(args: LoaderFunctionArgs) {
  const { viewer, material, editable } = await loadVisibleMaterial(args);
  const showCounts = Boolean(viewer && (viewer.role === "admin" || viewer.facilitatesNetwork));
  return {
    material: {
      id: material.id,
      title: material.title,
      type: material.type,
      tags: material.tags,
      links: material.links,
      visibility: material.visibility,
      updatedAt: material.updatedAt,
      facts: material.libraryFacts,
      network: material.network ? { slug: material.network.slug, title: material.network.title } : null,
      html: renderMarkdown(material.bodyMarkdown),
      attachments: material.attachments.map((a) => ({
        id: a.id,
        originalName: a.originalName,
        size: a.size,
      })),
      counts: showCounts ? { views: material.viewCount, downloads: material.downloadCount } : null,
    },
    editable,
  };
}

export async function action(args: ActionFunctionArgs) {
  const { material, editable } = await loadVisibleMaterial(args);
  const intent = (await args.request.formData()).get("intent");
  if (intent === "bekeken") {
    // Views are counted by a POST from the page, so that a GET never changes anything.
    recordView(material.id);
    return { ok: true };
  }
  if (intent !== "verwijderen") throw new Response("Ongeldig verzoek.", { status: 400 });
  if (!editable) throw new Response("Dit mag je niet.", { status: 403 });
  deleteMaterial(material.id);
  throw redirect(material.network ? `/netwerken/${material.network.slug}` : "/materialen");
}

const sizeLabel = (bytes: number) =>
  bytes > 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;

export default function MaterialPage() {
  const { material, editable } = useLoaderData<typeof loader>();
  const beacon = useFetcher();
  useEffect(() => {
    beacon.submit({ intent: "bekeken" }, { method: "post" });
    // Once per page view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [material.id]);
  return (
    <article className="space-y-4">
      <p>
        {material.network ? (
          <AppLink to={`/netwerken/${material.network.slug}`} className="text-brand-700 underline">
            {material.network.title}
          </AppLink>
        ) : (
          <AppLink to="/materialen" className="text-brand-700 underline">
            Bibliotheek
          </AppLink>
        )}
      </p>
      <header className="rounded-lg bg-white p-6 shadow-sm">
        <p className="text-sm text-slate-700">
          {material.type} · {VISIBILITY_LABELS[material.visibility]} · bijgewerkt{" "}
          {formatDateTime(material.updatedAt)}
        </p>
        <h1 className="mt-1 text-3xl font-bold">{material.title}</h1>
        {material.tags.length ? (
          <p className="mt-2 text-sm">Trefwoorden: {material.tags.join(", ")}</p>
        ) : null}
        {material.facts?.kind === "interventie" && material.facts.effectMonths !== undefined ? (
          <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-3 text-sm" data-testid="facts">
            <dt className="font-medium">Effect</dt>
            <dd>+{material.facts.effectMonths} maanden leerwinst</dd>
            <dt className="font-medium">Bewijs</dt>
            <dd>{material.facts.evidence}</dd>
            <dt className="font-medium">Kosten</dt>
            <dd>{material.facts.cost}</dd>
          </dl>
        ) : null}
        {material.counts ? (
          <p className="mt-2 text-sm text-slate-700" data-testid="counts">
            {material.counts.views} keer bekeken · {material.counts.downloads} keer gedownload
          </p>
        ) : null}
        {editable ? (
          <div className="mt-4 flex flex-wrap gap-3">
            <Link
              to="bewerken"
              className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
            >
              Bewerken
            </Link>
            <Form method="post">
              <input type="hidden" name="intent" value="verwijderen" />
              <button type="submit" className="rounded border border-red-800 px-3 py-1 text-red-800">
                Verwijderen
              </button>
            </Form>
          </div>
        ) : null}
      </header>
      <section className="rounded-lg bg-white p-6 shadow-sm" aria-label="Inhoud">
        <Markdown html={material.html} />
      </section>
      {material.links.length || material.attachments.length ? (
        <section aria-labelledby="bijlagen" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="bijlagen" className="text-xl font-bold">
            Bijlagen en links
          </h2>
          <ul className="mt-2 space-y-1">
            {material.attachments.map((a) => (
              <li key={a.id}>
                <a
                  href={`/materialen/${material.id}/bijlagen/${a.id}`}
                  className="text-brand-700 underline"
                  download
                >
                  {a.originalName}
                </a>{" "}
                <span className="text-sm text-slate-700">({sizeLabel(a.size)})</span>
              </li>
            ))}
            {material.links.map((link) => (
              <li key={link}>
                <a
                  href={link}
                  className="break-all text-brand-700 underline"
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
