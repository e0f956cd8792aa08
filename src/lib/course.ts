/**
 * The course as the pages see it: parts and lessons from the content collections, sorted
 * (getCollection() order is not stable), grouped and flattened once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupByPart, readingOrder, type PartGroup } from './navigation.ts';

export type Lesson = CollectionEntry<'lessons'> & {
  title: string;
  description: string;
  part: string;
  order: number;
};

export interface Course {
  groups: PartGroup<Lesson>[];
  lessons: Lesson[];
}

let cached: Promise<Course> | undefined;

async function load(): Promise<Course> {
  const parts = (await getCollection('parts')).map((entry) => ({ id: entry.id, ...entry.data }));
  const lessons: Lesson[] = (await getCollection('lessons')).map((entry) => ({
    ...entry,
    title: entry.data.title,
    description: entry.data.description,
    part: entry.data.part.id,
    order: entry.data.order,
  }));
  const groups = groupByPart(parts, lessons);
  return { groups, lessons: readingOrder(groups) };
}

/** Loads the course once per build (every time in dev, so edits show up). */
export function getCourse(): Promise<Course> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
