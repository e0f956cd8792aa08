import { describe, expect, test } from 'vitest';
import { isBareCommand, readCommand } from './prompts.ts';

describe('readCommand', () => {
  test.each([
    ['# docker image ls', '# ', 'docker image ls'],
    ['# docker pull raesene/bwapp:latest  (축약)', '# ', 'docker pull raesene/bwapp:latest  # 축약'],
    [
      'root@roror:/etc# docker tag ubuntu thddmstn/ubuntu:latest',
      'root@roror:/etc# ',
      'docker tag ubuntu thddmstn/ubuntu:latest',
    ],
    ['    $ sudo dnf install -y docker-ce', '$ ', 'sudo dnf install -y docker-ce'],
    ['1) sudo dnf install -y curl', '$ ', 'sudo dnf install -y curl'],
    ['docker login -u thddmstn', '$ ', 'docker login -u thddmstn'],
    [' $ docker search 이미지', '$ ', 'docker search 이미지'],
    ['$ docker search', '$ ', 'docker search'],
    ['`$ docker run ubuntu:16.04`', '$ ', 'docker run ubuntu:16.04'],
    ['`docker container rm [CONTAINER ID]`', '$ ', 'docker container rm [CONTAINER ID]'],
    ['MariaDB [(none)] > `show databases;`', 'MariaDB [(none)] > ', 'show databases;'],
    ['[root@rocky ~]# systemctl status docker', '[root@rocky ~]# ', 'systemctl status docker'],
  ])('returns the command when the line is %j', (line, prompt, text) => {
    expect(readCommand(line)).toEqual({ prompt, text });
  });

  test.each([
    [
      '  docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]',
      'docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]',
    ],
    ['docker search', 'docker search'],
    [' docker', 'docker'],
    ['docker cp  # 로컬 파일을 컨테이너로', 'docker cp  # 로컬 파일을 컨테이너로'],
    ['docker run --restart (재시작 정책)', 'docker run --restart  # 재시작 정책'],
    ['1. docker rmi 이미지이름[:태그] or ImageID', 'docker rmi 이미지이름[:태그] or ImageID'],
  ])('returns a synopsis when the line only names a command without a prompt: %j', (line, text) => {
    expect(readCommand(line)).toEqual({ prompt: '', text, synopsis: true });
  });

  test.each([
    '# 1. 가상 시스템 실습 환경 구축',
    '// index.html 만들기',
    'docker repository 등록',
    '# Docker',
    '1) 호스트 OS의 커널 공유',
    'docker 설치 방법',
    'docker run 을 실행하는 것도 가능하지만',
    '- `docker ps -a` : 실행 중인 컨테이너 확인',
    '`docker container ls -a` (= `docker ps -a`): 한번이라도',
    'root@[CONATINER ID]:/# `(enter)` => 엔터',
    'ls 명령은 파일을 보여준다.',
  ])('returns undefined when the line is prose or a heading: %j', (line) => {
    expect(readCommand(line)).toBeUndefined();
  });
});

describe('isBareCommand', () => {
  test.each([
    ['yum install epel-release', true],
    ['./run.sh --fast', true],
    ['docker images 컨테이너이미지', true],
    ['Docker 사용방법', false],
    ['docker 컨테이너를 실행한다', false],
    ['docker run = pull + create + start', false],
    ['id -nG', true],
    ['docker build -t web .', true],
    ['docker run --name {내가 정하는 실행이름} 이미지', true],
    ['docker pull [이미지 이름]', true],
    ['docker pull [이미지 이름] : docker image 다운로드', false],
    ['docker run 을 실행하는 것도 가능하지만', false],
  ])('returns %s for %j', (text, expected) => {
    expect(isBareCommand(text)).toBe(expected === true);
  });
});
