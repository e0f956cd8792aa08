import { describe, expect, test } from 'vitest';
import { findPlaceholders } from './placeholders.ts';

function words(text: string): string[] {
  return findPlaceholders(text).map(({ start, end }) => text.slice(start, end));
}

describe('findPlaceholders', () => {
  test.each([
    [
      'docker run [OPTIONS] IMAGE명[:TAG|@DIGEST] [COMMAND] [ARG...]',
      ['[OPTIONS]', 'IMAGE명[:TAG|@DIGEST]', '[COMMAND]', '[ARG...]'],
    ],
    ['docker container start CONTAINER_NAME', ['CONTAINER_NAME']],
    ['docker logs [CONTAINER ID 또는 CONTAINER NAMES]', ['[CONTAINER ID 또는 CONTAINER NAMES]']],
    ['docker exec -it [CONTAINER NAMES] [실행할 command]', ['[CONTAINER NAMES]', '[실행할 command]']],
    ['docker rm <컨테이너명>', ['<컨테이너명>']],
    ['docker search 이미지', ['이미지']],
    ['docker images 컨테이너이미지', ['컨테이너이미지']],
    ['docker run --name {{이름}} nginx', ['{{이름}}']],
    ['docker push YOUR-USER-NAME/getting-started', ['YOUR-USER-NAME']],
    ['docker run -v HOST-DIRECTORY:/CONTAINER-DIRECTORY:rw nginx', ['HOST-DIRECTORY']],
    ['docker pull [repository]:[tag]', ['[repository]:[tag]']],
    ['docker build -t [username]/[image name] .', ['[username]/[image name]']],
    ['docker stop [ID or NAMES]', ['[ID or NAMES]']],
    ['docker rmi 이미지이름[:태그] or ImageID', ['이미지이름[:태그] or ImageID']],
    ['docker logs <CONTAINER_ID>', ['<CONTAINER_ID>']],
    ['docker exec -it {{컨테이너ID}} /bin/sh', ['{{컨테이너ID}}']],
    ['docker run ‹이미지 이름>', ['‹이미지 이름>']],
    ['docker run --name {내가 정하는 실행이름} nginx', ['{내가 정하는 실행이름}']],
    ['docker start ContainerName', ['ContainerName']],
    ['docker rm containerId', ['containerId']],
    ['docker inspect CONTAINER|IMAGE', ['CONTAINER|IMAGE']],
  ])('returns the placeholders of %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test.each([
    ['sudo usermod -aG docker $USER'],
    ['docker run -e MYSQL_ALLOW_EMPTY_PASSWORD=true mysql:5.7'],
    ['docker ps --format "{{.Names}} {{.Status}}"'],
    ['docker ps --format {{.Names}}'],
    ['echo "이미지" > out.txt'],
    ['curl -L https://example.com/A/B -o /usr/local/bin/x'],
    ['docker run -it ubuntu bash'],
    ['echo [a-z] [A-Z]'],
    ['echo ${arr[0]} ${HOME}'],
    ['if [ -f x ]; then echo y; fi'],
    ['echo {a,b} {1..3}; { echo a; }'],
    ['find . -name x -exec rm {} \\;'],
    ['docker run --name MyApp nginx'],
    ['docker inspect -f {{json .Config}} web'],
    ['docker ps -a  # 모든 컨테이너 IMAGE'],
  ])('returns nothing for %j', (text) => {
    expect(words(text)).toEqual([]);
  });
});
