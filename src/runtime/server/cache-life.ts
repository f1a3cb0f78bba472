// cacheLife profiles: Next's built-in ones, custom ones from next.config
// `cacheLife`, and inline objects. Pure, shared by the build (validation) and
// the 'use cache' runtime. https://nextjs.org/docs/app/api-reference/functions/cacheLife

export interface CacheLife {
  /** Seconds the client router may reuse the data. */
  stale: number;
  /** Seconds after which the next request regenerates in the background. */
  revalidate: number;
  /** Seconds after which the entry is not served any more. */
  expire: number;
}

export type CacheLifeInput = string | Partial<CacheLife>;

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The docs' table of preset profiles. */
export const BUILTIN_PROFILES: Readonly<Record<string, CacheLife>> = {
  default: { stale: 5 * MINUTE, revalidate: 15 * MINUTE, expire: 365 * DAY },
  seconds: { stale: 30, revalidate: 1, expire: MINUTE },
  minutes: { stale: 5 * MINUTE, revalidate: MINUTE, expire: HOUR },
  hours: { stale: 5 * MINUTE, revalidate: HOUR, expire: DAY },
  days: { stale: 5 * MINUTE, revalidate: DAY, expire: 7 * DAY },
  weeks: { stale: 5 * MINUTE, revalidate: 7 * DAY, expire: 30 * DAY },
  max: { stale: 5 * MINUTE, revalidate: 30 * DAY, expire: 365 * DAY },
};

function isSeconds(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** Fills an inline or configured profile from `base` and checks it; throws a `[vinext]` error naming `where`. */
export function completeProfile(input: Partial<CacheLife>, base: CacheLife, where: string): CacheLife {
  if (!input || typeof input !== "object" || Array.isArray(input)) throw new Error(`[vinext] ${where}: a cache profile must be an object such as { revalidate: 60 }.`);
  for (const key of Object.keys(input)) {
    if (key !== "stale" && key !== "revalidate" && key !== "expire") {
      throw new Error(`[vinext] ${where}: unknown cache profile field "${key}" (expected stale, revalidate, expire).`);
    }
    if (!isSeconds(input[key as keyof CacheLife])) throw new Error(`[vinext] ${where}: "${key}" must be a number of seconds ≥ 0.`);
  }
  const life = { ...base, ...input };
  // An inline `{ revalidate }` longer than the default expire stretches expire with it (Next does the same).
  if (input.expire === undefined && life.expire < life.revalidate) life.expire = life.revalidate;
  if (life.expire < life.revalidate) {
    throw new Error(`[vinext] ${where}: "expire" (${life.expire}) must be longer than "revalidate" (${life.revalidate}).`);
  }
  return life;
}

/** Validates next.config `cacheLife` into complete profiles (built-ins it does not name stay). */
export function resolveCacheLifeConfig(value: unknown, file = "next.config"): Record<string, CacheLife> {
  if (value === undefined) return {};
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new Error(`[vinext] ${file}: "cacheLife" must be an object of named profiles such as { biweekly: { revalidate: 86400 } }.`);
  }
  const out: Record<string, CacheLife> = {};
  for (const [name, profile] of Object.entries(value)) {
    out[name] = completeProfile(profile as Partial<CacheLife>, BUILTIN_PROFILES[name] ?? BUILTIN_PROFILES.default!, `${file} cacheLife.${name}`);
  }
  return out;
}

/**
 * The profile `cacheLife(input)` selects.
 * @example resolveCacheLife("hours", {}) // { stale: 300, revalidate: 3600, expire: 86400 }
 * @example resolveCacheLife({ revalidate: 10 }, {}) // { stale: 300, revalidate: 10, expire: 31536000 }
 */
export function resolveCacheLife(input: CacheLifeInput, custom: Record<string, CacheLife>): CacheLife {
  const defaults = custom.default ?? BUILTIN_PROFILES.default!;
  if (typeof input === "string") {
    const profile = custom[input] ?? BUILTIN_PROFILES[input];
    if (!profile) {
      const known = [...new Set([...Object.keys(BUILTIN_PROFILES), ...Object.keys(custom)])].join(", ");
      throw new Error(`[vinext] cacheLife("${input}"): no such profile. Use one of ${known}, or define it under "cacheLife" in next.config.`);
    }
    return profile;
  }
  return completeProfile(input, defaults, "cacheLife()");
}

/** Lifetime of an outer cache without its own cacheLife: the default, shortened by what it used. */
export function shortenLife(life: CacheLife, inner: { revalidate?: number; expire?: number }): CacheLife {
  return {
    stale: life.stale,
    revalidate: inner.revalidate === undefined ? life.revalidate : Math.min(life.revalidate, inner.revalidate),
    expire: inner.expire === undefined ? life.expire : Math.min(life.expire, inner.expire),
  };
}
