/** What checks one program's invocations. */
import type { Finding } from '../diagnostic.ts';
import type { Invocation } from '../shell/invocations.ts';

export type ToolChecker = (invocation: Invocation) => Finding[];
