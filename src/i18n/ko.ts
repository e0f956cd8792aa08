/**
 * Every string the site shows a reader, in one place. Components read them through `t()`;
 * a missing key is a type error, not a blank on the page.
 */
export const ko = {
  'site.title': '도커 입문 코스',
  'site.description':
    '가상화와 컨테이너의 개념부터 도커 설치, 이미지와 컨테이너 명령, Compose와 볼륨까지 실습으로 배우는 한국어 도커 강의 노트',
  'site.lang': 'ko',
  'site.locale': 'ko_KR',

  'skipLink.label': '본문으로 건너뛰기',
  'header.home': '코스 홈',
  'nav.label': '코스 목차',
  'nav.part': '{n}부',
  'menu.open': '목차 열기',
  'menu.close': '목차 닫기',
  'menu.label': '목차',
  'theme.toggle': '다크 모드',
  'theme.toLight': '밝은 테마로 바꾸기',
  'theme.toDark': '어두운 테마로 바꾸기',

  'breadcrumb.label': '현재 위치',
  'toc.label': '이 페이지의 내용',
  'toc.overview': '개요',
  'page.previousLink': '이전 강의',
  'page.nextLink': '다음 강의',
  'page.pagination': '강의 이동',
  'heading.anchor': '이 절의 링크: {title}',

  'lesson.objectives': '학습 목표',
  'lesson.questions': '이 강의에서 답하는 질문',
  'lesson.questionsOf': '{title}: 이 강의에서 답하는 질문',
  'lesson.sources': '원본 노트',
  'lesson.count': '강의 {n}개',

  'home.heading': '도커 입문 코스',
  'home.lead':
    '다섯 명의 강사가 쓴 강의 노트를 하나의 과정으로 엮었습니다. 순서대로 따라가면 실습 환경 구축부터 Compose까지 익힐 수 있습니다.',
  'home.start': '첫 강의부터 시작하기',
  'home.parts': '코스 구성',

  'lesson.readingTime': '읽는 시간 약 {n}분',
  'lesson.timing': '수업 {teaching}분 · 실습 {exercises}분',
  'lesson.instructorView': '강사용 보기',
  'lesson.learnerView': '학습자용 보기',

  'course.added': '덧붙임',
  'course.addedNote': '이 코스가 덧붙인 글입니다. 원본 노트에는 없습니다.',
  'exercise.label': '실습 {n}',
  'exercise.unnumbered': '실습',
  'exercise.hint': '힌트',
  'exercise.solution': '풀이',

  'instructor.note': '강사 노트',
  'instructor.title': '강사용 자료',
  'instructor.description': '수업 시간표, 강의마다의 강사 노트와 실습 풀이, 강사용·학습자용 유인물을 모았습니다.',
  'instructor.lead':
    '학습자 페이지에는 보이지 않는 강사 노트와 펼쳐진 풀이를 강의마다 볼 수 있습니다. 강의 제목을 누르면 강사용 보기로 갑니다.',
  'instructor.lessonTitle': '{title} (강사용)',
  'instructor.noteLink': '강사용 보기에서 보기: {title} 노트 {n}',
  'instructor.exercises': '실습 {n}개',
  'instructor.editions': '유인물 두 가지',
  'instructor.homeLink': '강사용 자료',

  'keypoints.title': '핵심 정리',
  'keypoints.description': '강의마다 끝에 정리한 핵심을 부별로 모았습니다. 복습하거나 인쇄해 나눠 줄 때 씁니다.',
  'keypoints.lead':
    '각 강의 끝의 핵심 정리를 부별로 모았습니다. 제목을 누르면 그 강의로 갑니다. 부마다 A4 한 쪽으로 인쇄됩니다.',
  'keypoints.homeLink': '핵심 정리 보기',

  'schedule.lead': '강의마다 수업과 실습에 드는 시간을 더해, 각 부의 처음부터 강의가 시작하는 시각을 적었습니다.',
  'schedule.start': '시작',
  'schedule.lesson': '강의',
  'schedule.minutes': '시간',
  'schedule.finish': '마침',
  'schedule.partTotal': '{n}부 합계 {duration}',
  'schedule.courseTotal': '코스 전체 {duration}',
  'time.minutes': '{m}분',
  'time.hours': '{h}시간',
  'time.hoursMinutes': '{h}시간 {m}분',

  'progress.resume': '이어서 보기: {title}',
  'progress.read': '읽음',
  'progress.partCount': '{read}/{total} 읽음',
  'progress.clear': '진행 기록 지우기',
  'progress.cleared': '이 기기에 저장한 진행 기록을 지웠습니다.',
  'progress.note': '읽은 강의는 이 기기의 브라우저에만 저장되고 어디에도 보내지 않습니다.',

  'print.worksheet.title': '학습자용 실습지',
  'print.worksheet.description': '모든 실습 과제를 부별로 모은 인쇄용 실습지입니다. 풀이는 들어 있지 않습니다.',
  'print.worksheet.answer': '답',
  'print.instructor.title': '강사용 지도서',
  'print.instructor.description': '강의마다 시간, 강사 노트, 실습 과제와 풀이를 모은 강사용 인쇄본입니다.',

  'code.copy': '복사',
  'code.copied': '복사했습니다',
  'code.copyFailed': '복사하지 못했습니다',
  'code.copyLabel': '{lang} 명령 복사',
  'code.placeholder': '바꿔 써야 할 값',
  'code.lang.terminal': '터미널',
  'code.lang.text': '텍스트',
  'code.lang.output': '실행 결과',
  'code.wrongExample': '잘못된 예: {reason}',

  // What the command checker knows about a block, under the block (src/markdown/finding-text.ts).
  // Keys: finding.<rule>.<subject>, else finding.<rule>; {since} is written as a Korean date.
  'codeNotes.label': '이 명령에 대해 알아 둘 점',
  'finding.end-of-life':
    '`{image}` 이미지는 {since}에 지원이 끝나 더 이상 보안 업데이트가 나오지 않습니다. 위 명령은 노트에 적힌 그대로 두었으니, 새로 따라 할 때는 `{instead}`처럼 지원 중인 이미지를 쓰는 것이 좋습니다.',
  'finding.deprecated.docker-compose':
    '`docker-compose`(하이픈)는 {since}에 지원이 끝난 Compose v1의 명령 이름입니다. 요즘 Docker를 설치하면 Compose v2가 플러그인으로 함께 들어 있어 `{instead}`처럼 띄어 씁니다. Compose를 따로 내려받아 설치한 경우에만 `docker-compose`로도 실행됩니다.',
  'finding.deprecated.link':
    '`--link`는 예전 방식(레거시)이라 앞으로 없어질 수 있습니다. 컨테이너끼리 연결할 때는 `docker network create`로 사용자 정의 네트워크를 만들고 `--network`로 연결하세요. 같은 네트워크의 컨테이너는 서로의 이름으로 찾아갑니다.',
  'finding.deprecated.maintainer':
    '`MAINTAINER`는 더 이상 쓰지 않는(deprecated) 명령어입니다. 작성자는 `LABEL org.opencontainers.image.authors="이름"`으로 적습니다.',
  'finding.deprecated.compose-version':
    'Compose 파일 맨 위의 `version:` 줄은 이제 쓰이지 않습니다. 지금의 `docker compose`는 이 줄을 무시하고 경고만 보여 주니, 새로 쓸 때는 빼도 됩니다.',
  'finding.deprecated':
    '`{written}` 옵션은 더 이상 쓰지 않습니다(deprecated). 지금 쓰는 옵션은 `{command} --help`로 확인하세요.',
  'finding.unknown-command':
    '`{command}` 명령은 Docker에 기본으로 들어 있지 않습니다. 따로 설치하는 플러그인이라면 설치한 뒤에 실행됩니다.',
  'finding.env.key-colon-value': '`{value}` 값은 `이름:값`처럼 보입니다. 환경 변수는 `-e 이름=값`처럼 `=`로 씁니다.',
  'finding.dockerfile.casing-instruction':
    'Dockerfile 명령어는 `FROM`, `RUN`처럼 대문자로 쓰는 것이 관례입니다. 소문자도 동작하지만 대문자로 쓰면 읽기 쉽습니다.',
  'finding.dockerfile.casing-directive': 'Dockerfile 맨 위의 지시문(`# syntax=`, `# escape=`)은 소문자로 씁니다.',
  'finding.dockerfile.empty-continuation-line':
    '줄 끝의 `\\`로 이어지는 명령 가운데에 빈 줄이 있습니다. 지금은 동작하지만 앞으로 오류가 될 수 있으니 빈 줄을 지우세요.',
  'finding.dockerfile.multiple-instructions':
    '`CMD`, `ENTRYPOINT`, `HEALTHCHECK`는 한 번만 씁니다. 여러 번 쓰면 마지막 것만 쓰이고 앞의 것은 무시됩니다.',
  'finding.dockerfile.json-in-single-quotes':
    '`["…"]` 형식(JSON 배열)에서는 큰따옴표를 써야 합니다. 작은따옴표로 쓰면 배열이 아니라 셸 명령으로 실행됩니다.',
  'finding.dockerfile.workdir-is-not-absolute':
    '`WORKDIR`에는 `/app`처럼 `/`로 시작하는 절대 경로를 쓰세요. 상대 경로는 앞의 `WORKDIR`에 이어 붙어 헷갈리기 쉽습니다.',

  'notFound.title': '페이지를 찾을 수 없습니다',
  'notFound.body': '주소가 바뀌었거나 없는 페이지입니다. 코스 홈이나 목차에서 원하는 강의를 찾아 보세요.',
  'notFound.home': '코스 홈으로 가기',

  'search.button': '검색',
  'search.placeholder': '강의 검색 (예: 이미지 삭제, docker exec)',
  'search.failed': '검색을 불러오지 못했습니다. 페이지를 새로 고친 뒤 다시 열어 보세요.',
  'search.partFilter': '부 고르기',

  'offline.button': '오프라인으로 저장',
  'offline.title': '오프라인으로 저장',
  'offline.lead':
    '코스의 모든 강의와 검색을 이 기기에 저장합니다. 저장한 뒤에는 인터넷이 없어도 읽고 검색할 수 있습니다.',
  'offline.size': '저장할 크기: {size} (파일 {files}개)',
  'offline.pdf': 'PDF 유인물은 저장하지 않습니다.',
  'offline.save': '저장하기',
  'offline.saving': '저장 중… {percent}%',
  'offline.saved': '저장됨',
  'offline.failed': '저장하지 못했습니다. 인터넷 연결을 확인하고 다시 눌러 주세요.',
  'offline.remove': '저장한 코스 지우기',
  'offline.removed': '저장한 코스를 지웠습니다.',
  'offline.updateAvailable': '새 버전이 있습니다',
  'offline.update': '업데이트',
  'offline.later': '나중에',

  'callout.note': '참고',
  'callout.tip': '팁',
  'callout.warning': '주의',

  'screenshot.pending': '스크린샷 준비 중',
  'screenshot.pendingFile': '들어갈 파일: {file}',
  'screenshot.pendingLabel': '아직 없는 스크린샷 {file}: {alt}',
  'screenshot.fullSize': '원본 크기로 보기: {alt}',

  'term.title': '용어집: {term}',

  'errors.title': '자주 만나는 오류',
  'errors.description':
    '도커를 처음 쓸 때 자주 만나는 오류와 강의에서 그 오류를 푸는 곳을 모았습니다. 오류 문장을 검색창에 그대로 붙여 넣어도 찾을 수 있습니다.',
  'errors.lead':
    '터미널에 나온 오류 문장을 검색창에 그대로 붙여 넣으면 이 페이지의 해당 항목이 나옵니다. 명령과 안내는 강의에서 그대로 옮겼고, 메시지와 원인 설명은 이 페이지가 덧붙였습니다.',
  'errors.messages': '덧붙임: 이런 메시지가 보이면',
  'errors.cause': '덧붙임: 원인',
  'errors.fix': '강의에서 푸는 곳',
  'errors.place': '{lesson} › {section}',
  'errors.notes': '강의 속 다른 오류 안내',
  'errors.notesLead': '강의 본문에 있는 오류 안내와 일부러 틀리게 쓴 명령(잘못된 예)을 강의 순서대로 모았습니다.',
  'errors.wrong': '잘못된 예',
  'glossary.title': '용어집',
  'glossary.description': '여러 강의 노트가 되풀이해 설명하는 도커와 가상화 용어를 한곳에 모았습니다.',
  'glossary.lead': '강의 본문에서 밑줄 친 용어를 누르면 이 페이지의 해당 항목으로 옵니다.',
  'glossary.aliases': '다른 이름',
  'glossary.homeLink': '용어집 보기',

  'diagram.drawn': '노트의 설명을 바탕으로 그린 그림',
  'diagram.hypervisor.name': '하이퍼바이저 Type 1과 Type 2의 구조',
  'diagram.hypervisor.desc':
    'Type 1은 하드웨어 위에 하이퍼바이저가 바로 설치되고 그 위에서 Guest OS들이 실행됩니다(예: Hyper-V). Type 2는 하드웨어 위의 Host OS(Windows, Linux, macOS 어느 것이든) 위에 하이퍼바이저가 프로그램(예: VirtualBox)으로 설치되고 그 위에서 Guest OS들이 실행됩니다.',
  'diagram.hypervisor.type1': 'Type 1: Native, Bare-metal',
  'diagram.hypervisor.type2': 'Type 2: Hosted',
  'diagram.stacks.name': '가상 머신 방식과 컨테이너 가상화의 계층 비교',
  'diagram.stacks.desc':
    '가상 머신 방식(노트의 OS Virtualization)에서는 Host OS 위의 하이퍼바이저(VMWare, VirtualBox) 위에 Guest OS가 앱마다 하나씩 올라갑니다. 컨테이너 가상화에서는 Host OS 위에 Docker Engine이 올라가고, 컨테이너는 앱과 최소한의 라이브러리만 담은 채 Host OS의 커널을 함께 씁니다.',
  'diagram.stacks.os': '가상 머신 방식 (노트의 OS Virtualization)',
  'diagram.stacks.container': '컨테이너 가상화 (Container Virtualization)',
  'diagram.layer.hardware': '하드웨어 (물리 서버)',
  'diagram.layer.hostOs': 'Host OS',
  'diagram.layer.hostOsDesktop': 'Host OS (Windows, Linux, macOS)',
  'diagram.layer.hypervisor': '하이퍼바이저',
  'diagram.layer.hypervisorExamples': '하이퍼바이저 (VMWare, VirtualBox)',
  'diagram.layer.guestOs': 'Guest OS',
  'diagram.layer.libs': '라이브러리·도구',
  'diagram.layer.app': '애플리케이션',
  'diagram.layer.engine': 'Docker Engine',
  'diagram.architecture.name': '도커 아키텍처: 클라이언트, 도커 호스트, 레지스트리',
  'diagram.architecture.desc':
    '사용자는 도커 클라이언트에서 docker build, docker pull, docker run 같은 명령을 입력합니다. 클라이언트는 명령을 도커 호스트의 도커 데몬에 전달하고, 데몬은 이미지와 컨테이너를 만들고 실행하고 관리합니다. 데몬은 레지스트리(Docker Hub 또는 사설 레지스트리)에서 이미지를 pull로 내려받고 push로 올립니다.',
  'diagram.architecture.client': '도커 클라이언트 (docker)',
  'diagram.architecture.host': '도커 호스트',
  'diagram.architecture.daemon': '도커 데몬 (dockerd)',
  'diagram.architecture.images': '이미지',
  'diagram.architecture.containers': '컨테이너',
  'diagram.architecture.registry': '도커 레지스트리',
  'diagram.architecture.hub': 'Docker Hub (공개)',
  'diagram.architecture.private': 'Private Registry (사설)',
  'diagram.architecture.toDaemon': '명령 전달',
  'diagram.architecture.pullPush': 'pull / push',
  'diagram.layers.name': '이미지의 읽기 전용 레이어와 컨테이너의 읽기-쓰기 레이어',
  'diagram.layers.desc':
    '이미지는 베이스 이미지 위에 바뀐 부분만 쌓은 읽기 전용(Read-Only) 레이어들로 이루어집니다. 같은 이미지로 만든 컨테이너 A와 B는 이 레이어들을 함께 쓰고, 각자 맨 위에 자기만의 읽기-쓰기(Read-Write) 레이어를 하나씩 가집니다. 파일을 바꾸면 Copy-on-Write로 그 파일만 컨테이너 레이어에 복사해 고칩니다.',
  'diagram.layers.containerA': '컨테이너 A 레이어 (Read-Write)',
  'diagram.layers.containerB': '컨테이너 B 레이어 (Read-Write)',
  'diagram.layers.changes2': '이미지 레이어: 두 번째 변경 (Read-Only)',
  'diagram.layers.changes1': '이미지 레이어: 첫 번째 변경 (Read-Only)',
  'diagram.layers.base': '베이스 이미지 레이어 (Read-Only)',

  'print.links': '인쇄용 자료',
  'print.linksLead': '강사가 나눠 줄 수 있도록 코스 전체, 부별, 강의별 인쇄본과 PDF, 명령어 요약표를 준비했습니다.',
  'print.course.title': '코스 전체 인쇄본',
  'print.course.description': '모든 강의를 차례대로 한 페이지에 모은 인쇄용 페이지입니다.',
  'print.part.title': '{n}부 {title}',
  'print.part.description': '{n}부 {title}의 강의를 한 페이지에 모은 인쇄용 페이지입니다.',
  'print.toc': '차례',
  'print.hint': '브라우저의 인쇄(Ctrl+P, ⌘+P)로 종이나 PDF에 옮길 수 있습니다. 미리 만들어 둔 PDF도 받을 수 있습니다.',
  'print.pdf': 'PDF로 받기',
  'print.pdfOf': '{title} PDF로 받기',
  'print.lessonPdf': '이 강의 PDF로 받기',
  'print.onlineAt': '온라인에서 보기',
  'print.footer': '{course} · {title}',
  'print.cheatsheet.title': '도커 명령어 요약',
  'print.cheatsheet.description':
    '강의에 나오는 명령을 작업별로 모았습니다. 강의의 터미널 예시에서 자동으로 뽑은 목록입니다.',
  'print.cheatsheet.link': '명령어 요약표',
  'print.cheatsheet.command': '명령',
  'print.cheatsheet.explanation': '설명',
  'print.cheatsheet.lesson': '처음 나오는 강의',
  'cheatsheet.group.image': '이미지',
  'cheatsheet.group.container': '컨테이너',
  'cheatsheet.group.network': '네트워크',
  'cheatsheet.group.volume': '볼륨',
  'cheatsheet.group.compose': 'Compose',
  'cheatsheet.group.install': '설치',
  // An outdated form on the cheat sheet (src/lib/cheatsheet/outdated.ts): what it is, and what to write now.
  'cheatsheet.outdated.deprecated': '예전 명령 · 지금은 {instead}',
  'cheatsheet.outdated.end-of-life': '지원이 끝난 이미지({since}) · 지금은 {instead}',
  'cheatsheet.outdated': '예전 방식',
} as const;

export type UiKey = keyof typeof ko;

/** Returns the Korean string for `key`, with `{name}` slots filled from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return ko[key].replace(/\{(\w+)\}/gu, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : String(value);
  });
}
