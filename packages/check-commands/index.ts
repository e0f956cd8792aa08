/**
 * The command checker: every command block of a course checked against the real CLIs (docker,
 * docker compose, systemctl, dnf, apt…), Dockerfiles and compose files. Its public surface; the
 * modules under src/ are internals.
 */
export { checkBlocks, checkSources, type BlockReport, type SourceFile } from './src/check.ts';
export { collectSources } from './src/files/collect.ts';
export type { Diagnostic, FindingDetail, Severity } from './src/diagnostic.ts';
export { FACTS, parseFacts, type Fact, type FactKind } from './src/rules/facts.ts';
export { parseOptions, type Options } from './src/options.ts';
export { formatJson } from './src/report/json.ts';
export { formatText } from './src/report/text.ts';
export { commandPath, namedCommands, type NamedCommand } from './src/command-path.ts';
export { commandShape, type CommandShape } from './src/shape.ts';
