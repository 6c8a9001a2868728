/**
 * When a click on an app link is a navigation inside the app (handled by the router without
 * reloading the page) and when a link marks the current page. The same rules as React Router's
 * <Link> and <NavLink>, for plain anchors (see app-link.tsx).
 */

export interface LinkClick {
  button: number;
  metaKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  defaultPrevented: boolean;
}

export interface ClickedAnchor {
  /** The anchor's resolved URL (HTMLAnchorElement.href). */
  href: string;
  target: string;
  download: boolean;
}

/**
 * The path (with query and fragment) to navigate to inside the app, or null when the browser
 * should handle the click itself: another button or a modifier key (new tab or window, download),
 * another target, a download, or another origin.
 */
export function inAppPath(click: LinkClick, anchor: ClickedAnchor, origin: string): string | null {
  if (click.defaultPrevented || click.button !== 0) return null;
  if (click.metaKey || click.altKey || click.ctrlKey || click.shiftKey) return null;
  if ((anchor.target && anchor.target !== "_self") || anchor.download) return null;
  let url: URL;
  try {
    url = new URL(anchor.href);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  return url.pathname + url.search + url.hash;
}

/**
 * Whether a link to `to` marks the page at `pathname` as current: the same path, or (unless
 * `end`) a page below it. Case-insensitive, like NavLink.
 */
export function isActivePath(pathname: string, to: string, end = false): boolean {
  const current = pathname.toLowerCase();
  const target = to.toLowerCase();
  if (current === target) return true;
  if (end || !current.startsWith(target)) return false;
  const slashAt = target !== "/" && target.endsWith("/") ? target.length - 1 : target.length;
  return current.charAt(slashAt) === "/";
}
