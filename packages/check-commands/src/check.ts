/**
 * The checker: finds the fenced blocks of each file, checks shell blocks (syntax in one
 * mvdan/sh batch, then each command), Dockerfiles and compose files, and applies the
 * `expect-error`, `allow` and `nocheck` fence meta. Results come per block (checkBlocks, which the
 * page's notes read) or as one sorted list (checkSources, the report): one run, two shapes.
 */
import { byPosition, finding, type Diagnostic, type Finding } from './diagnostic.ts';
import { codeBlocks, findPlaceholders, formatOf, FenceSyntaxError, type CodeBlock } from '../../code-blocks/index.ts';
import { applyAllow } from './allow.ts';
import { checkComposeFile } from './files/compose-file.ts';
import { checkDockerfile } from './files/dockerfile.ts';
import { checkScript } from './shell/check-script.ts';
import { maskPlaceholders } from './shell/mask.ts';
import { blockScripts, wholeScript, type Script } from './shell/scripts.ts';
import { checkSyntax } from './shell/syntax.ts';
import { INCOMPLETE_RULES } from './shape.ts';

export interface SourceFile {
  file: string;
  text: string;
}

/** One checked code block and what the checker says about it, fence meta applied, in position order. */
export interface BlockReport {
  file: string;
  block: CodeBlock;
  diagnostics: Diagnostic[];
}

interface Pending {
  file: string;
  block: CodeBlock;
  scripts: Script[];
  findings: { script: Script; finding: Finding }[];
}

function toDiagnostic(file: string, script: Script, f: Finding): Diagnostic {
  const { line, column } = script.position(f.offset);
  const { severity, rule, message, subject, params } = f;
  return {
    file,
    line,
    column,
    severity,
    rule,
    message,
    ...(subject === undefined ? {} : { subject }),
    ...(params === undefined ? {} : { params }),
  };
}

/** An error reported at a block's opening fence line. */
function fenceError(file: string, block: CodeBlock, rule: string, message: string): Diagnostic {
  return { file, line: block.fenceLine, column: (block.columns[0] ?? 0) + 1, severity: 'error', rule, message };
}

/** Applies `expect-error`: the block's errors become expected (info), and a block without errors is itself an error. */
function applyExpectError(file: string, block: CodeBlock, diagnostics: Diagnostic[]): Diagnostic[] {
  const reason = block.meta.get('expect-error');
  if (reason === undefined) return diagnostics;
  const atFence = (rule: string, message: string): Diagnostic => fenceError(file, block, rule, message);
  if (reason.trim() === '') {
    return [...diagnostics, atFence('fence-meta', 'expect-error needs a reason: expect-error="왜 틀렸는지"')];
  }
  if (!diagnostics.some((d) => d.severity === 'error')) {
    const message = `block is marked expect-error="${reason}" but the checker finds no error in it; fix the mark or the example`;
    return [...diagnostics, atFence('expect-error', message)];
  }
  return diagnostics.map((d) =>
    d.severity === 'error'
      ? {
          ...d,
          severity: 'info',
          rule: 'expected-error',
          message: `${d.message} (expected: ${reason})`,
          params: { ...d.params, reason },
        }
      : d,
  );
}

/** Applies a block's fence meta: `expect-error`, then `allow`. */
function applyMeta(file: string, block: CodeBlock, diagnostics: Diagnostic[]): Diagnostic[] {
  const expected = applyExpectError(file, block, diagnostics);
  return applyAllow(block.meta.get('allow'), expected, (rule, message) => fenceError(file, block, rule, message));
}

/** Checks every file; returns each code block with its diagnostics, and the errors of files that do not parse. */
export async function checkBlocks(
  files: readonly SourceFile[],
): Promise<{ blocks: BlockReport[]; problems: Diagnostic[] }> {
  const pending: Pending[] = [];
  const reports: BlockReport[] = [];
  const problems: Diagnostic[] = [];
  for (const { file, text } of files) {
    let blocks: CodeBlock[];
    try {
      blocks = codeBlocks(text, formatOf(file));
    } catch (error) {
      if (!(error instanceof FenceSyntaxError)) throw error;
      const message = `${error.message}: the file does not parse, so its code blocks cannot be checked`;
      problems.push({ file, line: error.line, column: error.column, severity: 'error', rule: 'mdx-syntax', message });
      continue;
    }
    for (const block of blocks) {
      const nocheck = block.meta.get('nocheck');
      if (nocheck !== undefined) {
        const diagnostics =
          nocheck.trim() === ''
            ? [fenceError(file, block, 'fence-meta', 'nocheck needs a reason: nocheck="이유"')]
            : [];
        reports.push({ file, block, diagnostics });
        continue;
      }
      const entry: Pending = { file, block, scripts: blockScripts(block), findings: [] };
      if (block.kind === 'dockerfile') {
        const script = wholeScript(block);
        entry.findings.push(...checkDockerfile(block.code).map((f) => ({ script, finding: f })));
      } else if (block.kind === 'compose') {
        const script = wholeScript(block);
        entry.findings.push(...checkComposeFile(block.code).map((f) => ({ script, finding: f })));
      }
      pending.push(entry);
    }
  }
  const scripts = pending.flatMap((p) => p.scripts);
  const syntax = await checkSyntax(scripts.map((s) => maskPlaceholders(s.text, findPlaceholders(s.text))));
  let index = 0;
  for (const entry of pending) {
    // A synopsis is a command's shape: its names must exist, but it may leave arguments out and need not parse.
    const lenient = entry.block.kind === 'synopsis';
    for (const script of entry.scripts) {
      const problem = syntax[index];
      index += 1;
      if (problem && !/here-document/u.test(problem.message)) {
        if (!lenient)
          entry.findings.push({ script, finding: finding(problem.offset, 'error', 'shell-syntax', problem.message) });
      } else {
        const found = checkScript(script.text).filter((f) => !lenient || !INCOMPLETE_RULES.has(f.rule));
        entry.findings.push(...found.map((f) => ({ script, finding: f })));
      }
    }
    const diagnostics = entry.findings.map(({ script, finding: f }) => toDiagnostic(entry.file, script, f));
    reports.push({
      file: entry.file,
      block: entry.block,
      diagnostics: applyMeta(entry.file, entry.block, diagnostics).sort(byPosition),
    });
  }
  reports.sort((a, b) => a.file.localeCompare(b.file) || a.block.fenceLine - b.block.fenceLine);
  return { blocks: reports, problems };
}

/** Checks every file; returns diagnostics sorted by position. */
export async function checkSources(files: readonly SourceFile[]): Promise<Diagnostic[]> {
  const { blocks, problems } = await checkBlocks(files);
  return [...problems, ...blocks.flatMap((report) => report.diagnostics)].sort(byPosition);
}
