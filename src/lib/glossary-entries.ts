/** Loads the glossary collection once per build as plain terms. */
import { getCollection } from 'astro:content';
import type { GlossaryTerm } from './glossary.ts';

let cached: Promise<GlossaryTerm[]> | undefined;

async function load(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((entry) => ({ id: entry.id, ...entry.data }));
}

/** The glossary terms (reloaded every time in dev, so edits show up). */
export function getGlossary(): Promise<GlossaryTerm[]> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
