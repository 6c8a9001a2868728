import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const inputClass =
  "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
}

interface FrameProps {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: (control: { "aria-invalid"?: true; "aria-describedby"?: string; className: string }) => ReactNode;
}

/** Label, hint, control and error, wired so the hint and error are announced with the control. */
function FieldFrame({ id, label, error, hint, children }: FrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {children({
        "aria-invalid": error ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        className: inputClass,
      })}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

export function Field({ label, name, error, hint, id = `veld-${name}`, ...inputProps }: FieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      {(control) => <input id={id} name={name} {...control} {...inputProps} />}
    </FieldFrame>
  );
}

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  name: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
}

export function SelectField({
  label,
  name,
  error,
  options,
  placeholder,
  id = `veld-${name}`,
  ...selectProps
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error}>
      {(control) => (
        <select id={id} name={name} {...control} {...selectProps}>
          {placeholder ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

function FieldError({ id, error }: { id?: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      {error}
    </p>
  );
}

export function FormMessage({ tone, children }: { tone: "error" | "success" | "info"; children: ReactNode }) {
  const styles = {
    error: "border-red-700 bg-red-50 text-red-900",
    success: "border-green-700 bg-green-50 text-green-900",
    info: "border-brand-700 bg-brand-50 text-brand-900",
  }[tone];
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`mb-4 rounded border-l-4 p-3 ${styles}`}>
      {children}
    </div>
  );
}

export function SubmitButton({ children, disabled }: { children: ReactNode; disabled?: boolean }) {
  return (
    <button
      type="submit"
      disabled={disabled}
      className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
    >
      {children}
    </button>
  );
}

export function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mx-auto max-w-lg rounded-lg bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-bold">{title}</h1>
      {children}
    </section>
  );
}

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  id = `veld-${name}`,
  rows = 4,
  ...props
}: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      {(control) => <textarea id={id} name={name} rows={rows} {...control} {...props} />}
    </FieldFrame>
  );
}

interface CheckboxGroupProps {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  error?: string;
}

/** A fieldset of checkboxes sharing one name; the legend labels the group for screen readers. */
export function CheckboxGroup({ legend, name, options, checked, error }: CheckboxGroupProps) {
  const errorId = error ? `groep-${name}-fout` : undefined;
  return (
    <fieldset className="mb-4" aria-describedby={errorId} aria-invalid={error ? true : undefined}>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              className="h-4 w-4"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}

export function Checkbox({
  label,
  name,
  defaultChecked,
  hint,
}: {
  label: string;
  name: string;
  defaultChecked?: boolean;
  hint?: string;
}) {
  return (
    <div className="mb-4">
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" name={name} defaultChecked={defaultChecked} className="h-4 w-4" />
        {label}
      </label>
      {hint ? <p className="ml-6 text-sm text-slate-700">{hint}</p> : null}
    </div>
  );
}
