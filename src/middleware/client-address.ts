// Who a request comes from, for per-client budgets (rate limit, failed authentication): the
// CF-Connecting-IP header, which Cloudflare's edge always sets (and `wrangler dev` sets too).
// IPv4 clients are counted per address. IPv6 clients are counted per /64: one subscriber (a home,
// a phone, a server) is routinely given a whole /64, so counting single addresses would hand it
// 2^64 budgets.

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEXTET = /^[0-9a-f]{1,4}$/;

function ipv4(text: string): string | null {
  const m = IPV4.exec(text);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts.join(".") : null;
}

/** The eight 16-bit groups of an IPv6 address, or null when `text` is not one. */
function ipv6Groups(text: string): number[] | null {
  let s = text.toLowerCase();
  // A trailing dotted IPv4 part ("::ffff:192.0.2.1") is two groups.
  const dotted = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (dotted) {
    const v4 = ipv4(dotted[2]!);
    if (!v4) return null;
    const [a, b, c, d] = v4.split(".").map(Number) as [number, number, number, number];
    s = `${dotted[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === "" ? [] : part.split(":"));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  if (![...head, ...tail].every((g) => HEXTET.test(g))) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  return [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail].map((g) => parseInt(g, 16));
}

/**
 * The budget key of a client address: "203.0.113.7" for IPv4, "2001:db8:0:1::/64" for IPv6 (an
 * IPv4-mapped IPv6 address counts as its IPv4 address), null when there is no address. Text that is
 * neither (never sent by Cloudflare) is kept as it is, shortened, so it still has a budget of its own.
 */
export function clientAddress(header: string | null | undefined): string | null {
  const raw = header?.trim();
  if (!raw) return null;
  const v4 = ipv4(raw);
  if (v4) return v4;
  // Zone ids ("fe80::1%eth0") and brackets never reach a server from outside; drop them anyway.
  const groups = ipv6Groups(raw.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
  if (!groups) return `other:${raw.slice(0, 64)}`;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(":")}::/64`;
}
