/**
 * Lessons compiled at the same time are checked in one checkBlocks call: the checker's shell parser
 * starts a Go runtime per call (about 40 ms), so one call for the lessons Vite compiles together
 * costs what one lesson alone would. Each lesson's results are exactly what a call of its own gives.
 */
import { checkBlocks, type BlockReport, type SourceFile } from '../../packages/check-commands/index.ts';

interface Waiting {
  source: SourceFile;
  resolve: (blocks: BlockReport[]) => void;
  reject: (error: unknown) => void;
}

/** A checker whose calls made before the event loop turns are answered by one checkBlocks call. */
export function batchedCheck(check: typeof checkBlocks = checkBlocks): (source: SourceFile) => Promise<BlockReport[]> {
  let waiting: Waiting[] = [];
  const flush = async (): Promise<void> => {
    const batch = waiting;
    waiting = [];
    // Each lesson under a name of its own, so two compiles of one file (dev) never mix.
    const files = batch.map(({ source }, index) => ({ file: `${index}/${source.file}`, text: source.text }));
    try {
      const { blocks } = await check(files);
      batch.forEach(({ source, resolve }, index) =>
        resolve(
          blocks
            .filter((report) => report.file === `${index}/${source.file}`)
            .map((report) => ({
              ...report,
              file: source.file,
              diagnostics: report.diagnostics.map((d) => ({ ...d, file: source.file })),
            })),
        ),
      );
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  };
  return (source) =>
    new Promise((resolve, reject) => {
      if (waiting.length === 0) setImmediate(() => void flush());
      waiting.push({ source, resolve, reject });
    });
}
