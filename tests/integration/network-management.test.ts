import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { networkGoals, networks, registrations, users } from "#db/schema";
import { toCsv } from "~/exports/spreadsheet";
import { canManage } from "~/networks/access.server";
import { catalogueResultsHtml } from "~/views/catalogue-html.server";
import { parseCatalogueFilters, searchCatalogue } from "~/networks/catalogue.server";
import { changeNetworkStatus } from "~/networks/manage.server";
import { createNetwork, getNetworkDetails, setFacilitators, updateNetwork } from "~/networks/networks.server";
import { networkPageFor } from "~/networks/network-page.server";
import { saveOperationalGoal } from "~/networks/operational-goals.server";
import type { NetworkInput } from "~/networks/validation";
import { participantRows } from "~/registrations/export.server";
import { createSurvey } from "~/surveys/surveys.server";
import { enrol } from "~/registrations/registrations.server";
import { mailsTo } from "#tests/support/mail";
import { createOperationalGoal, createPublishedNetwork, createUser } from "#tests/support/factories";

function input(overrides: Partial<NetworkInput> = {}): NetworkInput {
  return {
    title: "Lerend netwerk ‘lezen met begrip’",
    descriptionMarkdown: "Samen lezen.",
    theme: "Taal en lezen",
    networkType: "lerend netwerk met inhoudelijke focus",
    levels: ["basisonderwijs"],
    audiences: ["leraar"],
    region: "Oost-Vlaanderen",
    firstSchoolYear: 2026,
    lastSchoolYear: 2026,
    capacity: 20,
    registrationDeadline: new Date(Date.now() + 86_400_000),
    allowSessionRegistration: false,
    allowMemberMaterials: false,
    operationalGoalId: createOperationalGoal().id,
    goals: ["begrijpend lezen", "leesmotivatie"],
    intakeQuestions: [],
    ...overrides,
  };
}

describe("creating and editing networks", () => {
  it("check 42: the capacity never drops below the seats taken; more seats go to the waitlist at once, first come first served", () => {
    const { network } = createPublishedNetwork(createUser("facilitator").id, { capacity: 3 });
    const people = Array.from({ length: 6 }, () => createUser());
    for (const person of people)
      enrol({ userId: person.id, networkId: network.id, sessionId: null, answers: {} });
    const statusOf = () =>
      people.map(
        (p) =>
          db
            .select({ status: registrations.status })
            .from(registrations)
            .where(eq(registrations.userId, p.id))
            .get()!.status,
      );
    expect(statusOf()).toEqual([
      "registered",
      "registered",
      "registered",
      "waitlisted",
      "waitlisted",
      "waitlisted",
    ]);
    const edit = (capacity: number) =>
      updateNetwork(
        network.id,
        input({
          title: network.title,
          capacity,
          goals: ["getalbegrip"],
          operationalGoalId: network.operationalGoalId!,
        }),
      );
    const mailCounts = () => people.slice(3).map((p) => mailsTo(p.email).length);
    const before = mailCounts();
    expect(edit(2)).toEqual({
      ok: false,
      field: "capacity",
      error: "Er zijn al 3 plaatsen ingenomen; het aantal plaatsen kan niet lager.",
    });
    expect(
      db.select({ capacity: networks.capacity }).from(networks).where(eq(networks.id, network.id)).get()!
        .capacity,
    ).toBe(3);
    expect(edit(5)).toMatchObject({ ok: true });
    expect(statusOf()).toEqual([
      "registered",
      "registered",
      "registered",
      "offered",
      "offered",
      "waitlisted",
    ]);
    // The two people offered a seat are told once each; the third keeps waiting.
    expect(mailCounts()).toEqual([before[0] + 1, before[1] + 1, before[2]]);
  });

  it("creates a concept run by its creator with a unique slug", () => {
    const facilitator = createUser("facilitator");
    const first = createNetwork(input(), facilitator.id);
    const second = createNetwork(input(), facilitator.id);
    expect(first.slug).toBe("lerend-netwerk-lezen-met-begrip");
    expect(second.slug).toBe("lerend-netwerk-lezen-met-begrip-2");
    const network = db.select().from(networks).where(eq(networks.slug, first.slug)).get()!;
    expect(network.status).toBe("concept");
    expect(canManage({ id: facilitator.id, role: "facilitator", email: "", name: "" }, network.id)).toBe(
      true,
    );
    const other = createUser("facilitator");
    expect(canManage({ id: other.id, role: "facilitator", email: "", name: "" }, network.id)).toBe(false);
    expect(canManage({ id: other.id, role: "admin", email: "", name: "" }, network.id)).toBe(true);
    expect(canManage({ id: other.id, role: "participant", email: "", name: "" }, network.id)).toBe(false);
  });

  it("keeps goal ids stable when goals are edited (the surveys refer to them)", () => {
    const facilitator = createUser("facilitator");
    const { slug } = createNetwork(input(), facilitator.id);
    const id = db.select().from(networks).where(eq(networks.slug, slug)).get()!.id;
    const before = db.select().from(networkGoals).where(eq(networkGoals.networkId, id)).all();
    updateNetwork(id, input({ goals: ["begrijpend lezen (aangepast)", "leesmotivatie", "hardop denken"] }));
    const after = getNetworkDetails(id)!.goals;
    expect(after.map((g) => g.text)).toEqual([
      "begrijpend lezen (aangepast)",
      "leesmotivatie",
      "hardop denken",
    ]);
    expect(after.slice(0, 2).map((g) => g.id)).toEqual(before.map((g) => g.id));
  });

  it("refuses to remove a goal that an effect survey asks about", () => {
    const facilitator = createUser("facilitator");
    const { slug } = createNetwork(input(), facilitator.id);
    const id = db.select().from(networks).where(eq(networks.slug, slug)).get()!.id;
    expect(createSurvey(id, "voormeting-basis").ok).toBe(true);
    expect(updateNetwork(id, input({ goals: ["begrijpend lezen"] }))).toEqual({
      ok: false,
      field: "goals",
      error: "Een meting vraagt naar het doel “leesmotivatie”: dat doel kan je niet meer verwijderen.",
    });
    expect(
      updateNetwork(id, input({ goals: ["begrijpend lezen", "leesplezier", "voorlezen"] })),
    ).toMatchObject({ ok: true });
  });

  it("admins assign facilitators; a network keeps at least one, and only facilitators or admins qualify", () => {
    const { network } = createPublishedNetwork(createUser("facilitator").id);
    const duo = createUser("facilitator");
    expect(setFacilitators(network.id, [])).toBe(false);
    expect(setFacilitators(network.id, [createUser("participant").id])).toBe(false);
    expect(setFacilitators(network.id, [duo.id])).toBe(true);
    expect(getNetworkDetails(network.id)!.facilitators.map((f) => f.id)).toEqual([duo.id]);
  });

  it("cancelling a network notifies everyone registered or waiting", () => {
    const { network } = createPublishedNetwork(createUser("facilitator").id, { capacity: 1 });
    const [seated, waiting] = [createUser(), createUser()];
    enrol({ userId: seated.id, networkId: network.id, sessionId: null, answers: {} });
    enrol({ userId: waiting.id, networkId: network.id, sessionId: null, answers: {} });
    expect(changeNetworkStatus(network.id, "annuleren")).toBe(true);
    expect(mailsTo(seated.email)[0].subject).toBe(`Netwerk geannuleerd: ${network.title}`);
    expect(mailsTo(waiting.email)[0].subject).toBe(`Netwerk geannuleerd: ${network.title}`);
    expect(changeNetworkStatus(network.id, "publiceren")).toBe(false);
  });
});

describe("catalogue", () => {
  it("shows published networks only, filters and searches", () => {
    const facilitator = createUser("facilitator");
    createPublishedNetwork(facilitator.id, {
      title: "Netwerk getallen",
      theme: "Wiskunde en STEM",
      region: "Limburg",
      capacity: 1,
    });
    createPublishedNetwork(facilitator.id, {
      title: "Kunstkuur: delend netwerk",
      theme: "Kunstonderwijs",
      levels: ["deeltijds kunstonderwijs"],
    });
    createNetwork(input({ title: "Nog een concept" }), facilitator.id);
    const all = searchCatalogue(parseCatalogueFilters(new URLSearchParams()));
    expect(all.networks.map((n) => n.title)).not.toContain("Nog een concept");
    const titles = (query: string) =>
      searchCatalogue(parseCatalogueFilters(new URLSearchParams(query))).networks.map((n) => n.title);
    expect(titles("q=GETALLEN")).toEqual(["Netwerk getallen"]);
    expect(titles("niveau=deeltijds+kunstonderwijs")).toEqual(["Kunstkuur: delend netwerk"]);
    expect(titles("regio=Limburg&thema=Wiskunde+en+STEM")).toEqual(["Netwerk getallen"]);
    expect(titles("q=%25")).toEqual([]);
    const getallen = all.networks.find((n) => n.title === "Netwerk getallen")!;
    enrol({ userId: createUser().id, networkId: getallen.id, sessionId: null, answers: {} });
    expect(titles("vrij=1")).not.toContain("Netwerk getallen");
    expect(titles("niveau=onzin&pagina=-4")).toContain("Netwerk getallen");
  });

  it("keeps each filter set's page of results as HTML until the next commit, escaped", () => {
    const facilitator = createUser("facilitator");
    const { network } = createPublishedNetwork(facilitator.id, {
      title: "Breuken <b>vet</b> & co",
      theme: "Wiskunde en STEM",
      region: "Limburg",
      capacity: 3,
    });
    const page = (query: string) => catalogueResultsHtml(parseCatalogueFilters(new URLSearchParams(query)));
    const first = page("q=breuken");
    expect(first).toContain("Breuken &lt;b&gt;vet&lt;/b&gt; &amp; co");
    expect(first).toContain(`href="/netwerken/${network.slug}"`);
    expect(first).toContain("3 van 3 vrij");
    expect(page("q=breuken")).toBe(first);
    expect(page("q=iets+anders")).not.toContain("Breuken");
    enrol({ userId: createUser().id, networkId: network.id, sessionId: null, answers: {} });
    expect(page("q=breuken")).toContain("2 van 3 vrij");
  });
});

describe("participant export", () => {
  it("lists participants with institution, function and attendance, and neutralises formulas", () => {
    const { network } = createPublishedNetwork(createUser("facilitator").id);
    const teacher = createUser();
    db.update(users).set({ name: '=HYPERLINK("http://evil")' }).where(eq(users.id, teacher.id)).run();
    enrol({ userId: teacher.id, networkId: network.id, sessionId: null, answers: {} });
    const rows = participantRows(network.id);
    expect(rows[0].slice(0, 5)).toEqual(["Naam", "E-mailadres", "Instelling", "Functie", "Status"]);
    expect(rows[1][4]).toBe("ingeschreven");
    const csv = toCsv(rows);
    expect(csv).toContain("'=HYPERLINK");
    expect(db.select().from(registrations).where(eq(registrations.networkId, network.id)).all()).toHaveLength(
      1,
    );
  });
});

describe("operational goals", () => {
  it("are saved with their targets; a code is unique per plan period", () => {
    const id = saveOperationalGoal(null, {
      code: "NO 9.9",
      wording: "Een nieuwe doelstelling voor de test.",
      coreTaskOrImpulse: "BI2",
      planPeriod: "2025-2030",
      "target:basisonderwijs": 400,
      "target:clb": 3,
    } as never);
    expect(id).not.toBeNull();
    expect(
      saveOperationalGoal(null, {
        code: "NO 9.9",
        wording: "Dubbel.",
        coreTaskOrImpulse: "BI2",
        planPeriod: "2025-2030",
      } as never),
    ).toBeNull();
    expect(
      saveOperationalGoal(id, {
        code: "NO 9.9",
        wording: "Aangepast maar dezelfde code.",
        coreTaskOrImpulse: "BI2",
        planPeriod: "2025-2030",
        "target:basisonderwijs": 300,
      } as never),
    ).toBe(id);
  });
});

describe("the network page for one viewer", () => {
  const asAuth = (u: {
    id: string;
    email: string;
    name: string;
    role: "participant" | "facilitator" | "admin";
  }) => ({ id: u.id, email: u.email, name: u.name, role: u.role });

  it("exists for the people who run a concept network only; enrolling follows the enrolment rule, per session too", () => {
    const facilitator = createUser("facilitator");
    const { network, sessions } = createPublishedNetwork(facilitator.id, { capacity: 5 });
    const teacher = asAuth(createUser());
    const page = networkPageFor(teacher, network.slug)!;
    expect(page.canEnrol).toBe(true);
    // This network takes whole-network enrolments only.
    expect(page.network.sessions.map((s) => s.enrollable)).toEqual(sessions.map(() => false));
    db.update(networks).set({ allowSessionRegistration: true }).where(eq(networks.id, network.id)).run();
    expect(networkPageFor(teacher, network.slug)!.network.sessions.map((s) => s.enrollable)).toEqual(
      sessions.map(() => true),
    );
    const afterDeadline = new Date(network.registrationDeadline.getTime() + 1);
    const late = networkPageFor(teacher, network.slug, afterDeadline)!;
    expect([late.canEnrol, ...late.network.sessions.map((s) => s.enrollable)]).toEqual([
      false,
      ...sessions.map(() => false),
    ]);

    db.update(networks).set({ status: "concept" }).where(eq(networks.id, network.id)).run();
    expect(networkPageFor(teacher, network.slug)).toBeNull();
    expect(networkPageFor(null, network.slug)).toBeNull();
    expect(networkPageFor(asAuth(facilitator), network.slug)).toMatchObject({
      manager: true,
      canEnrol: false,
    });
    expect(networkPageFor(teacher, "bestaat-niet")).toBeNull();
  });
});
