/**
 * Seeded random numbers for the data generator. Every area of every school draws from a stream of
 * its own, derived from the run's seed and a path ("school 3 / absence"), so the same seed gives
 * the same data byte for byte, and a change to one area's drawing leaves the others' data as it was.
 * sfc32 (128-bit state) keeps ids drawn from different streams from colliding.
 */

export type Random = {
  /** A number in [0, 1). */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** One of the entries, each as likely as its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** `count` different elements, in random order. */
  sample<T>(list: readonly T[], count: number): T[];
  /** Log-normally distributed around `median`: most values near it, a long tail above. */
  logNormal(median: number, sigma: number): number;
  /** A UUIDv7 whose time part is `at` (time-ordered like the app's own ids), the rest drawn. */
  uuid(at: Date): string;
};

/** cyrb128: four 32-bit words from a string, to seed sfc32. */
function hashWords(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32: a small, fast generator of 32-bit words. */
function sfc32([seedA, seedB, seedC, seedD]: [number, number, number, number]): () => number {
  let [a, b, c, d] = [seedA, seedB, seedC, seedD];
  const step = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first words of a fresh state are poorly mixed.
  for (let i = 0; i < 12; i++) step();
  return step;
}

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, "0");

/** The stream for `path` under the run's `seed`. */
export function randomFor(seed: number, ...path: (string | number)[]): Random {
  const word = sfc32(hashWords(`trivsel-generator/${seed}/${path.join("/")}`));
  const next = () => word() / 4_294_967_296;
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (list) => {
      if (list.length === 0) throw new Error("pick from an empty list");
      return list[Math.floor(next() * list.length)]!;
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries[entries.length - 1]![0];
    },
    sample: (list, count) => {
      const copy = [...list];
      const taken = Math.min(count, copy.length);
      for (let i = 0; i < taken; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, taken);
    },
    logNormal: (median, sigma) => {
      // Box–Muller.
      const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      return median * Math.exp(sigma * normal);
    },
    uuid: (at) => {
      const time = hex(Math.max(0, Math.floor(at.getTime())), 12);
      const [x, y, z] = [word(), word(), word()];
      return (
        `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(x >>> 20, 3)}-` +
        `${hex(0x8 | ((x >>> 18) & 0x3), 1)}${hex((x >>> 6) & 0xfff, 3)}-${hex(y, 8)}${hex(z >>> 16, 4)}`
      );
    },
  };
  return random;
}
