/** The command line of `npm run import -- <note> [--out <dir>] [--force] …`. */
import { parseArgs } from 'node:util';

export interface ImportArgs {
  note: string;
  /** Folder that receives `<slug>/index.mdx`; default `<content>/lessons`. */
  out: string;
  /** Course folder with parts.yaml and glossary.yaml. */
  content: string;
  force: boolean;
  part: string | undefined;
  order: number | undefined;
  slug: string | undefined;
}

export const USAGE =
  'usage: npm run import -- <note> [--out <lessons dir>] [--force] [--part <id>] [--order <n>] [--slug <slug>] [--content <course dir>]';

/** Parses `argv` (without node and the script); throws a message that ends with the usage line. */
export function parseImportArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): ImportArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      content: { type: 'string' },
      force: { type: 'boolean', default: false },
      part: { type: 'string' },
      order: { type: 'string' },
      slug: { type: 'string' },
    },
  });
  const fail = (message: string): never => {
    throw new Error(`${message}\n${USAGE}`);
  };
  if (positionals.length !== 1) fail(`expected one note file, got ${positionals.length}`);
  const order = values.order === undefined ? undefined : Number(values.order);
  if (order !== undefined && !(Number.isInteger(order) && order > 0))
    fail(`--order must be a positive whole number, got "${values.order}"`);
  if (values.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(values.slug)) {
    fail(`--slug must be lowercase ASCII words joined by hyphens (e.g. docker-volumes), got "${values.slug}"`);
  }
  const content = values.content ?? env['COURSE_CONTENT_DIR'] ?? 'content';
  return {
    note: positionals[0] ?? '',
    out: values.out ?? `${content}/lessons`,
    content,
    force: values.force,
    part: values.part,
    order,
    slug: values.slug,
  };
}
