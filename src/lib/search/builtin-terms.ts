/**
 * Names students type in either script, and everyday verbs for the words the lessons use.
 * Each group lists interchangeable search words; the course glossary adds its own groups.
 * Verb groups list stems (`지우`, `지워`): a query word that starts with one matches the group.
 */

export interface TermGroup {
  /** Interchangeable names, the first the one the lessons use most. */
  names: readonly string[];
  /** Verb stems that mean the same (`지우` for `지우는`, `지워서`). */
  stems?: readonly string[];
  /**
   * Commands a Korean word stands for (`삭제` → `rm`, `rmi`), searched for that word but not
   * expanded back: a student who types `exec` means exec, not `attach`.
   */
  commands?: readonly string[];
}

export const BUILTIN_TERMS: readonly TermGroup[] = [
  { names: ['도커', 'docker'] },
  { names: ['컨테이너', 'container'] },
  { names: ['이미지', 'image'] },
  { names: ['우분투', 'ubuntu'] },
  { names: ['네트워크', 'network'] },
  { names: ['볼륨', 'volume'] },
  { names: ['포트', 'port'] },
  { names: ['레지스트리', 'registry'] },
  { names: ['도커 허브', 'docker hub', 'dockerhub'] },
  { names: ['허브', 'hub'] },
  { names: ['컴포즈', 'compose', 'docker-compose'] },
  { names: ['도커파일', 'dockerfile'] },
  { names: ['레이어', 'layer', '계층'] },
  { names: ['데몬', 'daemon', 'dockerd'] },
  { names: ['클라이언트', 'client'] },
  { names: ['엔진', 'engine'] },
  { names: ['리눅스', 'linux'] },
  { names: ['로키', 'rocky'] },
  { names: ['센토스', 'centos'] },
  { names: ['버추얼박스', 'virtualbox', '버추얼 박스', 'virtual box'] },
  { names: ['하이퍼바이저', 'hypervisor'] },
  { names: ['가상 머신', 'vm', 'virtual machine', '가상머신'] },
  { names: ['가상화', 'virtualization'] },
  { names: ['커널', 'kernel'] },
  { names: ['마이에스큐엘', 'mysql'] },
  { names: ['마리아디비', 'mariadb', '마리아db', '마리아 db', 'maria db'] },
  { names: ['데이터베이스', 'database', 'db'] },
  { names: ['엔진엑스', 'nginx'] },
  { names: ['아파치', 'apache', 'httpd'] },
  { names: ['태그', 'tag'] },
  { names: ['빌드', 'build'] },
  { names: ['모바엑스텀', 'mobaxterm'] },
  { names: ['깃허브', 'github'] },
  { names: ['환경 변수', '환경변수', 'env'] },
  { names: ['로그', 'log'], commands: ['logs'] },
  { names: ['호스트', 'host'] },
  { names: ['서버', 'server'] },
  { names: ['셸', 'shell', 'bash', '쉘'] },
  { names: ['윈도우', 'windows', '윈도'] },
  { names: ['베어메탈', 'bare-metal', 'bare metal', '베어 메탈'] },
  { names: ['게스트', 'guest'] },
  { names: ['하이퍼브이', 'hyper-v', '하이퍼v'] },
  { names: ['바인드', 'bind'] },
  { names: ['마운트', 'mount'] },
  { names: ['타입', 'type', '유형'] },
  { names: ['비밀번호', 'password', '패스워드', '암호'] },
  { names: ['이름', 'name'] },
  { names: ['포그라운드', 'foreground'] },
  { names: ['백그라운드', 'background'] },
  { names: ['맥', 'mac', 'macos', '맥os'] },
  { names: ['데스크톱', 'desktop', '데스크탑'] },
  { names: ['모놀리스', 'monolith', '모놀리식', 'monolithic'] },
  { names: ['마이크로서비스', 'microservice', 'microservices', 'msa'] },
  { names: ['스웜', 'swarm'] },
  { names: ['아키텍처', 'architecture', '아키텍쳐', '구조'] },
  { names: ['데이터', 'data'] },
  { names: ['패키지', 'package'] },
  { names: ['옵션', 'option', 'options'] },
  { names: ['로그인', 'login'] },
  { names: ['이식성', 'portability'] },
  { names: ['격리', 'isolation'] },
  { names: ['오케스트레이션', 'orchestration'] },
  { names: ['삭제', '제거'], commands: ['rm', 'rmi'], stems: ['지우', '지워', '지운', '지울', '없애', '없앤', '없앨'] },
  { names: ['생성'], commands: ['create'], stems: ['만들', '만드', '만든'] },
  { names: ['실행'], commands: ['run'], stems: ['띄우', '띄워', '띄운', '돌리', '돌려', '돌린', '켜', '켜기'] },
  { names: ['중지', '정지', '종료'], commands: ['stop'], stems: ['멈추', '멈춰', '멈춘', '끄', '꺼', '끈', '끌'] },
  { names: ['시작'], commands: ['start'] },
  { names: ['사용', 'use', '쓸', '써'], stems: ['쓰', '써', '쓸', '쓴'] },
  { names: ['재시작'], commands: ['restart'] },
  { names: ['다운로드', 'download'], commands: ['pull'], stems: ['내려받', '내려 받', '받아', '받는', '받기'] },
  { names: ['업로드', 'upload'], commands: ['push'], stems: ['올리', '올려', '올린'] },
  { names: ['접속'], commands: ['exec', 'attach'], stems: ['들어가', '들어간', '붙'] },
  { names: ['목록', 'list', '리스트'], commands: ['ls', 'ps', 'images'] },
  { names: ['확인'], commands: ['inspect'], stems: ['보기', '보는', '볼', '봐', '살펴보'] },
  { names: ['검색'], commands: ['search'], stems: ['찾', '찾는', '찾기'] },
  { names: ['변경', '수정'], stems: ['바꾸', '바꿔', '바꾼', '고치', '고쳐'] },
  { names: ['설치', 'install'], stems: ['깔', '까는', '깔기'] },
  { names: ['복사', 'copy'], commands: ['cp'], stems: ['옮기', '옮겨'] },
  { names: ['오류', '에러', 'error'] },
  { names: ['충돌', 'conflict', '중복'] },
  { names: ['메모리', 'memory', 'ram', '램'] },
  { names: ['저장소', 'repository', 'repo'] },
  { names: ['명령어', '명령', 'command'] },
];
