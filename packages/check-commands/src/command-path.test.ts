import { describe, expect, test } from 'vitest';
import { commandPath, namedCommands } from './command-path.ts';

describe('commandPath', () => {
  test.each([
    ['docker ps -a', 'docker container ls'],
    ['sudo docker container ls', 'docker container ls'],
    ['docker images', 'docker image ls'],
    ['docker rmi ubuntu', 'docker image rm'],
    ['docker run -it --name web nginx', 'docker container run'],
    ['docker -H tcp://host:2375 ps', 'docker container ls'],
    ['docker compose up -d', 'docker compose up'],
    ['docker compose -f a.yml ps', 'docker compose ps'],
    ['docker-compose up', 'docker compose up'],
    ['docker network create net1', 'docker network create'],
    ['docker', 'docker'],
    ['sudo dnf install -y docker-ce', 'dnf install'],
    ['systemctl start docker', 'systemctl start'],
    ['docker run IMAGE', 'docker container run'],
  ])('returns the reference name of %j', (text, name) => {
    expect(commandPath(text)).toBe(name);
  });

  test('returns undefined when nothing runs', () => {
    expect(commandPath('FOO=1')).toBeUndefined();
  });
});

describe('namedCommands', () => {
  test('returns each simple command of a pipeline or list with its own text', () => {
    expect(namedCommands('docker ps -q | xargs docker rm && echo done').map((c) => [c.name, c.text])).toEqual([
      ['docker container ls', 'docker ps -q'],
      ['xargs docker', 'xargs docker rm'],
      ['echo done', 'echo done'],
    ]);
  });
});
