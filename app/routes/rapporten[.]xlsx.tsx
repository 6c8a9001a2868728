import type { LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { toXlsx } from "~/exports/spreadsheet";
import { schoolYearLabel } from "~/networks/time";
import { metaRows } from "~/reports/meta-export";
import { measuredNetworks } from "~/reports/meta.server";

export async function loader(args: LoaderFunctionArgs) {
  await requireRole(args, ["admin"]);
  const parsed = z.coerce
    .number()
    .int()
    .min(2015)
    .max(2040)
    .safeParse(args.url.searchParams.get("schooljaar"));
  if (!parsed.success) throw new Response("Kies een schooljaar.", { status: 400 });
  const year = parsed.data;
  return new Response(
    new Uint8Array(toXlsx("Meta-analyse", metaRows(schoolYearLabel(year), measuredNetworks(year)))),
    {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="meta-analyse-${schoolYearLabel(year)}.xlsx"`,
        "Cache-Control": "private, no-store",
      },
    },
  );
}
