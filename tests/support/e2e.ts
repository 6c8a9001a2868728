import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";

export const DEMO_PASSWORD = "Leerkracht-Demo-2026";
// E2E_DATABASE lets two suites run side by side (each with its own E2E_PORT).
export const E2E_DATABASE = process.env.E2E_DATABASE ?? "tests/.data/e2e.db";

/** Zero axe violations (WCAG 2.1 A and AA) on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByRole("button", { name: "Afmelden" })).toBeVisible();
}

export async function logOut(page: Page) {
  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page.getByRole("link", { name: "Aanmelden" }).first()).toBeVisible();
}

/** The link in the newest mail to this address (the outbox stands in for the mailbox). */
export function linkFromLatestMail(address: string, path: string): string {
  const db = new Database(E2E_DATABASE, { readonly: true });
  try {
    const bodies = db
      .prepare("select body_text from mail_outbox where to_address = ? order by id desc")
      .pluck()
      .all(address) as string[];
    for (const body of bodies) {
      const match = new RegExp(`https?://[^\\s]+${path}\\?token=[A-Za-z0-9_-]+`).exec(body);
      if (match) return new URL(match[0]).pathname + new URL(match[0]).search;
    }
  } finally {
    db.close();
  }
  throw new Error(`no mail to ${address} with a ${path} link`);
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@school.test`;
}
