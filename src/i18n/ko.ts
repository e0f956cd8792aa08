/**
 * Every string the site shows a reader, in one place. Components read them through `t()`;
 * a missing key is a type error, not a blank on the page.
 */
export const ko = {
  'site.title': '도커 입문 코스',
  'site.description': '가상화와 컨테이너의 개념부터 도커 설치, 이미지와 컨테이너 명령, Compose와 볼륨까지 실습으로 배우는 한국어 도커 강의 노트',
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
  'lesson.sources': '원본 노트',
  'lesson.count': '강의 {n}개',

  'home.heading': '도커 입문 코스',
  'home.lead': '다섯 명의 강사가 쓴 강의 노트를 하나의 과정으로 엮었습니다. 순서대로 따라가면 실습 환경 구축부터 Compose까지 익힐 수 있습니다.',
  'home.start': '첫 강의부터 시작하기',
  'home.parts': '코스 구성',

  'code.copy': '복사',
  'code.copied': '복사했습니다',
  'code.copyFailed': '복사하지 못했습니다',
  'code.copyLabel': '{lang} 명령 복사',
  'code.placeholder': '바꿔 써야 할 값',
  'code.lang.terminal': '터미널',
  'code.lang.text': '텍스트',

  'notFound.title': '페이지를 찾을 수 없습니다',
  'notFound.body': '주소가 바뀌었거나 없는 페이지입니다. 코스 홈이나 목차에서 원하는 강의를 찾아 보세요.',
  'notFound.home': '코스 홈으로 가기',
} as const;

export type UiKey = keyof typeof ko;

/** Returns the Korean string for `key`, with `{name}` slots filled from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return ko[key].replace(/\{(\w+)\}/gu, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : String(value);
  });
}
