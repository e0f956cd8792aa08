/**
 * The benchmark's command line: `--json`, `--lessons N` (one size only), `--repeat N` (builds of each
 * size, the fastest kept), `--keep`, `--no-bare`, `--no-pdf` (the real course without its PDF step).
 */

export interface BenchArgs {
  json: boolean;
  /** Course sizes to build; 0 stands for the real course. */
  sizes: number[];
  keep: boolean;
  bare: boolean;
  /** How many times each course and its bare reference are built, in turn; the fastest of each is kept. */
  repeat: number;
  /** Whether the real course is built with its PDF handouts (synthetic courses never are). */
  pdf: boolean;
}

export const DEFAULT_SIZES: readonly number[] = [0, 100, 1000];

/** Parses `argv` (without node and the script); throws a usage message on a bad flag. */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { json: false, sizes: [...DEFAULT_SIZES], keep: false, bare: true, repeat: 1, pdf: true };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    if (flag === '--json') args.json = true;
    else if (flag === '--keep') args.keep = true;
    else if (flag === '--no-bare') args.bare = false;
    else if (flag === '--no-pdf') args.pdf = false;
    else if (flag === '--lessons') {
      const value = argv[index + 1] ?? '';
      index += 1;
      const size = value === 'real' ? 0 : Number(value);
      if (!Number.isInteger(size) || size < 0)
        throw new Error(
          `bench: --lessons takes a whole number of lessons or "real", got ${JSON.stringify(value)}; e.g. --lessons 1000`,
        );
      args.sizes = [size];
    } else if (flag === '--repeat') {
      const value = argv[index + 1] ?? '';
      index += 1;
      args.repeat = Number(value);
      if (!Number.isInteger(args.repeat) || args.repeat < 1)
        throw new Error(
          `bench: --repeat takes a whole number of builds, 1 or more, got ${JSON.stringify(value)}; e.g. --repeat 3`,
        );
    } else
      throw new Error(
        `bench: unknown option ${JSON.stringify(flag)}; usage: npm run bench -- [--lessons N|real] [--repeat N] [--json] [--keep] [--no-bare] [--no-pdf]`,
      );
  }
  return args;
}
