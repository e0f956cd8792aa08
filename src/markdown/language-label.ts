/** Short names shown above code blocks. */
import type { BlockKind } from '../../packages/code-blocks/index.ts';
import { t } from '../i18n/ko.ts';

const NAMES: Readonly<Record<string, string>> = {
  bash: 'bash',
  sh: 'sh',
  shell: 'shell',
  zsh: 'zsh',
  powershell: 'PowerShell',
  dockerfile: 'Dockerfile',
  docker: 'Dockerfile',
  yaml: 'YAML',
  yml: 'YAML',
  json: 'JSON',
  sql: 'SQL',
  ini: 'INI',
};

/** The label for a block in `lang`; sessions are called a terminal and expected output output, whatever their fence says. */
export function languageLabel(lang: string, kind: BlockKind): string {
  if (kind === 'session') return t('code.lang.terminal');
  if (kind === 'output') return t('code.lang.output');
  return NAMES[lang] ?? (lang === 'plaintext' || lang === '' ? t('code.lang.text') : lang);
}
