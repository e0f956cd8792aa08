import { describe, expect, test } from 'vitest';
import { guessLang } from './guess-lang.ts';

describe('guessLang', () => {
  test.each([
    [['$ docker ps', 'CONTAINER ID'], 'console'],
    [['docker volume create mydata', 'docker run -v mydata:/data \\', '  busybox ls /data', ''], 'bash'],
    [['# 빌드', 'docker build -t [username]/[image name] .'], 'bash'],
    [['FROM ubuntu:22.04', 'RUN apt-get update'], 'dockerfile'],
    [['services:', '  web:', '    image: nginx'], 'yaml'],
    [['docker search'], 'text'],
    [['## docker 커맨드 대상', 'docker container run penguin'], 'bash'],
    [['hello world'], 'text'],
    [[''], 'text'],
  ])('returns the language of %j', (code, lang) => {
    expect(guessLang(code)).toBe(lang);
  });
});
