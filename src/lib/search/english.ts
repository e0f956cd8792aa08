/**
 * The dictionary forms an inflected English word may stand for (`containers` → `container`,
 * `stopped` → `stop`, `using` → `use`), so a query in English finds the vocabulary's group of its
 * word. Candidates only: the lexicon keeps the one it knows.
 */

/** `stopp` → `stop`: the consonant English doubles before -ed and -ing. */
function undoubled(stem: string): string | undefined {
  return /([bdglmnprt])\1$/u.test(stem) ? stem.slice(0, -1) : undefined;
}

/** Forms of a Latin word without its plural, past or -ing ending, most likely first; none for others. */
export function englishBases(word: string): string[] {
  if (!/^[a-z]{4,}$/u.test(word)) return [];
  const forms: (string | undefined)[] = [];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -1), word.slice(0, -2));
  else if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  for (const ending of ['ed', 'ing']) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    forms.push(stem, `${stem}e`, undoubled(stem));
  }
  return [...new Set(forms)].filter((form): form is string => form !== undefined && form.length >= 2);
}
