import type { QuestionKind } from "#db/schema/surveys";
import { OTHER_ROLE } from "./instrument";

export const OPEN_ANSWER_MAX = 2000;

export interface QuestionForAnswering {
  id: number;
  kind: QuestionKind;
  required: boolean;
  options: string[] | null;
}

export interface ParsedAnswer {
  questionId: number;
  value: number | null;
  text: string | null;
}

export type ParsedResponse =
  | { ok: true; role: string; roleOther: string | null; answers: ParsedAnswer[] }
  | { ok: false; errors: Record<string, string> };

export const fieldName = (questionId: number) => `q${questionId}`;

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Validates a submitted survey form against its questions; errors are keyed by field name. */
export function parseAnswers(
  questions: QuestionForAnswering[],
  form: Record<string, string | string[]>,
): ParsedResponse {
  const errors: Record<string, string> = {};
  const answers: ParsedAnswer[] = [];
  let role = "";
  let roleOther: string | null = null;
  for (const question of questions) {
    const name = fieldName(question.id);
    const raw = list(form[name])
      .map((v) => v.trim())
      .filter(Boolean);
    const options = question.options ?? [];
    switch (question.kind) {
      case "role": {
        if (raw.length !== 1 || !options.includes(raw[0])) {
          errors[name] = "Kies je rol.";
          break;
        }
        role = raw[0];
        if (role === OTHER_ROLE) {
          roleOther = list(form[`${name}-andere`])[0]?.trim() || null;
          if (!roleOther) errors[`${name}-andere`] = "Beschrijf je rol.";
          else if (roleOther.length > 100)
            errors[`${name}-andere`] = "Beschrijf je rol in hoogstens 100 tekens.";
        }
        break;
      }
      case "likert":
      case "stage":
      case "single": {
        const max = question.kind === "single" ? options.length - 1 : 5;
        const min = question.kind === "single" ? 0 : 1;
        if (raw.length === 0) {
          if (question.required) errors[name] = "Kies een antwoord.";
          break;
        }
        const value = Number(raw[0]);
        if (raw.length > 1 || !Number.isInteger(value) || value < min || value > max) {
          errors[name] = "Kies een van de mogelijke antwoorden.";
          break;
        }
        answers.push({ questionId: question.id, value, text: null });
        break;
      }
      case "multiple": {
        const picked = raw.map(Number);
        if (
          picked.some((v) => !Number.isInteger(v) || v < 0 || v >= options.length) ||
          new Set(picked).size !== picked.length
        ) {
          errors[name] = "Kies een van de mogelijke antwoorden.";
          break;
        }
        if (picked.length === 0) {
          if (question.required) errors[name] = "Kies minstens één antwoord.";
          break;
        }
        answers.push({
          questionId: question.id,
          value: null,
          text: JSON.stringify(picked.sort((a, b) => a - b)),
        });
        break;
      }
      case "open": {
        if (raw.length === 0) {
          if (question.required) errors[name] = "Vul dit in.";
          break;
        }
        if (raw[0].length > OPEN_ANSWER_MAX) {
          errors[name] = `Je antwoord mag hoogstens ${OPEN_ANSWER_MAX} tekens lang zijn.`;
          break;
        }
        answers.push({ questionId: question.id, value: null, text: raw[0] });
        break;
      }
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, role, roleOther, answers };
}
