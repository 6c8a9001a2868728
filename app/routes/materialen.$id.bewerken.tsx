import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
  useActionData,
  useLoaderData,
} from "react-router";
import { formatSessionTime } from "~/text/format";
import { MaterialForm } from "~/components/material-form";
import { formValues, parseForm } from "~/http/form";
import { loadVisibleMaterial } from "~/materials/access.server";
import { materialValues } from "~/materials/form-data.server";
import { updateMaterial } from "~/materials/materials.server";
import { parseMaterialUpload } from "~/materials/uploads.server";
import { materialFormSchema } from "~/materials/validation";
import { getNetworkDetails } from "~/networks/networks.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Materiaal bewerken – LEERKR@CHT.NET" }];

async function load(args: LoaderFunctionArgs) {
  const loaded = await loadVisibleMaterial(args);
  if (!loaded.editable || !loaded.material.networkId)
    throw new Response("Je kan dit materiaal niet bewerken.", { status: 403 });
  return loaded;
}

export async function loader(args: LoaderFunctionArgs) {
  const { material } = await load(args);
  const sessions = getNetworkDetails(material.networkId!)!.sessions.map((s) => ({
    id: s.id,
    label: `${s.title ?? s.kind}, ${formatSessionTime(s.startsAt, s.endsAt)}`,
  }));
  return {
    id: material.id,
    title: material.title,
    sessions,
    attachments: material.attachments.map((a) => ({ id: a.id, originalName: a.originalName })),
    values: {
      title: material.title,
      bodyMarkdown: material.bodyMarkdown,
      type: material.type,
      tags: material.tags.join(", "),
      links: material.links.join("\n"),
      visibility: material.visibility,
      sessionId: material.sessionId ? String(material.sessionId) : "",
    },
  };
}

export async function action(args: ActionFunctionArgs) {
  const { material } = await load(args);
  const upload = await parseMaterialUpload(args.request);
  if (!upload.ok)
    return data({ errors: { form: upload.error } as Record<string, string>, values: null }, { status: 400 });
  const form = parseForm(materialFormSchema, upload.formData);
  if (!form.success)
    return data({ errors: form.errors, values: materialValues(upload.formData) }, { status: 400 });
  const sessionIds = getNetworkDetails(material.networkId!)!.sessions.map((s) => s.id);
  if (form.data.sessionId !== null && !sessionIds.includes(form.data.sessionId))
    return data(
      {
        errors: { sessionId: "Kies een bijeenkomst van dit netwerk." } as Record<string, string>,
        values: materialValues(upload.formData),
      },
      { status: 400 },
    );
  const remove = [formValues(upload.formData).verwijderBijlage ?? []].flat();
  updateMaterial(material.id, form.data, upload.files, remove);
  throw redirect(`/materialen/${material.id}`);
}

export default function EditMaterialPage() {
  const { id, title, sessions, attachments, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-4">
      <p>
        <AppLink to={`/materialen/${id}`} className="text-brand-700 underline">
          Terug naar {title}
        </AppLink>
      </p>
      <h1 className="text-3xl font-bold">Materiaal bewerken</h1>
      <MaterialForm
        values={actionData?.values ?? values}
        errors={actionData?.errors ?? {}}
        sessions={sessions}
        attachments={attachments}
        submitLabel="Wijzigingen opslaan"
      />
    </div>
  );
}
