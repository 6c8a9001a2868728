import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";

export const meta: MetaFunction = () => [{ title: "Begeleiding – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireRole(args, ["facilitator", "admin"]);
  return { name: user.name };
}

export default function FacilitatorPage() {
  const { name } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="begeleiding" className="rounded-lg bg-white p-6 shadow-sm">
      <h1 id="begeleiding" className="text-2xl font-bold">
        Begeleiding
      </h1>
      <p className="mt-2">Dag {name}. Hier beheer je de lerende netwerken die je begeleidt.</p>
      <p className="mt-4 rounded border-l-4 border-brand-700 bg-brand-50 p-3">Je begeleidt nog geen netwerken.</p>
    </section>
  );
}
