// Whether the address the collector names in what leaves the dashboard (the website's rating box, QR
// codes, the public page's links) will work for citizens. Plain (no schema library): the dashboard
// warns with it. PUBLIC_URL unset, those addresses are the one the dashboard was opened at, which in a
// small comune is often the office network's (http://192.168.1.20:8080): pasted into the comune's
// https site the box is blocked as mixed content, and a phone on mobile data cannot open a QR code.

export type AddressProblem = 'not-https' | 'private' | 'this-machine';

/** Hosts no one outside the office's network reaches: loopback, private and link-local ranges, names without a public domain. */
function isPrivateHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || h.endsWith('.lan') || h.endsWith('.internal') || h.endsWith('.home.arpa')) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(h);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127) || a === 0;
  }
  if (h.includes(':')) return h === '::1' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h);
  // A bare name (http://gradimento:8080) resolves on the office's network only.
  return !h.includes('.');
}

/** The machine itself: no other device reaches it there. */
function isThisMachine(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\./.test(h);
}

/** An address that is no URL has no problem to tell: it is the collector's own, shown as it is. */
function parsed(base: string): URL | null {
  try {
    return new URL(base);
  } catch {
    return null;
  }
}

/** The worst problem of an address citizens will be sent to (the website's box, a QR code), or null when it will do. */
export function addressProblem(base: string): AddressProblem | null {
  const url = parsed(base);
  if (!url) return null;
  if (isPrivateHost(url.hostname)) return 'private';
  return url.protocol === 'https:' ? null : 'not-https';
}

/**
 * The same for a terminal's pairing link: a tablet in the office reaches an address of the office
 * network, but not the machine's own (localhost), and without https its browser will not install
 * the copy of the terminal that works offline (a service worker needs a secure origin).
 */
export function terminalAddressProblem(base: string): AddressProblem | null {
  const url = parsed(base);
  if (!url) return null;
  if (isThisMachine(url.hostname)) return 'this-machine';
  return url.protocol === 'https:' ? null : 'not-https';
}
