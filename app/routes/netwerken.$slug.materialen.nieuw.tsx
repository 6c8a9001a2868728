import { randomUUID } from "node:crypto";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
  useActionData,
  useLoaderData,
} from "react-router";
import { requireUser } from "~/auth/guards.server";
import { formatSessionTime } from "~/text/format";
import { MaterialForm } from "~/components/material-form";
import { parseForm } from "~/http/form";
import { formTokenFrom, once } from "~/http/idempotency.server";
import { canPost } from "~/materials/access";
import { materialValues } from "~/materials/form-data.server";
import { createMaterial, viewerFor } from "~/materials/materials.server";
import { parseMaterialUpload } from "~/materials/uploads.server";
import { materialFormSchema } from "~/materials/validation";
import { getNetworkBySlug, getNetworkDetails } from "~/networks/networks.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Materiaal toevoegen – LEERKR@CHT.NET" }];

async function load(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const network = getNetworkBySlug(args.params.slug ?? "");
  if (!network || network.status === "concept") throw new Response("Niet gevonden", { status: 404 });
  if (!canPost(viewerFor(user, network.id), network.allowMemberMaterials))
    throw new Response("Je kan in dit netwerk geen materiaal toevoegen.", { status: 403 });
  return { user, network };
}

export async function loader(args: LoaderFunctionArgs) {
  const { network } = await load(args);
  const sessions = getNetworkDetails(network.id)!.sessions.map((s) => ({
    id: s.id,
    label: `${s.title ?? s.kind}, ${formatSessionTime(s.startsAt, s.endsAt)}`,
  }));
  return { network: { slug: network.slug, title: network.title }, sessions, formToken: randomUUID() };
}

export async function action(args: ActionFunctionArgs) {
  const { user, network } = await load(args);
  const upload = await parseMaterialUpload(args.request);
  if (!upload.ok)
    return data({ errors: { form: upload.error } as Record<string, string>, values: {} }, { status: 400 });
  const token = formTokenFrom(upload.formData);
  if (token === "invalid")
    return data(
      {
        errors: { form: "Dit formulier is ongeldig; laad de pagina opnieuw." } as Record<string, string>,
        values: {},
      },
      { status: 400 },
    );
  const form = parseForm(materialFormSchema, upload.formData);
  if (!form.success)
    return data({ errors: form.errors, values: materialValues(upload.formData) }, { status: 400 });
  const sessionIds = getNetworkDetails(network.id)!.sessions.map((s) => s.id);
  if (form.data.sessionId !== null && !sessionIds.includes(form.data.sessionId))
    return data(
      {
        errors: { sessionId: "Kies een bijeenkomst van dit netwerk." } as Record<string, string>,
        values: materialValues(upload.formData),
      },
      { status: 400 },
    );
  // A repeated submit lands on the material the first one created; its files are not stored twice.
  const id = once(user.id, token, () => createMaterial(network.id, user.id, form.data, upload.files)).result;
  throw redirect(`/materialen/${id}`);
}

export default function NewMaterialPage() {
  const { network, sessions, formToken } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-4">
      <p>
        <AppLink to={`/netwerken/${network.slug}`} className="text-brand-700 underline">
          Terug naar {network.title}
        </AppLink>
      </p>
      <h1 className="text-3xl font-bold">Materiaal toevoegen</h1>
      <MaterialForm
        values={actionData?.values ?? {}}
        errors={actionData?.errors ?? {}}
        sessions={sessions}
        submitLabel="Materiaal delen"
        formToken={formToken}
      />
    </div>
  );
}
