import { type LoaderFunctionArgs, type MetaFunction, useLoaderData } from "react-router";
import { StaticHtml } from "~/components/static-html";
import { staticHtmlData } from "~/http/static-html.server";
import { requireNetworkReportHtml } from "~/views/report-html.server";

export const meta: MetaFunction = () => [{ title: "Rapport – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  return { report: staticHtmlData(args.context, "rapport", await requireNetworkReportHtml(args)) };
}

export default function NetworkReportPage() {
  return <StaticHtml data={useLoaderData<typeof loader>().report} />;
}
