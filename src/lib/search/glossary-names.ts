/**
 * The names of each glossary term (content/glossary.yaml), the part of the glossary search needs:
 * the build writes them beside the index so the browser can expand aliases both ways.
 */
import { parse } from 'yaml';
import type { GlossaryNames } from './lexicon.ts';

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Reads the names out of glossary YAML; throws naming the file, the entry and the field when one is malformed. */
export function parseGlossaryNames(text: string, file: string): GlossaryNames[] {
  const data: unknown = parse(text);
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of terms (- id: …), found ${typeof data}.`);
  return data.map((entry: unknown, index) => {
    const record = (entry ?? {}) as Record<string, unknown>;
    const { ko, en, aliases = [] } = record;
    if (typeof ko !== 'string' || typeof en !== 'string' || !isStringList(aliases)) {
      throw new Error(
        `${file}: term ${index + 1} (${String(record['id'])}) needs "ko" and "en" strings and "aliases" as a list of strings; ` +
          `found ko=${JSON.stringify(ko)}, en=${JSON.stringify(en)}, aliases=${JSON.stringify(aliases)}.`,
      );
    }
    return { ko, en, aliases };
  });
}
