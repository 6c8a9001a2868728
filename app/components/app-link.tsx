import { useLocation, useNavigate } from "react-router";
import { useEffect, type AnchorHTMLAttributes } from "react";
import { inAppPath, isActivePath } from "./in-app-navigation";

/** A page of the app: an absolute path, or a new query on the current page. */
export type AppPath = `/${string}` | `?${string}`;

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href">;

/**
 * A link to a page of the app: a plain anchor that <AppLinkNavigation> turns into a navigation
 * without reloading the page, as Remix's <Link> does. A <Link> resolves its path through a dozen
 * hooks on every server render: about 15 µs a link and 30 µs a <NavLink> against 3 µs for an
 * anchor, on pages with 20 to 30 links (measured for tests/bench). These paths are absolute, so
 * there is nothing to resolve; a relative path means something else to the browser than to the
 * router, hence the type (relative links stay Remix <Link>s). Works without JavaScript and inside
 * HTML rendered once (app/http/static-html.server.ts).
 */
export function AppLink({ to, children, ...props }: AnchorProps & { to: AppPath }) {
  return (
    <a href={to} data-app-link="" {...props}>
      {children}
    </a>
  );
}

/** An <AppLink> that marks the current page (aria-current), like <NavLink>. */
export function AppNavLink({
  to,
  end,
  className,
  ...props
}: Omit<AnchorProps, "className"> & {
  to: `/${string}`;
  end?: boolean;
  className?: string | ((state: { isActive: boolean }) => string);
}) {
  const isActive = isActivePath(useLocation().pathname, to, end);
  return (
    <AppLink
      to={to}
      aria-current={isActive ? "page" : undefined}
      className={typeof className === "function" ? className({ isActive }) : className}
      {...props}
    />
  );
}

/** Navigates inside the app on a plain click on any <AppLink> (one listener for the document). */
export function AppLinkNavigation() {
  const navigate = useNavigate();
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const anchor = event.target instanceof Element ? event.target.closest("a[data-app-link]") : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const path = inAppPath(
        event,
        { href: anchor.href, target: anchor.target, download: anchor.hasAttribute("download") },
        window.location.origin,
      );
      if (path === null) return;
      event.preventDefault();
      const current = window.location.pathname + window.location.search + window.location.hash;
      // Following a link to the page you are on replaces the history entry, as with <Link>.
      navigate(path, { replace: path === current });
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [navigate]);
  return null;
}
