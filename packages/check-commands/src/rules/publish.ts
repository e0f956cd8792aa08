/** `-p`/`--publish` values: `[ip:][hostPort:]containerPort[/protocol]`, ports and ranges within 1-65535. */

const PORT = '\\d+(?:-\\d+)?';
// An IPv4 address, or an IPv6 address in brackets.
const IP = '\\d{1,3}(?:\\.\\d{1,3}){3}|\\[[0-9a-fA-F:.]+\\]';
const PUBLISH = new RegExp(`^(?:(${IP}):)?(?:(${PORT})?:)?(${PORT})(?:/(\\w+))?$`, 'u');
const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

function portProblem(range: string | undefined): string | undefined {
  if (range === undefined) return undefined;
  const [low = 0, high = low] = range.split('-').map(Number);
  if (low < 1 || high > 65535 || high < low) return `port ${range} is outside 1-65535`;
  return undefined;
}

/** Why `value` is not a valid port publication, or undefined when it is. */
export function publishProblem(value: string): string | undefined {
  const match = PUBLISH.exec(value);
  if (!match) return `"${value}" is not [ip:][hostPort:]containerPort[/protocol] (e.g. 8080:80, 127.0.0.1:8080:80/tcp)`;
  const [, , host, container, protocol] = match;
  if (protocol !== undefined && !PROTOCOLS.has(protocol)) return `unknown protocol "${protocol}" (tcp, udp or sctp)`;
  return (host === undefined ? undefined : host === '0' ? undefined : portProblem(host)) ?? portProblem(container);
}
