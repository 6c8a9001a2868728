import { describe, expect, it } from "vitest";
import { inAppPath, isActivePath, type ClickedAnchor, type LinkClick } from "./in-app-navigation";

const ORIGIN = "https://leerkracht.example";
const plainClick: LinkClick = {
  button: 0,
  metaKey: false,
  altKey: false,
  ctrlKey: false,
  shiftKey: false,
  defaultPrevented: false,
};
const appAnchor: ClickedAnchor = {
  href: `${ORIGIN}/netwerken/rekenen?pagina=2#sessies`,
  target: "",
  download: false,
};

describe("inAppPath", () => {
  it.each<{ name: string; click?: Partial<LinkClick>; anchor?: Partial<ClickedAnchor>; path: string | null }>(
    [
      { name: "a plain click on an app link", path: "/netwerken/rekenen?pagina=2#sessies" },
      { name: "target _self", anchor: { target: "_self" }, path: "/netwerken/rekenen?pagina=2#sessies" },
      { name: "the middle button", click: { button: 1 }, path: null },
      { name: "ctrl-click (new tab)", click: { ctrlKey: true }, path: null },
      { name: "cmd-click (new tab)", click: { metaKey: true }, path: null },
      { name: "shift-click (new window)", click: { shiftKey: true }, path: null },
      { name: "alt-click (download)", click: { altKey: true }, path: null },
      { name: "a click another handler took", click: { defaultPrevented: true }, path: null },
      { name: "another target", anchor: { target: "_blank" }, path: null },
      { name: "a download", anchor: { download: true }, path: null },
      { name: "another origin", anchor: { href: "https://elders.example/netwerken" }, path: null },
      { name: "another port", anchor: { href: "https://leerkracht.example:8443/netwerken" }, path: null },
      { name: "an unreadable href", anchor: { href: "" }, path: null },
    ],
  )("$name → $path", ({ click, anchor, path }) => {
    expect(inAppPath({ ...plainClick, ...click }, { ...appAnchor, ...anchor }, ORIGIN)).toBe(path);
  });
});

describe("isActivePath", () => {
  it.each<{ pathname: string; to: string; end?: boolean; active: boolean }>([
    { pathname: "/", to: "/", end: true, active: true },
    { pathname: "/netwerken", to: "/", end: true, active: false },
    { pathname: "/netwerken", to: "/netwerken", active: true },
    { pathname: "/netwerken/rekenen", to: "/netwerken", active: true },
    { pathname: "/netwerken/rekenen", to: "/netwerken", end: true, active: false },
    { pathname: "/netwerkenlijst", to: "/netwerken", active: false },
    { pathname: "/NETWERKEN/rekenen", to: "/netwerken", active: true },
    { pathname: "/netwerken/", to: "/netwerken/", active: true },
    { pathname: "/netwerken/rekenen", to: "/netwerken/", active: true },
    { pathname: "/mijn-netwerken", to: "/netwerken", active: false },
    { pathname: "/beheer/gebruikers/12", to: "/beheer/gebruikers", active: true },
  ])("$pathname with a link to $to (end: $end) → $active", ({ pathname, to, end, active }) => {
    expect(isActivePath(pathname, to, end)).toBe(active);
  });
});
