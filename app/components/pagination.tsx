import { useLocation } from "react-router";
import { AppLink, type AppPath } from "~/components/app-link";

/** "Vorige pagina · Pagina 2 van 5 · Volgende pagina", keeping the other query parameters. */
export function Pagination({
  page,
  pages,
  className = "",
}: {
  page: number;
  pages: number;
  className?: string;
}) {
  const { search } = useLocation();
  if (pages <= 1) return null;
  const linkTo = (to: number): AppPath => {
    const params = new URLSearchParams(search);
    params.set("pagina", String(to));
    return `?${params}`;
  };
  return (
    <nav aria-label="Paginering" className={`flex flex-wrap items-center gap-4 ${className}`}>
      {page > 1 ? (
        <AppLink to={linkTo(page - 1)} className="text-brand-700 underline">
          Vorige pagina
        </AppLink>
      ) : null}
      <span>
        Pagina {page} van {pages}
      </span>
      {page < pages ? (
        <AppLink to={linkTo(page + 1)} className="text-brand-700 underline">
          Volgende pagina
        </AppLink>
      ) : null}
    </nav>
  );
}
