import { describe, expect, test } from 'vitest';
import { classify, isTitleLike, numberOf } from './classify.ts';

describe('classify', () => {
  test.each([
    ['', 'blank'],
    ['<br><br>', 'blank'],
    ['```bash', 'fence'],
    ['# 1. 가상 시스템 실습 환경 구축', 'heading'],
    ['# docker image ls', 'command'],
    ['![Virtual Box](./images/virtualbox001.png)', 'pictures'],
    ['<p align="center"><img src="https://img.shields.io/b.svg"></p>', 'pictures'],
    ['<p align="center">', 'wrapper'],
    ['<h1>컨테이너를 실행해 보자</h1>', 'heading'],
    ['<pre><code>', 'pre'],
    ['<!-- 여러 줄', 'comment-open'],
    ['> 인용한 문장', 'quote'],
    ['// 이미지 받아오기', 'text'],
    ['--------------------------------------------', 'rule'],
    ['[ 학습 목표 ]', 'objectives'],
    ['[학습 내용]', 'title'],
    ['<Docker 용어 정리>', 'title'],
    ['📢 port in use 오류 발생', 'marker'],
    ['• 도커의 아키텍처', 'item'],
    ['  - 단일 서버에서 실행', 'item'],
    [' NAME - 컨테이너 이름', 'item'],
    ['1. 이미지 처리방식', 'numbered'],
    ['(1) 서버 가상화', 'numbered'],
    ['<script>alert(1)</script>', 'text'],
    ['<!-- 숨은 주석 -->', 'comment'],
    ['Docker 사용방법', 'text'],
  ])('returns %j as a %s line', (line, kind) => {
    expect(classify(line).kind).toBe(kind);
  });

  test('returns the picture when the path has a space and a title', () => {
    expect(classify('![설정](./images/설정 화면.png "캡션")')).toEqual({
      kind: 'pictures',
      pictures: [{ alt: '설정', src: './images/설정 화면.png', title: '캡션', href: undefined }],
    });
  });
});

describe('isTitleLike', () => {
  test.each([
    ['가상화(Virtualization)', true],
    ['Docker 장점', true],
    ['컨테이너 시작 시간이 수 초 이내로 매우 짧다.', false],
    ['정의: 사용자가 쓰는 도구', false],
    ['실행할 수 있다', false],
    ["import fs from 'node:fs'", false],
    ['<Callout type="x">', false],
    ['<Callout type="warning">가짜 콜아웃</Callout>', false],
    ['<span style="color:red">Docker Host</span>', true],
    ['Docker Compose는 여러 개의 컨테이너를 정의하고 실행할 수 있도록 해주는 도구', false],
  ])('returns %s for %j', (text, expected) => {
    expect(isTitleLike(text)).toBe(expected === true);
  });
});

describe('numberOf', () => {
  test.each([
    ['1) 가벼움', 1, '가벼움'],
    ['(4) 컨테이너 가상화', 4, '컨테이너 가상화'],
    ['10. 도커 스웜', 10, '도커 스웜'],
  ])('returns the number and text of %j', (text, number, rest) => {
    expect(numberOf(text)).toEqual({ number, rest });
  });
});
