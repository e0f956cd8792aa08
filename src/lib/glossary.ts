/** The course glossary as the pages use it: lookup by id with a clear error, reading order, anchors. */

export interface GlossaryTerm {
  id: string;
  ko: string;
  en: string;
  aliases: string[];
  definition: string;
}

/** The site path of a term's entry on the glossary page (its anchor is the term id). */
export function termPath(id: string): string {
  return `/glossary/#${id}`;
}

/** Finds the term `id`, or throws naming the unknown id and the ids that exist. */
export function findTerm(terms: readonly GlossaryTerm[], id: unknown): GlossaryTerm {
  const term = terms.find((candidate) => candidate.id === id);
  if (term) return term;
  const known = terms.map((candidate) => candidate.id).sort();
  throw new Error(
    `<Term id=${JSON.stringify(id)}>: no such term in content/glossary.yaml. Use one of: ${known.join(', ')}; or add the term to the glossary.`,
  );
}

/** Sorts terms in Korean dictionary order of their Korean name. */
export function glossaryOrder(terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  const collator = new Intl.Collator('ko');
  return [...terms].sort((a, b) => collator.compare(a.ko, b.ko) || a.id.localeCompare(b.id));
}
