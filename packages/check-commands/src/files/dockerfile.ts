/**
 * Dockerfile blocks: dockerfile-utils' validator (the one behind the VS Code Docker extension) for
 * instructions and their arguments, then the course's own checks on what it does not know:
 * FROM image references and end-of-life images, and the shell commands of RUN instructions.
 */
import { DockerfileParser, Keyword } from 'dockerfile-ast';
import { validate, ValidationCode } from 'dockerfile-utils';
import { closest, didYouMean } from '../spec/suggest.ts';
import { finding, type Finding } from '../diagnostic.ts';
import { endOfLifeFinding } from '../rules/end-of-life.ts';
import { imageReferenceProblem } from '../rules/image-reference.ts';
import { checkScript } from '../shell/check-script.ts';

const KEYWORDS = Object.values(Keyword);
const DEPRECATED_CODE = 45;

/** String offset of an LSP position (line, character) in `text`. */
function offsetOf(text: string, line: number, character: number): number {
  let offset = 0;
  for (let i = 0; i < line; i += 1) offset = text.indexOf('\n', offset) + 1;
  return offset + character;
}

function validatorFindings(text: string): Finding[] {
  return validate(text).map((d) => {
    const offset = offsetOf(text, d.range.start.line, d.range.start.character);
    const said = typeof d.message === 'string' ? d.message : d.message.value;
    const unknown = /^Unknown instruction: (\S+)/u.exec(said)?.[1];
    const message = unknown === undefined ? said : `${said}${didYouMean(closest(unknown.toUpperCase(), KEYWORDS))}`;
    if (d.code === DEPRECATED_CODE)
      return finding(offset, 'warning', 'deprecated', `${message}; use LABEL org.opencontainers.image.authors="…"`, {
        subject: 'maintainer',
      });
    // The validator's code names the problem (CASING_INSTRUCTION → casing-instruction) for readers' texts.
    const code = typeof d.code === 'number' ? ValidationCode[d.code] : undefined;
    const detail = code === undefined ? {} : { subject: code.toLowerCase().replaceAll('_', '-') };
    return finding(offset, d.severity === 1 ? 'error' : 'warning', 'dockerfile', message, detail);
  });
}

/** Findings for one Dockerfile. */
export function checkDockerfile(text: string): Finding[] {
  const out = validatorFindings(text);
  const dockerfile = DockerfileParser.parse(text);
  const stages = new Set<string>();
  for (const from of dockerfile.getFROMs()) {
    const image = from.getImage();
    const range = from.getImageRange();
    const stage = from.getBuildStage();
    if (image && range && !image.includes('$') && !stages.has(image) && image !== 'scratch') {
      const offset = offsetOf(text, range.start.line, range.start.character);
      const problem = imageReferenceProblem(image);
      if (problem)
        out.push(finding(offset, 'error', 'image-reference', `invalid image reference "${image}": ${problem}`));
      const eol = problem ? undefined : endOfLifeFinding(offset, image);
      if (eol) out.push(eol);
    }
    if (stage) stages.add(stage);
  }
  for (const instruction of dockerfile.getInstructions()) {
    const args = instruction.getArgumentsRange();
    const content = instruction.getArgumentsContent();
    if (instruction.getKeyword() !== 'RUN' || !args || content === null || content.trimStart().startsWith('['))
      continue;
    const base = offsetOf(text, args.start.line, args.start.character);
    out.push(...checkScript(text.slice(base, offsetOf(text, args.end.line, args.end.character)), base));
  }
  return out;
}
