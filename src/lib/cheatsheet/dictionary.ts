/**
 * One-line Korean explanations of the commands the course uses, keyed by command name
 * (the command checker's commandPath). The cheat sheet takes its text from here, never from a command's output.
 * A Docker command missing here stops the build (cheatsheet.ts), so add it when a lesson uses one.
 */
import type { CheatGroup } from './groups.ts';

export interface Explanation {
  group: CheatGroup;
  ko: string;
}

/**
 * Other programs' old names, listed under the name the course teaches. Docker's own short forms
 * (`docker ps`, `docker rmi`, `docker-compose up`) are resolved by the command checker's CLI
 * definitions (commandPath), not listed here.
 */
export const ALIASES: Readonly<Record<string, string>> = {
  'yum install': 'dnf install',
  'apt install': 'apt-get install',
};

export const DICTIONARY: Readonly<Record<string, Explanation>> = {
  'docker search': { group: 'image', ko: 'Docker Hub에서 이미지를 검색합니다.' },
  'docker login': { group: 'image', ko: '레지스트리(Docker Hub)에 로그인합니다.' },
  'docker logout': { group: 'image', ko: '레지스트리에서 로그아웃합니다.' },
  'docker image pull': { group: 'image', ko: '레지스트리에서 이미지를 내려받습니다.' },
  'docker image push': { group: 'image', ko: '이미지를 레지스트리에 올립니다.' },
  'docker image ls': { group: 'image', ko: '내려받은 이미지 목록을 봅니다.' },
  'docker image rm': { group: 'image', ko: '이미지를 삭제합니다.' },
  'docker image tag': { group: 'image', ko: '이미지에 새 이름(태그)을 붙입니다.' },
  'docker image build': { group: 'image', ko: 'Dockerfile로 이미지를 만듭니다.' },
  'docker image history': { group: 'image', ko: '이미지를 이루는 레이어의 내역을 봅니다.' },
  'docker image inspect': { group: 'image', ko: '이미지의 상세 정보를 JSON으로 봅니다.' },
  'docker image prune': { group: 'image', ko: '쓰지 않는 이미지를 한꺼번에 지웁니다.' },
  'docker image save': { group: 'image', ko: '이미지를 tar 파일로 저장합니다.' },
  'docker image load': { group: 'image', ko: 'tar 파일에서 이미지를 불러옵니다.' },
  'docker image import': { group: 'image', ko: 'tar 파일의 파일 시스템으로 이미지를 만듭니다.' },
  'docker container commit': { group: 'image', ko: '컨테이너의 변경 내용으로 새 이미지를 만듭니다.' },
  'docker system df': { group: 'image', ko: '이미지·컨테이너·볼륨이 차지한 디스크 용량을 봅니다.' },
  'docker system prune': { group: 'image', ko: '멈춘 컨테이너와 쓰지 않는 이미지·네트워크를 정리합니다.' },

  'docker container run': { group: 'container', ko: '이미지로 새 컨테이너를 만들고 실행합니다.' },
  'docker container create': { group: 'container', ko: '이미지로 컨테이너를 만들기만 하고 실행하지는 않습니다.' },
  'docker container start': { group: 'container', ko: '멈춘 컨테이너를 다시 실행합니다.' },
  'docker container stop': { group: 'container', ko: '실행 중인 컨테이너를 멈춥니다.' },
  'docker container restart': { group: 'container', ko: '컨테이너를 다시 시작합니다.' },
  'docker container kill': { group: 'container', ko: '실행 중인 컨테이너를 강제로 멈춥니다.' },
  'docker container pause': { group: 'container', ko: '컨테이너의 모든 프로세스를 일시 정지합니다.' },
  'docker container unpause': { group: 'container', ko: '일시 정지한 컨테이너를 다시 움직입니다.' },
  'docker container rm': { group: 'container', ko: '컨테이너를 삭제합니다(실행 중이면 먼저 멈춥니다).' },
  'docker container prune': { group: 'container', ko: '멈춘 컨테이너를 한꺼번에 지웁니다.' },
  'docker container ls': { group: 'container', ko: '실행 중인 컨테이너 목록을 봅니다(-a: 멈춘 것까지).' },
  'docker container attach': { group: 'container', ko: '실행 중인 컨테이너의 표준 입출력에 연결합니다.' },
  'docker container exec': { group: 'container', ko: '실행 중인 컨테이너 안에서 명령을 실행합니다.' },
  'docker container logs': { group: 'container', ko: '컨테이너의 로그(출력)를 봅니다.' },
  'docker container stats': { group: 'container', ko: '컨테이너의 CPU·메모리 사용량을 실시간으로 봅니다.' },
  'docker container top': { group: 'container', ko: '컨테이너 안에서 돌아가는 프로세스를 봅니다.' },
  'docker container inspect': { group: 'container', ko: '컨테이너의 상세 정보를 JSON으로 봅니다.' },
  'docker container port': { group: 'container', ko: '컨테이너의 포트 연결(포워딩)을 봅니다.' },
  'docker container cp': { group: 'container', ko: '컨테이너와 호스트 사이에 파일을 복사합니다.' },
  'docker container rename': { group: 'container', ko: '컨테이너의 이름을 바꿉니다.' },
  'docker container diff': { group: 'container', ko: '컨테이너에서 바뀐 파일을 봅니다.' },
  'docker container export': { group: 'container', ko: '컨테이너의 파일 시스템을 tar 파일로 내보냅니다.' },
  'docker container update': { group: 'container', ko: '컨테이너의 자원 제한 같은 설정을 바꿉니다.' },
  'docker container wait': { group: 'container', ko: '컨테이너가 멈출 때까지 기다려 종료 코드를 출력합니다.' },
  'docker inspect': { group: 'container', ko: '컨테이너·이미지 등 도커 객체의 상세 정보를 JSON으로 봅니다.' },

  'docker network ls': { group: 'network', ko: '네트워크 목록을 봅니다.' },
  'docker network create': { group: 'network', ko: '새 네트워크를 만듭니다.' },
  'docker network inspect': { group: 'network', ko: '네트워크의 상세 정보를 봅니다.' },
  'docker network connect': { group: 'network', ko: '컨테이너를 네트워크에 연결합니다.' },
  'docker network disconnect': { group: 'network', ko: '컨테이너를 네트워크에서 분리합니다.' },
  'docker network rm': { group: 'network', ko: '네트워크를 삭제합니다.' },
  'docker network prune': { group: 'network', ko: '쓰지 않는 네트워크를 한꺼번에 지웁니다.' },

  'docker volume ls': { group: 'volume', ko: '볼륨 목록을 봅니다.' },
  'docker volume create': { group: 'volume', ko: '새 볼륨을 만듭니다.' },
  'docker volume inspect': { group: 'volume', ko: '볼륨의 상세 정보(저장 위치 등)를 봅니다.' },
  'docker volume rm': { group: 'volume', ko: '볼륨을 삭제합니다.' },
  'docker volume prune': { group: 'volume', ko: '쓰지 않는 볼륨을 한꺼번에 지웁니다.' },

  'docker compose up': {
    group: 'compose',
    ko: 'docker-compose.yml의 서비스를 모두 만들고 실행합니다(-d: 백그라운드).',
  },
  'docker compose down': { group: 'compose', ko: 'Compose로 띄운 컨테이너와 네트워크를 멈추고 지웁니다.' },
  'docker compose ps': { group: 'compose', ko: 'Compose 프로젝트의 컨테이너 목록을 봅니다.' },
  'docker compose logs': { group: 'compose', ko: 'Compose 서비스들의 로그를 봅니다.' },
  'docker compose build': { group: 'compose', ko: 'Compose 파일의 서비스 이미지를 빌드합니다.' },
  'docker compose pull': { group: 'compose', ko: 'Compose 파일의 서비스 이미지를 내려받습니다.' },
  'docker compose exec': { group: 'compose', ko: '실행 중인 서비스 컨테이너 안에서 명령을 실행합니다.' },
  'docker compose run': { group: 'compose', ko: '서비스로 일회용 컨테이너를 띄워 명령을 실행합니다.' },
  'docker compose start': { group: 'compose', ko: '멈춘 서비스를 다시 실행합니다.' },
  'docker compose stop': { group: 'compose', ko: '서비스를 지우지 않고 멈춥니다.' },
  'docker compose restart': { group: 'compose', ko: '서비스를 다시 시작합니다.' },
  'docker compose rm': { group: 'compose', ko: '멈춘 서비스 컨테이너를 지웁니다.' },
  'docker compose config': { group: 'compose', ko: 'Compose 파일을 검사하고 최종 설정을 출력합니다.' },

  'docker --help': {
    group: 'install',
    ko: '도커 명령의 사용법과 쓸 수 있는 명령 목록을 봅니다(docker만 쳐도 같습니다).',
  },
  'docker --version': { group: 'install', ko: '설치된 도커 클라이언트의 버전을 확인합니다.' },
  'docker version': { group: 'install', ko: '도커 클라이언트와 서버(데몬)의 버전을 확인합니다.' },
  'docker info': { group: 'install', ko: '도커 데몬의 설정과 상태를 확인합니다.' },
  'docker compose version': { group: 'install', ko: 'Docker Compose가 설치되었는지 버전으로 확인합니다.' },
  'docker compose --version': { group: 'install', ko: '설치된 Docker Compose의 버전을 확인합니다.' },
  'dnf config-manager': { group: 'install', ko: '패키지 저장소(repo)를 추가합니다.' },
  'dnf install': { group: 'install', ko: '패키지를 설치합니다(-y: 묻지 않고 설치).' },
  'apt-get update': { group: 'install', ko: '패키지 목록을 새로 받아옵니다.' },
  'apt-get install': { group: 'install', ko: '패키지를 설치합니다(-y: 묻지 않고 설치).' },
  'systemctl enable': { group: 'install', ko: '서비스를 부팅 때 자동으로 시작하게 합니다(--now: 지금 바로 시작).' },
  'systemctl start': { group: 'install', ko: '서비스를 시작합니다.' },
  'systemctl restart': { group: 'install', ko: '서비스를 다시 시작합니다.' },
  'systemctl status': { group: 'install', ko: '서비스가 실행 중인지 상태를 확인합니다.' },
  usermod: { group: 'install', ko: '사용자를 그룹에 넣습니다(-aG docker: sudo 없이 도커 사용).' },
  curl: { group: 'install', ko: 'URL의 파일을 내려받습니다(-L: 리다이렉트 따라가기, -o: 저장할 파일).' },
  wget: { group: 'install', ko: 'URL의 파일을 내려받습니다.' },
  chmod: { group: 'install', ko: '파일의 권한을 바꿉니다(+x: 실행 권한 주기).' },
};

/** The dictionary entry for the first of `names` it knows, and the name it is listed under. */
export function explain(names: readonly string[]): { name: string; explanation: Explanation } | undefined {
  for (const name of names) {
    const canonical = ALIASES[name] ?? name;
    const explanation = DICTIONARY[canonical];
    if (explanation) return { name: canonical, explanation };
  }
  return undefined;
}
