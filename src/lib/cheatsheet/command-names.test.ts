import { describe, expect, test } from 'vitest';
import { commandNames, isDocker, withoutPrefix } from './command-names.ts';

const words = (command: string): string[] => command.split(' ');

describe('commandNames', () => {
  test.each([
    ['docker ps -a', ['docker ps', 'docker']],
    ['docker container ls -a', ['docker container ls', 'docker container']],
    ['docker -H tcp://host:2375 image pull ubuntu', ['docker image pull', 'docker image']],
    ['docker network', ['docker network']],
    ['docker --version', ['docker --version']],
    ['docker', ['docker']],
    ['docker compose -f a.yml up -d', ['docker compose up', 'docker compose']],
    ['docker-compose version', ['docker-compose version', 'docker-compose']],
    ['/usr/local/bin/docker-compose -f a.yml up', ['docker-compose up', 'docker-compose']],
    ['sudo dnf install -y docker-ce', ['dnf install', 'dnf']],
    ['sudo -u root systemctl enable --now docker', ['systemctl enable', 'systemctl']],
    ['sudo usermod -aG docker $USER', ['usermod docker', 'usermod']],
    ['chmod', ['chmod']],
  ])('names %j as %j', (command, expected) => {
    expect(commandNames(words(command))).toEqual(expected);
  });

  test('returns no name for an empty command', () => {
    expect(commandNames(['sudo'])).toEqual([]);
  });
});

describe('withoutPrefix', () => {
  test('drops sudo, its options and environment assignments', () => {
    expect(withoutPrefix(words('sudo -E LANG=C docker ps'))).toEqual(['docker', 'ps']);
  });
});

describe('isDocker', () => {
  test.each([
    ['docker ps', true],
    ['docker', true],
    ['docker-compose up', true],
    ['dockerd', false],
    ['dnf install', false],
  ])('says whether %j is a Docker command (%s)', (name, expected) => {
    expect(isDocker(name)).toBe(expected);
  });
});
