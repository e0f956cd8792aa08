/**
 * Compose file blocks: YAML through `yaml`, then the Compose Specification JSON schema
 * (data/compose-spec.json, vendored from compose-spec/compose-spec) through ajv, with each error
 * placed on the key it is about. Service images and ports get the same checks as `docker run`.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';
import schema from '../../data/compose-spec.json' with { type: 'json' };
import { closest, didYouMean } from '../spec/suggest.ts';
import { finding, type Finding } from '../diagnostic.ts';
import { endOfLifeFinding } from '../rules/end-of-life.ts';
import { imageReferenceProblem } from '../rules/image-reference.ts';
import { publishProblem } from '../rules/publish.ts';

let validator: ValidateFunction | undefined;

/** The compiled schema, built on first use (about 30 ms) so runs without compose blocks do not pay for it. */
function validateCompose(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, strict: false, validateSchema: false, verbose: true }).compile(schema);
  return validator;
}

function nodeAt(doc: Document, path: readonly string[]): Node | undefined {
  const node = doc.getIn(path, true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

/** Offset of the key `name` inside the map at `path`, or of the map itself. */
function keyOffset(doc: Document, path: readonly string[], name?: string): number {
  const parent = path.length === 0 ? doc.contents : nodeAt(doc, path);
  if (name !== undefined && isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === name);
    const key = pair?.key;
    if (isScalar(key) && key.range) return key.range[0];
  }
  return parent?.range?.[0] ?? 0;
}

function schemaMessage(error: ErrorObject): string {
  const where = error.instancePath.split('/').slice(1).join('.') || '(top level)';
  if (error.keyword === 'additionalProperties') {
    const name = String((error.params as { additionalProperty: string }).additionalProperty);
    const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    return `${where}: unknown key "${name}"${didYouMean(closest(name, known))}`;
  }
  if (error.keyword === 'enum')
    return `${where}: must be one of ${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)}`;
  return `${where}: ${error.message ?? 'does not match the Compose Specification'}`;
}

/** The most useful errors: oneOf/type noise is dropped when a more precise error exists at or below the same place. */
function usefulErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const precise = errors.filter((e) => ['additionalProperties', 'required', 'enum', 'pattern'].includes(e.keyword));
  const rest = errors.filter(
    (e) =>
      !precise.includes(e) && e.keyword !== 'oneOf' && !precise.some((p) => p.instancePath.startsWith(e.instancePath)),
  );
  const seen = new Set<string>();
  return [...precise, ...rest].filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function serviceFindings(
  doc: Document,
  data: { services?: Record<string, { image?: unknown; ports?: unknown[] }> },
): Finding[] {
  const out: Finding[] = [];
  for (const [name, service] of Object.entries(data.services ?? {})) {
    const image = service.image;
    if (typeof image === 'string' && !image.includes('$')) {
      const offset = nodeAt(doc, ['services', name, 'image'])?.range?.[0] ?? 0;
      const problem = imageReferenceProblem(image);
      if (problem)
        out.push(
          finding(
            offset,
            'error',
            'image-reference',
            `services.${name}.image: invalid image reference "${image}": ${problem}`,
          ),
        );
      const eol = problem ? undefined : endOfLifeFinding(offset, image);
      if (eol) out.push(eol);
    }
    (service.ports ?? []).forEach((port, index) => {
      if (typeof port !== 'string' || port.includes('$')) return;
      const problem = publishProblem(port);
      const offset = nodeAt(doc, ['services', name, 'ports', String(index)])?.range?.[0] ?? 0;
      if (problem) out.push(finding(offset, 'error', 'publish', `services.${name}.ports: ${problem}`));
    });
  }
  return out;
}

/**
 * Where a quote the parser found unclosed was opened: the first line with an odd number of them. The
 * parser reports the end of the file, which is not where a reader fixes it.
 */
function openingQuote(text: string, quote: string, fallback: number): number {
  let offset = 0;
  for (const line of text.split('\n')) {
    const code = line.replace(/\s#.*$/u, '').replace(/\\./gu, '__');
    if (code.split(quote).length % 2 === 0) return offset + code.indexOf(quote);
    offset += line.length + 1;
  }
  return fallback;
}

/** Findings for one compose file. */
export function checkComposeFile(text: string): Finding[] {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0)
    return doc.errors.map((e) => {
      const message = e.message.split('\n')[0] ?? e.message;
      const quote = /^Missing closing (["'])quote/u.exec(message)?.[1];
      const at = quote === undefined ? e.pos[0] : openingQuote(text, quote, e.pos[0]);
      return finding(
        at,
        'error',
        'compose-yaml',
        quote === undefined ? message : `${message}: the string opened here never closes`,
      );
    });
  const data: unknown = doc.toJS();
  const out: Finding[] = [];
  if (data && typeof data === 'object' && 'version' in data) {
    out.push(
      finding(
        keyOffset(doc, [], 'version'),
        'warning',
        'deprecated',
        'the top-level `version` key is obsolete in the Compose Specification; remove it',
        { subject: 'compose-version' },
      ),
    );
  }
  const validate = validateCompose();
  if (!validate(data)) {
    for (const error of usefulErrors(validate.errors ?? [])) {
      const path = error.instancePath.split('/').slice(1);
      const name =
        error.keyword === 'additionalProperties'
          ? String((error.params as { additionalProperty: string }).additionalProperty)
          : undefined;
      out.push(finding(keyOffset(doc, path, name), 'error', 'compose-schema', schemaMessage(error)));
    }
  }
  return [...out, ...serviceFindings(doc, data as Parameters<typeof serviceFindings>[1])];
}
