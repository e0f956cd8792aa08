/**
 * Image references by the distribution/reference grammar (github.com/distribution/reference,
 * regexp.go): `[domain[:port]/]path[:tag][@digest]`, lowercase path components, one tag.
 */

const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(
  `^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`,
  'u',
);
const NAME_TOTAL_MAX = 255;

export interface ImageReference {
  domain?: string;
  path: string;
  tag?: string;
  digest?: string;
}

/** Splits a reference into its parts; a first component is a domain only when it has `.`, `:` or is `localhost`. */
export function parseImageReference(text: string): ImageReference | undefined {
  const match = REFERENCE.exec(text);
  if (!match) {
    // `ubuntu` alone matches as a domain-less path; a registry host needs `.`/`:`/localhost to count as one.
    return undefined;
  }
  const [, domain, path = '', tag, digest] = match;
  const ref: ImageReference = { path };
  if (domain !== undefined) {
    if (!/[.:]|^localhost$|^\[/u.test(domain) && domain !== domain.toLowerCase()) return undefined;
    if (/[.:]|^localhost$|^\[/u.test(domain)) ref.domain = domain;
    else ref.path = `${domain}/${path}`;
  }
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** Why `text` is not a valid image reference, or undefined when it is. */
export function imageReferenceProblem(text: string): string | undefined {
  if (text === '') return 'the image name is empty';
  const ref = parseImageReference(text);
  if (ref) {
    const name = ref.domain === undefined ? ref.path : `${ref.domain}/${ref.path}`;
    return name.length > NAME_TOTAL_MAX ? `the repository name is longer than ${NAME_TOTAL_MAX} characters` : undefined;
  }
  const withoutDigest = text.split('@')[0] ?? text;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const repo = withoutDigest.slice(
    0,
    withoutDigest.indexOf(':', lastSlash) === -1 ? undefined : withoutDigest.indexOf(':', lastSlash),
  );
  const pathPart =
    repo.includes('/') && /[.:]|^localhost/u.test(repo.split('/')[0] ?? '') ? repo.slice(repo.indexOf('/') + 1) : repo;
  if (/[A-Z]/u.test(pathPart)) return `repository name must be lowercase (${text.toLowerCase()})`;
  if ((withoutDigest.slice(lastSlash + 1).match(/:/gu) ?? []).length > 1)
    return 'an image reference has at most one :tag';
  if (/\s/u.test(text)) return 'an image reference has no spaces';
  return 'it does not match [registry/]name[:tag][@digest] (lowercase letters, digits and . _ - separators)';
}
