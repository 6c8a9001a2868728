import type { MailAttachment } from "#db/schema/mail";

export interface MailContent {
  subject: string;
  bodyText: string;
  attachments?: MailAttachment[];
  /** Carries a link that grants access to the account. */
  sensitive: boolean;
}

const SIGNATURE = "\n\nMet vriendelijke groeten,\nHet LEERKR@CHT.NET-team";

export function verifyEmailMail(name: string, link: string): MailContent {
  return {
    subject: "Bevestig je e-mailadres voor LEERKR@CHT.NET",
    bodyText: `Dag ${name},\n\nWelkom op het LEERKR@CHT.NET-portaal. Bevestig je e-mailadres via deze link:\n\n${link}\n\nDe link blijft 24 uur geldig. Heb je geen account aangemaakt? Dan mag je deze e-mail negeren.${SIGNATURE}`,
    sensitive: true,
  };
}

export function accountExistsMail(name: string, loginLink: string, resetLink: string): MailContent {
  return {
    subject: "Je hebt al een account op LEERKR@CHT.NET",
    bodyText: `Dag ${name},\n\nIemand probeerde een nieuw account aan te maken met dit e-mailadres, maar je hebt al een account.\n\nAanmelden: ${loginLink}\nWachtwoord vergeten? ${resetLink}\n\nWas jij dit niet? Dan hoef je niets te doen.${SIGNATURE}`,
    sensitive: false,
  };
}

export function passwordResetMail(name: string, link: string): MailContent {
  return {
    subject: "Je wachtwoord herstellen op LEERKR@CHT.NET",
    bodyText: `Dag ${name},\n\nJe vroeg om je wachtwoord te herstellen. Kies een nieuw wachtwoord via deze link:\n\n${link}\n\nDe link werkt één keer en blijft één uur geldig. Vroeg je dit niet aan? Dan mag je deze e-mail negeren: je wachtwoord blijft ongewijzigd.${SIGNATURE}`,
    sensitive: true,
  };
}

export function passwordChangedMail(name: string): MailContent {
  return {
    subject: "Je wachtwoord op LEERKR@CHT.NET werd gewijzigd",
    bodyText: `Dag ${name},\n\nHet wachtwoord van je account werd zonet gewijzigd en je werd op alle andere toestellen afgemeld.\n\nDeed jij dit niet? Herstel dan meteen je wachtwoord via "Wachtwoord vergeten" op de aanmeldpagina.${SIGNATURE}`,
    sensitive: false,
  };
}
