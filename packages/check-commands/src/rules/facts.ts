/**
 * Dated facts (data/facts.json): an image's end of life, a command's retirement, a service's new
 * limit, each with the date it became true, what to use instead, its source and when it was last
 * checked. Validated against data/facts.schema.json when loaded, so a bad entry stops every build
 * naming the entry and the field. Imported as JSON modules: bundlers inline them, nothing is read at run time.
 */
import { Ajv, type ErrorObject } from 'ajv';
import data from '../../data/facts.json' with { type: 'json' };
import schema from '../../data/facts.schema.json' with { type: 'json' };

export type FactKind = 'end-of-life' | 'deprecated' | 'change';

export interface Fact {
  id: string;
  kind: FactKind;
  /** What the fact is about: `centos:7`, `docker-compose`, `Docker Hub`. */
  subject: string;
  /** What became true, in English, for whoever maintains the data. */
  statement: string;
  /** The date it became true: `YYYY-MM-DD`, or `YYYY-MM` when sources disagree on the day. */
  since: string;
  /** What to use instead (an image, a command). */
  instead: string;
  source: string;
  /** The date someone last checked the fact against its source (`YYYY-MM-DD`). */
  checked: string;
  /** For end-of-life facts: the image tags it covers; a tag ending in `*` covers `7`, `7.9.2009` and `7-x` for `7*`. */
  images?: { repository: string; tags: string[] };
  /** Where endoflife.date publishes the date, for `npm run snapshot:facts`. */
  endoflife?: { product: string; cycle: string; field?: 'eol' | 'extendedSupport' };
}

const FILE = 'packages/check-commands/data/facts.json';

/** The message for one schema error: the entry by index and id, the field, what was found and expected. */
function describe(error: ErrorObject, facts: unknown[]): string {
  const [, list, index, ...field] = error.instancePath.split('/');
  if (list !== 'facts' || index === undefined)
    return `${FILE}: ${error.instancePath || 'top level'} ${error.message ?? ''}`;
  const entry = facts[Number(index)] as { id?: unknown } | undefined;
  const name = typeof entry?.id === 'string' ? ` (${entry.id})` : '';
  const missing =
    error.keyword === 'required' ? (error.params as { missingProperty: string }).missingProperty : undefined;
  const extra =
    error.keyword === 'additionalProperties'
      ? (error.params as { additionalProperty: string }).additionalProperty
      : undefined;
  const named = missing ?? extra;
  const path = [...field, ...(named === undefined ? [] : [named])].join('.') || '(entry)';
  const found = missing === undefined && extra === undefined ? `, found ${JSON.stringify(error.data)}` : '';
  const what = extra === undefined ? (error.message ?? 'is invalid') : 'is not a field of a fact';
  return `${FILE}: facts[${index}]${name} field "${path}" ${what}${found}. See packages/check-commands/data/README.md.`;
}

/** Checks `json` against the facts schema and that ids are unique; returns the facts or throws naming the entry and field. */
export function parseFacts(json: unknown): Fact[] {
  const validate = new Ajv({ allErrors: false, strict: false, verbose: true }).compile(schema);
  const raw = (json as { facts?: unknown[] } | null)?.facts ?? [];
  if (!validate(json)) {
    const error = validate.errors?.find((e) => e.keyword !== 'if') ?? validate.errors?.[0];
    throw new Error(error ? describe(error, raw) : `${FILE}: invalid`);
  }
  const facts = raw as Fact[];
  const seen = new Set<string>();
  facts.forEach((fact, index) => {
    if (seen.has(fact.id))
      throw new Error(`${FILE}: facts[${index}] field "id" repeats "${fact.id}"; ids must be unique.`);
    seen.add(fact.id);
  });
  return facts;
}

export const FACTS: readonly Fact[] = parseFacts(data);

/** The fact with `id`; throws when the data lacks it, since a rule that names it would otherwise say nothing. */
export function factById(id: string, facts: readonly Fact[] = FACTS): Fact {
  const fact = facts.find((f) => f.id === id);
  if (!fact) throw new Error(`${FILE} has no fact "${id}", which the command checker uses; restore it.`);
  return fact;
}
