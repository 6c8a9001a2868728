import { HONEYPOT_FIELD } from "~/http/honeypot";

/** Not shown and not announced; only bots that fill every field fall for it. */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="hidden">
      <label>
        Laat dit veld leeg
        <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}
