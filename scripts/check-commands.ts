/**
 * Checks every command in the course's code blocks against the real CLIs.
 * Usage: npm run check:commands -- [--format text|json] [paths…]   (default: the content folder)
 * Exit code 1 when any error is found.
 */
import {
  checkSources,
  collectSources,
  formatJson,
  formatText,
  parseOptions,
} from '../packages/check-commands/index.ts';

try {
  const options = parseOptions(process.argv.slice(2), process.env['COURSE_CONTENT_DIR'] ?? 'content');
  const { sources, problems } = await collectSources(options.paths);
  const diagnostics = [...problems, ...(await checkSources(sources))];
  process.stdout.write(options.format === 'json' ? formatJson(diagnostics) : formatText(diagnostics, sources.length));
  process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
} catch (error) {
  console.error(`check-commands: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
