/** Retired commands, with the date and replacement from data/facts.json. */
import { finding, type Finding } from '../diagnostic.ts';
import { factById } from './facts.ts';

/** The warning for `docker-compose …` (Compose v1) at `offset`: names the `docker compose` form of the same command. */
export function composeV1Finding(offset: number, rest: string): Finding {
  const fact = factById('compose-v1');
  const instead = `${fact.instead}${rest ? ` ${rest}` : ''}`;
  return finding(offset, 'warning', 'deprecated', `docker-compose (Compose v1) is retired; use \`${instead}\``, {
    subject: 'docker-compose',
    params: { written: 'docker-compose', instead, since: fact.since, source: fact.source },
  });
}
