import { describe, expect, test } from 'vitest';
import { readMarker } from './emoji.ts';

describe('readMarker', () => {
  test.each([
    ['1️⃣ 전통적인 배포 모델', { kind: 'number', value: 1 }, '전통적인 배포 모델'],
    ['🔟 열 번째', { kind: 'number', value: 10 }, '열 번째'],
    ['📌 도커 아키텍처', { kind: 'pin' }, '도커 아키텍처'],
    ['✅ 리눅스 컨테이너', { kind: 'check', callout: 'tip' }, '리눅스 컨테이너'],
    ['✔️ 하이퍼바이저', { kind: 'check', callout: undefined }, '하이퍼바이저'],
    ['📢 port in use 오류 발생', { kind: 'callout', callout: 'note' }, 'port in use 오류 발생'],
    ['⚡️ Tag는 버전과 같이 사용됨', { kind: 'callout', callout: 'tip' }, 'Tag는 버전과 같이 사용됨'],
    ['⚠ 주의', { kind: 'callout', callout: 'warning' }, '주의'],
    ['• 도커의 아키텍처', { kind: 'bullet' }, '도커의 아키텍처'],
  ])('returns the marker of %j', (line, marker, text) => {
    expect(readMarker(line)).toEqual({ marker, text });
  });

  test('returns undefined when the line starts with a word', () => {
    expect(readMarker('1. 이미지 처리방식')).toBeUndefined();
  });
});
