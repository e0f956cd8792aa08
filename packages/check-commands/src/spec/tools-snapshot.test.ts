import { describe, expect, test } from 'vitest';
import { argparsePositionals, gnuUsage } from './tools-snapshot.ts';

describe('argparsePositionals', () => {
  test('returns the arguments of an argparse usage with its option groups removed', () => {
    const usage =
      'usage: dnf install [-c [config file]] [-q] [--setopt SETOPTS]\n                   [-b | --nobest] [--sec-severity {Critical,Low}]\n                   PACKAGE [PACKAGE ...]';
    expect(argparsePositionals(usage, 'dnf install')).toBe('PACKAGE [PACKAGE ...]');
  });
});

describe('gnuUsage', () => {
  test('returns every usage form after the program name', () => {
    const help =
      'Usage: chmod [OPTION]... MODE[,MODE]... FILE...\n  or:  chmod [OPTION]... OCTAL-MODE FILE...\nChange the mode\n';
    expect(gnuUsage(help, 'chmod')).toEqual(['[OPTION]... MODE[,MODE]... FILE...', '[OPTION]... OCTAL-MODE FILE...']);
  });
});
