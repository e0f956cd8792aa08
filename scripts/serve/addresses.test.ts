import { describe, expect, test } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { lanUrls } from './addresses.ts';

const info = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;

describe('lanUrls', () => {
  test('returns one URL per external IPv4 address, with the base', () => {
    const interfaces = {
      lo: [info('127.0.0.1', 'IPv4', true)],
      wlan0: [info('192.168.0.12', 'IPv4', false), info('fe80::1', 'IPv6', false)],
    };
    expect(lanUrls(interfaces, 4321, '/docker-course/')).toEqual(['http://192.168.0.12:4321/docker-course/']);
  });
});
