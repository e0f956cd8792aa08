import { describe, expect, test } from 'vitest';
import { codeToHtml, type ThemedToken } from 'shiki';
import { codeBlocks, splitTokens } from './shiki-code-blocks.ts';

const token = (content: string, offset: number): ThemedToken => ({ content, offset });

describe('splitTokens', () => {
  test('returns tokens cut at every mark boundary, offsets kept', () => {
    const tokens = splitTokens(
      [token('$ docker', 0), token(' IMAGE', 8)],
      [
        { start: 0, end: 2, kind: 'prompt' },
        { start: 9, end: 14, kind: 'placeholder' },
      ],
    );
    expect(tokens.map((t) => [t.content, t.offset])).toEqual([
      ['$ ', 0],
      ['docker', 2],
      [' ', 8],
      ['IMAGE', 9],
    ]);
  });
});

describe('codeBlocks', () => {
  const render = (code: string, lang: string, meta?: string): Promise<string> =>
    codeToHtml(code, {
      lang,
      themes: { light: 'github-light', dark: 'github-dark-default' },
      defaultColor: false,
      transformers: [codeBlocks()],
      ...(meta === undefined ? {} : { meta: { __raw: meta } }),
    });

  test('returns a figure with a label, a copy button, an unselectable prompt, placeholders and output lines', async () => {
    const html = await render('$ docker rmi IMAGE\nUntagged: x', 'console');
    expect(html).toMatch(
      /^<figure class="code" data-lang="console" data-kind="session" data-copy="docker rmi IMAGE">/u,
    );
    expect(html).toContain('<span class="code-lang">터미널</span>');
    expect(html).toContain('<button type="button" class="code-copy" hidden aria-label="터미널 명령 복사"');
    expect(html).toMatch(/<span [^>]*class="prompt"[^>]*>\$ <\/span>/u);
    expect(html).toMatch(/<var [^>]*title="바꿔 써야 할 값"[^>]*>IMAGE<\/var>/u);
    expect(html).toContain('<span class="line output">');
    expect(html).not.toContain('overflow-x: auto');
  });

  test('returns a Dockerfile with its name as label and the whole text to copy', async () => {
    const html = await render('FROM mysql:5.7', 'dockerfile');
    expect(html).toContain('<span class="code-lang">Dockerfile</span>');
    expect(html).toContain('data-copy="FROM mysql:5.7"');
  });

  test('returns a wrong example marked with its reason and without a copy button when the fence says expect-error', async () => {
    const html = await render(
      '$ docker run --name -it ubuntu',
      'console',
      'expect-error="--name 뒤에 이름이 없습니다"',
    );
    expect(html).toMatch(
      /^<figure class="code" data-lang="console" data-kind="session" data-expect-error="--name 뒤에 이름이 없습니다">/u,
    );
    expect(html).toContain('<strong class="code-wrong">잘못된 예: --name 뒤에 이름이 없습니다</strong>');
    expect(html).not.toContain('code-copy');
    expect(html).not.toContain('data-copy');
  });
});
