import type { ReactNode } from "react";

/**
 * The box around a wide table: on a narrow screen the box scrolls sideways, not the page, and
 * keyboard users scroll it once it has focus. `relative` keeps absolutely positioned content
 * (screen-reader-only text in a cell) inside the box; without it that text still widened the page.
 */
export function ScrollBox({
  className,
  hidden,
  children,
}: {
  className?: string;
  hidden?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `relative overflow-x-auto ${className}` : "relative overflow-x-auto"}
      // A scrollable region takes focus so that keyboard users can scroll it (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      hidden={hidden}
    >
      {children}
    </div>
  );
}
