import { describe, expect, test } from 'vitest';
import { lineWords, lostLines } from './verify.ts';

describe('lineWords', () => {
  test.each([
    ['1) sudo dnf install -y curl', ['sudo', 'dnf', 'install', 'y', 'curl']],
    ['Container <span style="color:red">Image</span><br>', ['container', 'image']],
    ['![Alt text](./images/image-4.png)', ['image', '4', 'png']],
    ['1️⃣ 전통적인 배포', ['전통적인', '배포']],
  ])('returns the words of %j that must reach the lesson', (line, words) => {
    expect(lineWords(line)).toEqual(words);
  });
});

describe('lostLines', () => {
  test('returns no line when every word reaches the output, escaped or not', () => {
    expect(lostLines(['<script>x</script>', 'import a'], new Set(), '&lt;script>x&lt;/script>\n&#105;mport a')).toEqual(
      [],
    );
  });

  test('reads any character reference in the output, even one past U+10FFFF, without throwing', () => {
    expect(lostLines(['a < b', 'x'], new Set(), 'a &lt; b &#99999999; &#x78;')).toEqual([]);
  });

  test('returns the line whose words are missing', () => {
    expect(lostLines(['도커 이미지', '9:20', '컨테이너'], new Set(), '도커 이미지\n컨테이너')).toEqual([2]);
  });

  test('returns a repeated line as lost when the output holds only one copy', () => {
    expect(lostLines(['같은 줄', '같은 줄'], new Set(), '같은 줄')).toEqual([2]);
  });

  test('returns no line for lines marked as layout', () => {
    expect(lostLines(['[ 학습 목표 ]'], new Set([1]), '')).toEqual([]);
  });
});
