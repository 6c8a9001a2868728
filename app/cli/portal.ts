// Operator commands: `npm run portal -- <command> [options]`. Uses DATABASE_PATH like the server
// and applies pending migrations first, so a production install can be prepared without demo data.
import { parseArgs } from "node:util";
// These two open no database, so they may load before a restore.
import { databasePathFromEnv } from "#db/path";
import { existingPseudonymKey, PseudonymKeyError, strayLegacyKeyWarning } from "~/surveys/pseudonym-key";

const USAGE = `Usage: npm run portal -- <command> [options]

Commands:
  create-user --email <e-mail> --name <name> --role <participant|facilitator|admin>
              [--password <password>]   (without it a strong password is generated and printed)
  set-role <e-mail> <participant|facilitator|admin>
  import-responses --network <slug> --file <file.csv|file.xlsx> [--participants N]
              historic effect-survey answers in the template's columns (see README)
  report --network <slug> [--format json|csv|xlsx]
              the network report on standard output
  backup <file>    a consistent copy of the database while the server runs
  restore <file> [--skip-key-check]
              replace the database with a checked backup; refuses while the database is open
              (stop the server first) and when the survey pseudonym key (SURVEY_PSEUDONYM_KEY_FILE
              or SURVEY_PSEUDONYM_KEY; never in the backup) is missing or does not fit the backup:
              restore the key first
  check-backups <folder> [--max-age-hours 26]
              exit status 1 unless the newest *.db there is recent and intact (for monitoring)
  import-institutions --file <institutions.csv|institutions.xlsx>
              columns name,kind,level,city,region,group_kind,group_name (see README)
  import-networks --file <networks.csv|networks.xlsx>
              columns slug,title,goals,od_code,school_year,level,facilitator_email,capacity
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help") {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (command === "restore") {
    // Nothing may open the database before it is replaced, so every import below is lazy.
    const { restoreDatabase } = await import("./backup");
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { "skip-key-check": { type: "boolean" } },
    });
    const source = positionals[0] ?? "";
    const target = databasePathFromEnv();
    const result = await restoreDatabase(source, target, { skipKeyCheck: values["skip-key-check"] });
    if (!result.ok) return report(result);
    await prepareForOperatorCommand();
    return report({ ok: true, message: `Restored ${source} into ${target} and applied pending migrations.` });
  }
  if (command === "check-backups") {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { "max-age-hours": { type: "string" } },
    });
    const { checkLatestBackup } = await import("./backup");
    return report(checkLatestBackup(positionals[0] ?? "", Number(values["max-age-hours"] ?? 26)));
  }
  await prepareForOperatorCommand();
  const {
    createUserCommand,
    importInstitutionsCommand,
    importNetworksCommand,
    importResponsesCommand,
    reportCommand,
    setRoleCommand,
  } = await import("./commands");
  switch (command) {
    case "create-user": {
      const { values } = parseArgs({
        args: rest,
        options: {
          email: { type: "string" },
          name: { type: "string" },
          role: { type: "string" },
          password: { type: "string" },
        },
      });
      return report(await createUserCommand(values));
    }
    case "set-role": {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true });
      return report(setRoleCommand(positionals[0], positionals[1]));
    }
    case "import-responses": {
      const { values } = parseArgs({
        args: rest,
        options: { network: { type: "string" }, file: { type: "string" }, participants: { type: "string" } },
      });
      // Imported respondent codes are pseudonymised with the server's key; the CLI never makes
      // one, since it may run without SEED_DEMO=0 against a real database.
      existingPseudonymKey(databasePathFromEnv());
      return report(importResponsesCommand(values));
    }
    case "backup": {
      const { backupDatabase } = await import("./backup");
      const { db } = await import("#db/client.server");
      const result = await backupDatabase(db, rest[0] ?? "");
      if (!result.ok) return report(result);
      // The backup never holds the key; a key file an older version left beside the database travels with copies of the folder.
      const warning = strayLegacyKeyWarning(databasePathFromEnv());
      return report({ ok: true, message: `Backup written to ${rest[0]}.${warning ? `\n${warning}` : ""}` });
    }
    case "import-institutions": {
      const { values } = parseArgs({ args: rest, options: { file: { type: "string" } } });
      return report(importInstitutionsCommand(values));
    }
    case "import-networks": {
      const { values } = parseArgs({ args: rest, options: { file: { type: "string" } } });
      return report(importNetworksCommand(values));
    }
    case "report": {
      const { values } = parseArgs({
        args: rest,
        options: { network: { type: "string" }, format: { type: "string" } },
      });
      const result = reportCommand(values);
      if (!result.ok) return report(result);
      process.stdout.write(result.output);
      return 0;
    }
    default:
      console.error(`Unknown command: ${command}\n\n${USAGE}`);
      return 1;
  }
}

/**
 * Migrations and reference data, never demo data (a restored or production database stays as it
 * is, also when empty). The key is checked by the commands that use it, so a production install
 * can create its first admin before its key is in place.
 */
async function prepareForOperatorCommand(): Promise<void> {
  const { prepareDatabase } = await import("~/seed/bootstrap.server");
  await prepareDatabase({ log: false, seedDemo: false, requirePseudonymKey: false });
}

/** A missing or misplaced key is the operator's to fix: its message, exit status 1, no stack trace. */
async function runReportingKeyProblems(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (error) {
    if (error instanceof PseudonymKeyError) return report({ ok: false, message: error.message });
    throw error;
  }
}

function report(result: { ok: boolean; message: string }): number {
  (result.ok ? console.log : console.error)(result.message);
  return result.ok ? 0 : 1;
}

process.exitCode = await runReportingKeyProblems(process.argv.slice(2));
