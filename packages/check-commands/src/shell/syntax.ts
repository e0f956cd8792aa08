/**
 * Shell syntax through mvdan/sh (the `sh-syntax` WebAssembly build). Each parse call starts a
 * new Go runtime (a few milliseconds), so scripts are parsed in one batch, and a batch with an
 * error is halved until the scripts that fail stand alone.
 */
import { parse, type ParseError } from 'sh-syntax';
import { byteToIndex } from './bytes.ts';

export interface SyntaxProblem {
  /** String index in the script where the parser stopped. */
  offset: number;
  message: string;
}

// Blank lines between scripts: a script cannot continue into the next one with a trailing `\`.
const SEPARATOR = '\n\n';

async function problemOf(text: string): Promise<SyntaxProblem | undefined> {
  try {
    await parse(text);
    return undefined;
  } catch (error) {
    const problem = error as ParseError;
    if (typeof problem.Text !== 'string') throw error;
    const offset = problem.Pos ? byteToIndex(text, problem.Pos.Offset) : 0;
    return { offset, message: problem.Text.replace(/^[^:]*:\d+:\d+: /u, '') };
  }
}

/** Parses every script; returns the syntax problem of each (undefined when it parses). */
export async function checkSyntax(scripts: readonly string[]): Promise<(SyntaxProblem | undefined)[]> {
  if (scripts.length === 0) return [];
  if (scripts.length === 1) return [await problemOf(scripts[0] ?? '')];
  if (!(await problemOf(scripts.join(SEPARATOR)))) return scripts.map(() => undefined);
  // Halve until each failing script stands alone: a few parses for one bad script among hundreds.
  const middle = Math.ceil(scripts.length / 2);
  const [head, tail] = await Promise.all([checkSyntax(scripts.slice(0, middle)), checkSyntax(scripts.slice(middle))]);
  return [...head, ...tail];
}
