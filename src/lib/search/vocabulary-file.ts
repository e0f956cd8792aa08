/** Reads the course's search vocabulary (build time only): none when the course has no such file. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VOCABULARY_FILE } from './paths.ts';
import { EMPTY_VOCABULARY, parseVocabulary, type Vocabulary } from './vocabulary.ts';

/** The content folder the build reads (COURSE_CONTENT_DIR, else content/). */
export function contentDir(): string {
  return process.env['COURSE_CONTENT_DIR'] ?? 'content';
}

/** Parses `<content>/search-vocabulary.yaml`; the empty vocabulary when the file does not exist. */
export async function readVocabulary(content = contentDir()): Promise<Vocabulary> {
  const file = path.join(content, VOCABULARY_FILE);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? EMPTY_VOCABULARY : parseVocabulary(text, file);
}
