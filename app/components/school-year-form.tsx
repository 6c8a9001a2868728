import { Form } from "react-router";
import { schoolYearLabel } from "~/networks/time";

/** The "Schooljaar … Tonen" picker of the report pages (a GET form, so it works without JS). */
export function SchoolYearForm({ year, years }: { year: number; years: number[] }) {
  return (
    <Form method="get" className="flex items-end gap-3">
      <div>
        <label htmlFor="schooljaar" className="block font-medium">
          Schooljaar
        </label>
        <select
          id="schooljaar"
          name="schooljaar"
          defaultValue={year}
          className="mt-1 rounded border border-slate-500 px-2 py-1.5"
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {schoolYearLabel(y)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-brand-800">
        Tonen
      </button>
    </Form>
  );
}
