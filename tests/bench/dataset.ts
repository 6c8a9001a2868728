import type Database from "better-sqlite3";
import { educationLevels, regions, type institutionKinds } from "#db/schema/institutions";
import { modalities, sessionKinds } from "#db/schema/networks";
import { materialTypes, materialVisibilities } from "#db/schema/materials";
import { demoInstitutions, demoNetworks, type DemoNetwork } from "~/seed/data";
import {
  buildQuestions,
  DEFAULT_ROLE_LABELS,
  DEFAULT_STAGE_LABELS,
  type QuestionSpec,
} from "~/surveys/instrument";
import { seededRandom } from "./random";

/** How big the synthetic support service is. `full` is the five school years. */
export interface Scale {
  institutions: number;
  users: number;
  facilitators: number;
  networks: number;
  sessionsPerNetwork: number;
  /** Registrations over all networks, the three special networks included. */
  registrations: number;
  /** Survey completions over all networks, the large report network included. */
  completions: number;
  /** Respondents per phase of the large report network ("a network with 2,000 answers"). */
  reportNetworkRespondents: number;
  /** People with an auth session for the POST benchmarks: survey answers and enrolments. */
  writeCohort: number;
}

export const SCALES: Record<"full" | "quick", Scale> = {
  full: {
    institutions: 3500,
    users: 60_000,
    facilitators: 200,
    networks: 2000,
    sessionsPerNetwork: 5,
    registrations: 150_000,
    completions: 40_000,
    reportNetworkRespondents: 1000,
    writeCohort: 8000,
  },
  quick: {
    institutions: 350,
    users: 6000,
    facilitators: 30,
    networks: 200,
    sessionsPerNetwork: 5,
    registrations: 15_000,
    completions: 4000,
    reportNetworkRespondents: 1000,
    writeCohort: 2000,
  },
};

export interface QuestionForForm {
  id: number;
  kind: string;
  options: string[] | null;
}

/** What the load generator needs to know about the generated data. */
export interface Fixtures {
  schoolYears: number[];
  currentSchoolYear: number;
  cookies: { teacher: string; facilitator: string; admin: string };
  /** A network of this school year with sessions ahead (the public network page). */
  publicNetworkSlug: string;
  /** A network the teacher is registered in. */
  teacherNetworkSlug: string;
  /** Closed pre and post surveys with `reportNetworkRespondents` answers each. */
  reportNetworkSlug: string;
  /** An open pre survey whose participants are the write cohort. */
  openSurvey: { id: number; questions: QuestionForForm[] };
  /** A network with seats for everyone in the write cohort. */
  enrolNetworkSlug: string;
  /** Auth session ids of people registered in the open survey's network, none answered yet. */
  writeCohort: string[];
  counts: Record<string, number>;
}

const CITIES: ReadonlyArray<readonly [string, (typeof regions)[number]]> = [
  ["Antwerpen", "Antwerpen"],
  ["Mechelen", "Antwerpen"],
  ["Turnhout", "Antwerpen"],
  ["Geel", "Antwerpen"],
  ["Mol", "Antwerpen"],
  ["Lier", "Antwerpen"],
  ["Boom", "Antwerpen"],
  ["Herentals", "Antwerpen"],
  ["Gent", "Oost-Vlaanderen"],
  ["Aalst", "Oost-Vlaanderen"],
  ["Sint-Niklaas", "Oost-Vlaanderen"],
  ["Eeklo", "Oost-Vlaanderen"],
  ["Lokeren", "Oost-Vlaanderen"],
  ["Ninove", "Oost-Vlaanderen"],
  ["Oudenaarde", "Oost-Vlaanderen"],
  ["Dendermonde", "Oost-Vlaanderen"],
  ["Brugge", "West-Vlaanderen"],
  ["Kortrijk", "West-Vlaanderen"],
  ["Oostende", "West-Vlaanderen"],
  ["Roeselare", "West-Vlaanderen"],
  ["Ieper", "West-Vlaanderen"],
  ["Tielt", "West-Vlaanderen"],
  ["Waregem", "West-Vlaanderen"],
  ["Hasselt", "Limburg"],
  ["Genk", "Limburg"],
  ["Sint-Truiden", "Limburg"],
  ["Tongeren", "Limburg"],
  ["Lommel", "Limburg"],
  ["Beringen", "Limburg"],
  ["Maasmechelen", "Limburg"],
  ["Leuven", "Vlaams-Brabant"],
  ["Vilvoorde", "Vlaams-Brabant"],
  ["Halle", "Vlaams-Brabant"],
  ["Tienen", "Vlaams-Brabant"],
  ["Aarschot", "Vlaams-Brabant"],
  ["Diest", "Vlaams-Brabant"],
  ["Zaventem", "Vlaams-Brabant"],
  ["Anderlecht", "Brussels Hoofdstedelijk Gewest"],
  ["Schaarbeek", "Brussels Hoofdstedelijk Gewest"],
  ["Jette", "Brussels Hoofdstedelijk Gewest"],
  ["Molenbeek", "Brussels Hoofdstedelijk Gewest"],
];
const SCHOOL_NAMES = [
  "De Regenboog",
  "Het Leen",
  "De Krekel",
  "Het Klavertje",
  "De Vlieger",
  "Ter Durme",
  "De Wegwijzer",
  "De Zonnebloem",
  "Het Molenhof",
  "De Mandel",
  "Het Anker",
  "De Reie",
  "De Vesten",
  "De Bron",
  "De Linde",
  "Het Kompas",
  "De Toverfluit",
  "De Horizon",
  "Het Prisma",
  "De Sleutel",
  "De Knipoog",
  "Het Spoor",
  "De Appelboom",
  "De Notelaar",
];
const FIRST_NAMES = [
  "Annelies",
  "Bart",
  "Charlotte",
  "Dries",
  "Elke",
  "Femke",
  "Geert",
  "Hilde",
  "Ilse",
  "Jeroen",
  "Katrien",
  "Lars",
  "Marijke",
  "Nico",
  "Olivia",
  "Pieterjan",
  "Roos",
  "Stijn",
  "Tine",
  "Vincent",
  "Wendy",
  "Yannick",
  "Zita",
  "Arne",
  "Bram",
  "Eline",
  "Fien",
  "Hanne",
  "Jonas",
  "Lotte",
  "Maarten",
  "Nele",
  "Ruben",
  "Sofie",
  "Thomas",
  "Ward",
];
const LAST_NAMES = [
  "Aerts",
  "Baert",
  "Cools",
  "De Backer",
  "Desmet",
  "Engelen",
  "Franssen",
  "Geens",
  "Heylen",
  "Janssens",
  "Lambrechts",
  "Martens",
  "Nijs",
  "Op de Beeck",
  "Peeters",
  "Raes",
  "Segers",
  "Thys",
  "Van Hoof",
  "Verbeke",
  "Willems",
  "Wouters",
  "Claes",
  "Goossens",
  "Maes",
  "Jacobs",
  "Mertens",
  "Vermeulen",
  "Dubois",
  "Van Damme",
];
const TEACHER_FUNCTIONS = [
  "leraar",
  "leraar",
  "leraar",
  "leraar",
  "zorgcoördinator",
  "directeur",
  "ICT-coördinator",
  "leerlingbegeleider",
  "beleidsmedewerker",
  "leerondersteuner",
];
const OPEN_ANSWERS = [
  "De concrete voorbeelden uit andere scholen.",
  "Samen materiaal ontwikkelen dat ik meteen kon gebruiken.",
  "De uitwisseling met collega’s van andere scholen.",
  "Meer tijd om het geleerde in de klas uit te proberen.",
  "Ondersteuning van de directie om dit schoolbreed aan te pakken.",
  "De praktische tips voor in de klas.",
  "Een terugkommoment na enkele maanden zou helpen.",
  "Ik wil mijn aanpak van feedback verbeteren.",
];
const MATERIAL_TOPICS = [
  "feedback",
  "differentiatie",
  "begrijpend lezen",
  "rekenvaardigheid",
  "formatief evalueren",
  "klasmanagement",
  "mediawijsheid",
  "leesmotivatie",
  "co-teaching",
  "executieve functies",
  "observatie",
  "kwaliteitszorg",
  "STEM-projecten",
  "NT2",
  "welbevinden",
  "leerlingenbegeleiding",
];

/** Scores around the brief's published figures; pre-knowledge is lower, so pairs show gain. */
const TYPICAL: Record<string, number[]> = {
  tevredenheid: [5, 5, 5, 5, 4, 4, 3],
  bruikbaarheid: [5, 5, 4, 4, 4, 3],
  kennis: [5, 4, 4, 4, 4, 3],
  geleerd: [5, 5, 4, 4, 3],
  ondersteuning: [4, 4, 3, 3, 2],
  praktijktoepassing: [5, 4, 4, 3, 2],
  eigen: [5, 4, 4, 3, 3, 2],
};
const PRE_KNOWLEDGE = [1, 2, 2, 3, 3, 4];

const DAY = 86_400;

/**
 * Fills a migrated, empty database with a whole support service: `scale` people, schools and
 * networks over five school years ending with the current one, with registrations, attendance,
 * closed surveys and their answers, and materials. Deterministic for a seed and a day.
 */
export function generateDataset(
  sqlite: Database.Database,
  scale: Scale,
  options: {
    seed: number;
    today: Date;
    passwordHash: string;
    pseudonymFor: (userId: string, networkId: number) => string;
  },
): Fixtures {
  const random = seededRandom(options.seed);
  const today = Math.floor(
    Date.UTC(options.today.getUTCFullYear(), options.today.getUTCMonth(), options.today.getUTCDate()) / 1000,
  );
  const nowDate = new Date(today * 1000);
  const currentSchoolYear =
    nowDate.getUTCMonth() >= 8 ? nowDate.getUTCFullYear() : nowDate.getUTCFullYear() - 1;
  const schoolYears = Array.from({ length: 5 }, (_, i) => currentSchoolYear - 4 + i);
  const counts: Record<string, number> = {};
  const bump = (key: string, by = 1) => (counts[key] = (counts[key] ?? 0) + by);

  const statement = (sql: string) => sqlite.prepare(sql);
  const insert = {
    institution: statement(
      "insert into institutions (id, name, kind, level, city, region, group_kind, group_name) values (?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    user: statement(
      "insert into users (id, email, name, password_hash, role, institution_id, job_function, email_verified_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    network: statement(
      "insert into networks (id, slug, title, description_markdown, theme, network_type, region, first_school_year, last_school_year, status, capacity, registration_deadline, allow_session_registration, allow_member_materials, operational_goal_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
    ),
    level: statement("insert into network_levels (network_id, level) values (?, ?)"),
    audience: statement("insert into network_audiences (network_id, job_function) values (?, ?)"),
    goal: statement("insert into network_goals (id, network_id, position, text) values (?, ?, ?, ?)"),
    facilitator: statement("insert into network_facilitators (network_id, user_id) values (?, ?)"),
    session: statement(
      "insert into network_sessions (id, network_id, kind, title, starts_at, ends_at, modality, venue_name, venue_address, online_url, revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
    ),
    registration: statement(
      "insert into registrations (id, network_id, session_id, user_id, institution_id, status, queue_key, created_at, updated_at) values (?, ?, null, ?, ?, ?, ?, ?, ?)",
    ),
    attendance: statement(
      "insert into attendance (session_id, user_id, present, method, marked_at) values (?, ?, ?, 'facilitator', ?)",
    ),
    survey: statement(
      "insert into surveys (id, network_id, phase, template, opens_at, closes_at, created_at) values (?, ?, ?, ?, ?, ?, ?)",
    ),
    question: statement(
      "insert into survey_questions (id, survey_id, position, kind, construct, goal_id, text, options, required, fixed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    completion: statement("insert into survey_completions (survey_id, user_id) values (?, ?)"),
    response: statement(
      "insert into survey_responses (id, survey_id, pseudonym, role, role_other, source) values (?, ?, ?, ?, ?, 'portal')",
    ),
    answer: statement(
      "insert into survey_answers (id, response_id, question_id, value, text) values (?, ?, ?, ?, ?)",
    ),
    material: statement(
      "insert into materials (network_id, title, body_markdown, type, tags, links, visibility, author_id, created_at, updated_at) values (?, ?, ?, ?, ?, '[]', ?, ?, ?, ?)",
    ),
    plan: statement(
      "insert or ignore into measurement_plan (network_id, school_year, pre, post) values (?, ?, ?, ?)",
    ),
    authSession: statement(
      "insert into auth_sessions (id, user_id, expires_at, created_at) values (?, ?, ?, ?)",
    ),
  };

  // Institutions: schools of every level, most of them in a scholengemeenschap or -groep.
  const institutionLevels: Array<
    readonly [[(typeof institutionKinds)[number], (typeof educationLevels)[number]], number]
  > = [
    [["basisschool", "basisonderwijs"], 48],
    [["buitengewone basisschool", "basisonderwijs"], 6],
    [["secundaire school", "secundair onderwijs"], 26],
    [["buitengewone secundaire school", "secundair onderwijs"], 4],
    [["academie", "deeltijds kunstonderwijs"], 5],
    [["clb", "clb"], 3],
    [["cvo", "volwassenenonderwijs"], 4],
    [["leersteuncentrum", "leersteun"], 4],
  ];
  const institutionIds: number[] = [];
  const institutionLevel = new Map<number, string>();
  const institutionTemplates = demoInstitutions();
  for (let id = 1; id <= scale.institutions; id++) {
    const [kind, level] = random.weighted(institutionLevels);
    const [city, region] = random.pick(CITIES);
    const template = institutionTemplates[id % institutionTemplates.length];
    const grouped = (level === "basisonderwijs" || level === "secundair onderwijs") && random.chance(0.75);
    const group = grouped
      ? random.chance(0.8)
        ? (["scholengemeenschap", `Scholengemeenschap ${city} ${1 + (id % 4)}`] as const)
        : (["scholengroep", `Scholengroep ${region} ${1 + (id % 3)}`] as const)
      : null;
    const prefix = kind.includes("basis")
      ? "Basisschool"
      : kind.includes("secundaire")
        ? "Atheneum"
        : template.name.split(" ")[0];
    insert.institution.run(
      id,
      `${prefix} ${random.pick(SCHOOL_NAMES)} ${city} ${id}`,
      kind,
      level,
      city,
      region,
      group?.[0] ?? null,
      group?.[1] ?? null,
    );
    institutionIds.push(id);
    institutionLevel.set(id, level);
  }
  counts.institutions = scale.institutions;

  // People: a few beheerders, the begeleiders, and teachers at every institution.
  const createdAt = today - 1000 * DAY;
  const userInstitution = new Map<string, number>();
  const participants: string[] = [];
  const facilitators: string[] = [];
  const admins: string[] = [];
  for (let i = 1; i <= scale.users; i++) {
    const role = i <= 10 ? "admin" : i <= 10 + scale.facilitators ? "facilitator" : "participant";
    const id = `u${i.toString(36).padStart(6, "0")}`;
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const institutionId = role === "participant" ? random.pick(institutionIds) : null;
    const email = `${first}.${last}.${i}@school.test`.toLowerCase().replace(/[^a-z0-9.@]/g, "");
    insert.user.run(
      id,
      email,
      `${first} ${last}`,
      options.passwordHash,
      role,
      institutionId,
      role === "participant" ? random.pick(TEACHER_FUNCTIONS) : "pedagogisch begeleider",
      createdAt,
      createdAt + random.int(0, 900) * DAY,
    );
    (role === "admin" ? admins : role === "facilitator" ? facilitators : participants).push(id);
    if (institutionId) userInstitution.set(id, institutionId);
  }
  counts.users = scale.users;

  const odIds = new Map<string, number>(
    (
      sqlite.prepare("select code, id from operational_goals").all() as Array<{ code: string; id: number }>
    ).map((r) => [r.code, r.id]),
  );

  let networkId = 0;
  let goalId = 0;
  let sessionId = 0;
  let registrationId = 0;
  let surveyId = 0;
  let questionId = 0;

  interface Built {
    id: number;
    slug: string;
    goals: Array<{ id: number; text: string }>;
    sessions: Array<{ id: number; startsAt: number }>;
    registered: string[];
  }

  /** One network with its levels, audiences, goals, facilitators and sessions. */
  function buildNetwork(
    template: DemoNetwork,
    schoolYear: number,
    variant: string,
    overrides: {
      capacity?: number;
      facilitator?: string;
      region?: string | null;
      title?: string;
      sessionsAfter?: number;
    } = {},
  ): Built {
    const id = ++networkId;
    const slug = `${template.slug}-${schoolYear}-${variant}`;
    const region =
      overrides.region !== undefined ? overrides.region : random.chance(0.25) ? null : random.pick(regions);
    const yearStart = Date.UTC(schoolYear, 8, 15) / 1000;
    const firstStart = overrides.sessionsAfter ?? yearStart + random.int(0, 40) * DAY;
    const sessions: Built["sessions"] = [];
    for (let s = 0; s < scale.sessionsPerNetwork; s++) {
      const startsAt = firstStart + s * random.int(35, 50) * DAY + 12 * 3600 + 30 * 60;
      const modality = random.weighted([
        [modalities[0], 6],
        [modalities[1], 3],
        [modalities[2], 1],
      ] as const);
      const [city] = random.pick(CITIES);
      const sid = ++sessionId;
      insert.session.run(
        sid,
        id,
        s === 0 ? "kick-off" : random.pick(sessionKinds.slice(1, 5)),
        null,
        startsAt,
        startsAt + 3 * 3600,
        modality,
        modality === "online" ? null : `Basisschool ${random.pick(SCHOOL_NAMES)}`,
        modality === "online" ? null : `Schoolstraat ${random.int(1, 120)}, ${city}`,
        modality === "fysiek" ? null : `https://meet.example.test/${slug}-${s}`,
      );
      sessions.push({ id: sid, startsAt });
    }
    const closed = sessions[sessions.length - 1].startsAt < today;
    const capacity = overrides.capacity ?? random.int(35, 105);
    const status = closed ? (random.chance(0.02) ? "geannuleerd" : "afgesloten") : "gepubliceerd";
    const odCode = template.odCode;
    insert.network.run(
      id,
      slug,
      overrides.title ?? `${template.title} (${variant})`,
      template.descriptionMarkdown,
      template.theme,
      template.networkType,
      region,
      schoolYear,
      schoolYear,
      status,
      capacity,
      sessions[0].startsAt - 7 * DAY,
      random.chance(0.2) ? 1 : 0,
      odIds.get(odCode) ?? null,
      firstStart - 60 * DAY,
      firstStart - 60 * DAY,
    );
    for (const level of template.levels) insert.level.run(id, level);
    for (const audience of template.audiences) insert.audience.run(id, audience);
    const goals = template.goals.map((text, position) => {
      const gid = ++goalId;
      insert.goal.run(gid, id, position, text);
      return { id: gid, text };
    });
    const runners = overrides.facilitator
      ? [overrides.facilitator]
      : random.sample(facilitators, random.chance(0.3) ? 2 : 1);
    for (const f of runners) insert.facilitator.run(id, f);
    counts.networks = networkId;
    return { id, slug, goals, sessions, registered: [] };
  }

  /** Registrations (seats, then a waitlist for a full network), cancellations, and attendance at past sessions. */
  function register(network: Built, people: string[], capacity: number, createdAt: number) {
    let queue = 0;
    people.forEach((userId, index) => {
      const cancelled = index < capacity && random.chance(0.05);
      const status = cancelled
        ? "cancelled"
        : index < capacity
          ? "registered"
          : network.sessions[0].startsAt > today
            ? "waitlisted"
            : "expired";
      insert.registration.run(
        ++registrationId,
        network.id,
        userId,
        userInstitution.get(userId) ?? null,
        status,
        ++queue,
        createdAt + index * 60,
        createdAt + index * 60,
      );
      bump("registrations");
      if (status === "registered") network.registered.push(userId);
    });
    for (const userId of network.registered) {
      const diligence = random() * 0.3 + 0.7;
      for (const session of network.sessions) {
        if (session.startsAt >= today) continue;
        insert.attendance.run(
          session.id,
          userId,
          random.chance(diligence) ? 1 : 0,
          session.startsAt + 4 * 3600,
        );
        bump("attendance");
      }
    }
  }

  function attendees(network: Built): string[] {
    return (
      sqlite
        .prepare(
          "select distinct a.user_id as id from attendance a join network_sessions s on s.id = a.session_id where s.network_id = ? and a.present = 1",
        )
        .all(network.id) as Array<{ id: string }>
    ).map((r) => r.id);
  }

  /** A survey with the template's questions, answered by `respondents`: completions apart from pseudonymous answers. */
  function survey(
    network: Built,
    phase: "pre" | "post",
    template: "voormeting-basis" | "nameting-basis" | "nameting-uitgebreid",
    window: [number, number],
    respondents: string[],
  ) {
    const sid = ++surveyId;
    insert.survey.run(sid, network.id, phase, template, window[0], window[1], window[0] - 14 * DAY);
    const questions = buildQuestions(template, network.goals, DEFAULT_ROLE_LABELS, DEFAULT_STAGE_LABELS).map(
      (spec: QuestionSpec, position) => {
        const qid = ++questionId;
        insert.question.run(
          qid,
          sid,
          position,
          spec.kind,
          spec.construct,
          spec.goalId,
          spec.text,
          spec.options ? JSON.stringify(spec.options) : null,
          spec.required ? 1 : 0,
          spec.fixed ? 1 : 0,
        );
        return { id: qid, ...spec };
      },
    );
    for (const userId of respondents) {
      insert.completion.run(sid, userId);
      const responseId = random.uuid();
      const other = random.chance(0.03);
      insert.response.run(
        responseId,
        sid,
        options.pseudonymFor(userId, network.id),
        other
          ? "andere"
          : random.weighted([
              ["leraar", 14],
              ["zorgcoördinator of leerlingbegeleider", 3],
              ["directeur", 1],
              ["ICT-coördinator", 1],
              ["leerondersteuner", 1],
            ] as const),
        other ? "stagebegeleider" : null,
      );
      bump("completions");
      for (const q of questions) {
        if (q.kind === "likert" || q.kind === "stage") {
          const pool = phase === "pre" && q.construct === "kennis" ? PRE_KNOWLEDGE : TYPICAL[q.construct];
          if (!q.required && random.chance(0.1)) continue;
          insert.answer.run(random.uuid(), responseId, q.id, random.pick(pool), null);
          bump("answerValues");
        } else if (q.kind === "open" && random.chance(0.3)) {
          insert.answer.run(random.uuid(), responseId, q.id, null, random.pick(OPEN_ANSWERS));
          bump("answerValues");
        }
      }
    }
    return { id: sid, questions };
  }

  const templates = demoNetworks();
  const [facilitator] = facilitators;
  const [admin] = admins;
  const cohortSize = Math.min(scale.writeCohort, Math.floor(participants.length / 3));

  // The large report network: a Flanders-wide online trajectory of last school year.
  const reportYear = currentSchoolYear - 1;
  const reportPeople = random.sample(participants, Math.round(scale.reportNetworkRespondents * 1.1));
  const reportNetwork = buildNetwork(templates[0], reportYear, "vlaanderen", {
    capacity: reportPeople.length,
    facilitator,
    region: null,
    title: `${templates[0].title} – Vlaanderen-brede reeks`,
  });
  register(reportNetwork, reportPeople, reportPeople.length, Date.UTC(reportYear, 7, 20) / 1000);
  const reportAttendees = attendees(reportNetwork);
  const firstSession = reportNetwork.sessions[0].startsAt;
  const lastSession = reportNetwork.sessions[reportNetwork.sessions.length - 1].startsAt;
  survey(
    reportNetwork,
    "pre",
    "voormeting-basis",
    [firstSession - 10 * DAY, firstSession],
    random.sample(reportNetwork.registered, scale.reportNetworkRespondents),
  );
  survey(
    reportNetwork,
    "post",
    "nameting-uitgebreid",
    [lastSession, lastSession + 21 * DAY],
    random.sample(reportAttendees, Math.min(reportAttendees.length, scale.reportNetworkRespondents)),
  );

  // The open-survey network: this school year's webinar series; its participants answer during the benchmark.
  const cohort = random.sample(participants, cohortSize);
  const openNetwork = buildNetwork(templates[1], currentSchoolYear, "webinar", {
    capacity: cohortSize,
    region: null,
    sessionsAfter: today - 20 * DAY,
    title: `${templates[1].title} – webinarreeks`,
  });
  register(openNetwork, cohort, cohortSize, today - 40 * DAY);
  const openSurvey = survey(openNetwork, "pre", "voormeting-basis", [today - 2 * DAY, today + 14 * DAY], []);

  // The enrolment network: seats for everyone who enrols during the benchmark.
  const enrolNetwork = buildNetwork(templates[2], currentSchoolYear, "open-inschrijving", {
    capacity: scale.users,
    region: null,
    sessionsAfter: today + 30 * DAY,
    title: `${templates[2].title} – open inschrijving`,
  });

  // Everyone else: ordinary networks spread over the five school years.
  const ordinary = scale.networks - 3;
  const registrationBudget = scale.registrations - (counts.registrations ?? 0);
  const perNetwork = registrationBudget / ordinary;
  const completionBudget = scale.completions - (counts.completions ?? 0);
  const closedNetworks: Array<{ network: Built; schoolYear: number }> = [];
  for (let i = 0; i < ordinary; i++) {
    const schoolYear = schoolYears[i % schoolYears.length];
    const network = buildNetwork(
      templates[i % templates.length],
      schoolYear,
      String(Math.floor(i / templates.length) + 1),
    );
    const capacity = (
      sqlite.prepare("select capacity from networks where id = ?").get(network.id) as { capacity: number }
    ).capacity;
    const demand = Math.max(5, Math.round(perNetwork * (0.6 + random() * 0.8)));
    register(network, random.sample(participants, demand), capacity, network.sessions[0].startsAt - 50 * DAY);
    if (capacity <= demand && network.sessions[0].startsAt > today)
      sqlite.prepare("update networks set status = 'volzet' where id = ?").run(network.id);
    if (network.sessions[network.sessions.length - 1].startsAt < today)
      closedNetworks.push({ network, schoolYear });
  }

  // Closed surveys with realistic response rates until the completion budget is spent.
  let completionsLeft = completionBudget;
  for (const { network, schoolYear } of random.sample(closedNetworks, closedNetworks.length)) {
    if (completionsLeft <= 0) break;
    const rate = 0.2 + random() * 0.7;
    const first = network.sessions[0].startsAt;
    const last = network.sessions[network.sessions.length - 1].startsAt;
    const before = counts.completions ?? 0;
    if (random.chance(0.6))
      survey(
        network,
        "pre",
        "voormeting-basis",
        [first - 10 * DAY, first],
        random.sample(network.registered, Math.round(network.registered.length * rate)),
      );
    const present = attendees(network);
    survey(
      network,
      "post",
      random.chance(0.4) ? "nameting-uitgebreid" : "nameting-basis",
      [last, last + 21 * DAY],
      random.sample(present, Math.round(present.length * rate)),
    );
    insert.plan.run(network.id, schoolYear, 1, 1);
    completionsLeft -= (counts.completions ?? 0) - before;
  }

  // The teacher whose dashboard is measured: registered in networks of every school year.
  const teacher = participants[participants.length - 1];
  const teacherNetworks = sqlite
    .prepare(
      "select id, slug from networks where id > 3 and id not in (select network_id from registrations where user_id = ?) order by id limit 12",
    )
    .all(teacher) as Array<{ id: number; slug: string }>;
  for (const n of teacherNetworks) {
    insert.registration.run(
      ++registrationId,
      n.id,
      teacher,
      userInstitution.get(teacher) ?? null,
      "registered",
      1_000_000,
      today - 30 * DAY,
      today - 30 * DAY,
    );
    bump("registrations");
  }
  const teacherCurrent = sqlite
    .prepare(
      "select n.slug from networks n join registrations r on r.network_id = n.id and r.user_id = ? where n.first_school_year = ? and n.id > 3 order by n.id limit 1",
    )
    .get(teacher, currentSchoolYear) as { slug: string } | undefined;
  const publicNetwork = sqlite
    .prepare(
      "select slug from networks where first_school_year = ? and status in ('gepubliceerd', 'volzet') and id > 3 order by id limit 1",
    )
    .get(currentSchoolYear) as { slug: string };

  // Materials: two per network on average, searchable through the FTS index.
  for (let id = 1; id <= networkId; id++) {
    for (let m = random.int(0, 4); m > 0; m--) {
      const topic = random.pick(MATERIAL_TOPICS);
      const type = random.pick(materialTypes);
      const body = `## ${topic[0].toUpperCase()}${topic.slice(1)} in de praktijk\n\nEen ${type} over **${topic}**, uitgewerkt in het netwerk. Gebruik het bij het voorbereiden van je lessen.\n\n- Doel: ${topic} doelgericht inzetten\n- Duur: ${random.int(1, 4)} lesuren\n- Tip: bespreek het resultaat met een collega`;
      insert.material.run(
        id,
        `${type[0].toUpperCase()}${type.slice(1)} ${topic} ${id}-${m}`,
        body,
        type,
        JSON.stringify([topic, random.pick(MATERIAL_TOPICS)]),
        random.pick(materialVisibilities),
        random.pick(facilitators),
        today - random.int(10, 1500) * DAY,
        today - random.int(0, 9) * DAY,
      );
      bump("materials");
    }
  }

  // Auth sessions for the people the benchmark acts as (the tests' login fixture does the same).
  const expiresAt = today + 29 * DAY;
  const sessionFor = (userId: string) => {
    const id = random.token(40);
    insert.authSession.run(id, userId, expiresAt, today);
    return id;
  };
  counts.sessions = sessionId;
  counts.surveys = surveyId;
  // Closed surveys with k answers are published, as the portal's schedule would have done
  // (app/surveys/sealing.server.ts): frozen counts, completions gone.
  sqlite.exec(`
    update surveys set sealed_at = closes_at, sealed_guest_places = 0,
      sealed_eligible = case when phase = 'pre'
        then (select count(distinct g.user_id) from registrations g where g.network_id = surveys.network_id and g.status = 'registered')
        else (select count(distinct a.user_id) from attendance a join network_sessions s on s.id = a.session_id where s.network_id = surveys.network_id and a.present = 1) end,
      sealed_eligible_respondents = (select count(*) from survey_completions c where c.survey_id = surveys.id)
    where closes_at <= ${today} and (select count(*) from survey_responses r where r.survey_id = surveys.id) >= 5;
    delete from survey_completions where survey_id in (select id from surveys where sealed_at is not null);
  `);

  return {
    schoolYears,
    currentSchoolYear,
    cookies: { teacher: sessionFor(teacher), facilitator: sessionFor(facilitator), admin: sessionFor(admin) },
    publicNetworkSlug: publicNetwork.slug,
    teacherNetworkSlug: teacherCurrent?.slug ?? teacherNetworks[0].slug,
    reportNetworkSlug: reportNetwork.slug,
    openSurvey: {
      id: openSurvey.id,
      questions: openSurvey.questions.map(({ id, kind, options }) => ({ id, kind, options })),
    },
    enrolNetworkSlug: enrolNetwork.slug,
    // Only people with a seat may answer (5% of the cohort cancelled).
    writeCohort: openNetwork.registered.map(sessionFor),
    counts,
  };
}
