import { describe, expect, test } from 'vitest';
import { findPlaceholders } from '../../../code-blocks/index.ts';
import { maskPlaceholders } from './mask.ts';

describe('maskPlaceholders', () => {
  test.each([
    ['docker exec -it <컨테이너명> bash', 'docker exec -it xxxxxxx bash'],
    ['docker rm [CONTAINER ID]', 'docker rm xxxxxxxxxxxxxx'],
    ['docker run IMAGE', 'docker run IMAGE'],
    ["docker ps --format '{{.Names}}'", "docker ps --format '{{.Names}}'"],
  ])('returns %j with shell-like placeholders masked, same length', (text, masked) => {
    expect(maskPlaceholders(text, findPlaceholders(text))).toBe(masked);
  });
});
