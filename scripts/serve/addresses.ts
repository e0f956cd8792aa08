/** The addresses students on the same network can open: every non-internal IPv4 address. */
import type { NetworkInterfaceInfo } from 'node:os';

/** `http://<ip>:<port><base>` for each external IPv4 address of the machine. */
export function lanUrls(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>, port: number, base: string): string[] {
  return Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal)
    .map((info) => `http://${info.address}:${port}${base}`);
}
