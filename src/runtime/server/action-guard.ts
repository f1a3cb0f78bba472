// Pure checks on an incoming Server Action request: is the Origin allowed (CSRF),
// and which action id does a form submitted without JavaScript name. Mirrors
// https://nextjs.org/docs/app/api-reference/config/next-config-js/serverActions
// and Next's test/e2e/app-dir/actions-allowed-origins (malformed, opaque and
// case-insensitive origins).

export type OriginVerdict = { ok: true; warning?: string } | { ok: false; reason: string };

/**
 * True when `host` (hostname[:port], lower case) matches an allowedOrigins entry.
 * `*` stands for exactly one label, a leading `**` for one or more.
 * @example matchOriginPattern("a.proxy.com", "*.proxy.com") // true
 * @example matchOriginPattern("proxy.com", "*.proxy.com") // false
 */
export function matchOriginPattern(host: string, pattern: string): boolean {
  const wanted = pattern.trim().toLowerCase();
  if (!wanted) return false;
  if (wanted === host) return true;
  const labels = host.split(".");
  const parts = wanted.split(".");
  while (parts.length > 0) {
    const part = parts.pop()!;
    const label = labels.pop();
    if (part === "**") return parts.length === 0 && label !== undefined && label !== "";
    if (label === undefined || part === "") return false;
    if (part === "*" ? label === "" : part !== label) return false;
  }
  return labels.length === 0;
}

/**
 * The host the app is served under: Host, else the URL's. x-forwarded-host (first
 * value) wins only behind a trusted proxy (`trustProxy`, see proxy-trust.ts): a
 * client could forge it to pass the check.
 */
export function requestHost(headers: Headers, url: URL, trustProxy = false): string {
  const forwarded = trustProxy ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return (forwarded || headers.get("host") || url.host).toLowerCase();
}

/**
 * CSRF check. A missing Origin is allowed (Next does the same: browsers send
 * Origin on every cross-site POST); `null` (sandboxed, opaque) and malformed
 * origins are rejected without throwing.
 */
export function checkActionOrigin(headers: Headers, url: URL, allowedOrigins: readonly string[], trustProxy = false): OriginVerdict {
  const origin = headers.get("origin");
  if (origin === null) return { ok: true, warning: "no Origin header" };
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return { ok: false, reason: `malformed Origin ${JSON.stringify(origin.slice(0, 100))}` };
  }
  if (!originHost) return { ok: false, reason: `opaque or host-less Origin ${JSON.stringify(origin.slice(0, 100))}` };
  const host = requestHost(headers, url, trustProxy);
  if (originHost === host) return { ok: true };
  if (allowedOrigins.some((pattern) => matchOriginPattern(originHost, pattern))) return { ok: true };
  return { ok: false, reason: `Origin host "${originHost}" does not match the host "${host}" or experimental.serverActions.allowedOrigins` };
}

/** Longest action id we look up; real ids are a hash or a file path plus an export name. */
const MAX_ID_LENGTH = 1024;

/** A well-formed `<module>#<export>` id, else undefined. */
export function validActionId(id: string | null | undefined): string | undefined {
  if (!id || id.length > MAX_ID_LENGTH) return undefined;
  const hash = id.indexOf("#");
  return hash > 0 && hash === id.lastIndexOf("#") && hash < id.length - 1 ? id : undefined;
}

export type FormActionId = { kind: "none" } | { kind: "invalid"; reason: string } | { kind: "id"; id: string };

/**
 * The action id a form submitted without JavaScript names (not yet validated:
 * see validActionId). React writes either `$ACTION_ID_<id>` (no bound
 * arguments) or `$ACTION_REF_<n>` plus a field `$ACTION_<n>:0` holding
 * `{"id": …, "bound": …}`; metadata that is not that shape is "invalid".
 */
export function formActionId(form: FormData): FormActionId {
  let found: FormActionId = { kind: "none" };
  for (const key of form.keys()) {
    if (key.startsWith("$ACTION_ID_")) found = { kind: "id", id: key.slice("$ACTION_ID_".length) };
    else if (key.startsWith("$ACTION_REF_")) {
      found = boundFormActionId(form, key.slice("$ACTION_REF_".length));
    }
  }
  return found;
}

function boundFormActionId(form: FormData, ref: string): FormActionId {
  const meta = form.get(`$ACTION_${ref}:0`);
  if (typeof meta !== "string") return { kind: "invalid", reason: `$ACTION_REF_${ref.slice(0, 20)} without its metadata field` };
  try {
    const parsed: unknown = JSON.parse(meta);
    const id = parsed && typeof parsed === "object" && "id" in parsed ? parsed.id : undefined;
    return typeof id === "string" ? { kind: "id", id } : { kind: "invalid", reason: "bound action metadata without an id" };
  } catch {
    return { kind: "invalid", reason: "bound action metadata is not JSON" };
  }
}
