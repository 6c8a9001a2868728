/**
 * Passwords of 12+ characters that appear near the top of public breach lists, plus obvious
 * Dutch and portal-specific ones. Compared case-insensitively; a short list on purpose: the
 * length rule does most of the work (NIST SP 800-63B).
 */
export const COMMON_PASSWORDS = new Set([
  "123456789012", "1234567890123", "12345678901234", "123456789123", "111111111111",
  "000000000000", "123123123123", "987654321098", "qwertyuiop12", "qwertyuiopas",
  "qwerty123456", "qwertyuiop123", "1q2w3e4r5t6y", "1qaz2wsx3edc", "azertyuiop12",
  "azertyuiopqs", "azerty123456", "password1234", "password12345", "passwordpassword",
  "password123!", "passw0rd1234", "iloveyou1234", "letmein12345", "welcome12345",
  "welcome123456", "administrator", "admin1234567", "abcdefghijkl", "abc123abc123",
  "aaaaaaaaaaaa", "changeme1234", "football1234", "baseball1234", "superman1234",
  "sunshine1234", "princess1234", "monkey123456", "dragon123456", "trustno11234",
  "wachtwoord12", "wachtwoord123", "wachtwoord1234", "wachtwoord2024", "wachtwoord2025",
  "wachtwoord2026", "wachtwoordwachtwoord", "welkom123456", "welkom2024!!", "welkom2026!!",
  "leerkracht123", "leerkracht1234", "leerkracht2026", "leerkrachtnet", "leerkracht.net",
  "lerendnetwerk", "onderwijs1234", "onderwijs2026", "schooljaar2026", "basisschool1",
  "basisschool123", "vlaanderen123", "vlaanderen2026", "belgie123456", "antwerpen1234",
  "gent12345678", "brussel12345", "zomer2026!!!", "winter2026!!", "lente2026!!!",
  "herfst2026!!", "januari20261", "qwertz123456", "asdfghjkl123", "zxcvbnm12345",
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
