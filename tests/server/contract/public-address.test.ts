// Which collector addresses a citizen's browser or phone can reach, for the warning beside the website's box and the QR codes.
import { describe, expect, it } from 'vitest';
import { addressProblem, terminalAddressProblem } from '../../../server/contract/public-address';

describe('addressProblem', () => {
  it('passes a public https address', () => {
    for (const base of ['https://gradimento.comune.valdoria.it', 'https://gradimento.example.org:8443', 'https://[2001:db8::1]']) expect(addressProblem(base), base).toBeNull();
  });

  it('names an address of the office network or of this machine', () => {
    for (const base of [
      'http://192.168.1.20:8080',
      'https://10.0.0.5',
      'http://172.20.1.1',
      'http://127.0.0.1:8080',
      'http://localhost:8080',
      'https://gradimento.local',
      'http://gradimento:8080',
      'http://[::1]:8080',
      'http://[fd12:3456::1]',
      'http://169.254.10.1',
      'http://100.64.0.1',
    ])
      expect(addressProblem(base), base).toBe('private');
  });

  it('names a public address without https', () => {
    expect(addressProblem('http://gradimento.comune.valdoria.it')).toBe('not-https');
    expect(addressProblem('http://172.32.0.1')).toBe('not-https');
  });
});

describe('terminalAddressProblem', () => {
  it('passes an https address, of the office network too: the tablets are in the office', () => {
    for (const base of ['https://gradimento.comune.valdoria.it', 'https://192.168.1.20:8443', 'https://gradimento.lan']) expect(terminalAddressProblem(base), base).toBeNull();
  });

  it('names the machine itself, which no tablet reaches, and a plain http address, where no offline copy installs', () => {
    for (const base of ['http://localhost:8080', 'https://localhost', 'http://127.0.0.1:8080', 'http://[::1]:8080']) expect(terminalAddressProblem(base), base).toBe('this-machine');
    for (const base of ['http://192.168.1.20:8080', 'http://gradimento.comune.valdoria.it']) expect(terminalAddressProblem(base), base).toBe('not-https');
  });
});
