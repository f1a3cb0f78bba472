// Pages Router preview mode and draft mode cookies
// (https://nextjs.org/docs/pages/guides/preview-mode, .../draft-mode; Next:
// test/integration/prerender-preview). `res.setPreviewData(data)` sets Next's
// bypass cookie (this build's secret, as draft mode does) and
// `__next_preview_data`: the data, AES-GCM encrypted with a key derived from
// the secret, so it can be neither read nor forged by the client. Both cookies
// valid → `context.preview`/`previewData`; the bypass cookie alone → `draftMode`.
import { serverConfig } from "virtual:vinext/server-config";
import { DRAFT_MODE_COOKIE } from "../server/draft-mode";
import { parseCookies } from "./node-request";

export const PREVIEW_DATA_COOKIE = "__next_preview_data";
/** Next refuses preview data over 2KB (it lives in a cookie). */
const MAX_DATA_BYTES = 2048;

export interface PreviewOptions {
  /** Seconds the preview session lasts (a session cookie without it). */
  maxAge?: number;
  /** The cookies' path ("/" unless told). */
  path?: string;
}

export type PreviewState = { preview: true; previewData: unknown; draftMode: false } | { preview: false; previewData: undefined; draftMode: boolean };

const encoder = new TextEncoder();
let keyPromise: Promise<CryptoKey> | undefined;

function key(): Promise<CryptoKey> {
  keyPromise ??= crypto.subtle
    .digest("SHA-256", encoder.encode(`vinext-preview:${serverConfig.draftModeSecret}`))
    .then((raw) => crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]));
  return keyPromise;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function cookie(name: string, value: string, options: PreviewOptions & { expire?: boolean }): string {
  const parts = [`${name}=${value}`, `Path=${options.path ?? "/"}`, "HttpOnly", "SameSite=None", "Secure"];
  if (options.expire) parts.push("Expires=Thu, 01 Jan 1970 00:00:00 GMT", "Max-Age=0");
  else if (options.maxAge !== undefined) parts.push(`Max-Age=${Math.floor(options.maxAge)}`);
  return parts.join("; ");
}

/** The Set-Cookie lines that turn preview mode on with `data` (throws at once when the data is too big). */
export function previewCookies(data: unknown, options: PreviewOptions = {}): Promise<string[]> {
  const json = encoder.encode(JSON.stringify(data ?? null));
  if (json.byteLength > MAX_DATA_BYTES) {
    throw new Error(`[vinext] res.setPreviewData(): preview data is limited to 2KB (got ${json.byteLength} bytes); store less, or an id to look the rest up by.`);
  }
  return seal(json, options);
}

async function seal(json: Uint8Array<ArrayBuffer>, options: PreviewOptions): Promise<string[]> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, await key(), json));
  const value = new Uint8Array(iv.byteLength + sealed.byteLength);
  value.set(iv);
  value.set(sealed, iv.byteLength);
  return [cookie(DRAFT_MODE_COOKIE, serverConfig.draftModeSecret, options), cookie(PREVIEW_DATA_COOKIE, toBase64Url(value), options)];
}

/** The Set-Cookie lines that end preview mode (and draft mode). */
export function clearPreviewCookies(options: Pick<PreviewOptions, "path"> = {}): string[] {
  return [cookie(DRAFT_MODE_COOKIE, "", { ...options, expire: true }), cookie(PREVIEW_DATA_COOKIE, "", { ...options, expire: true })];
}

/** The Set-Cookie line of `res.setDraftMode({ enable })`. */
export function draftModeCookie(enable: boolean): string {
  return enable ? cookie(DRAFT_MODE_COOKIE, serverConfig.draftModeSecret, {}) : cookie(DRAFT_MODE_COOKIE, "", { expire: true });
}

async function open(value: string): Promise<{ data: unknown } | undefined> {
  try {
    const bytes = fromBase64Url(value);
    if (bytes.byteLength < 13) return undefined;
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes.subarray(0, 12) }, await key(), bytes.subarray(12));
    return { data: JSON.parse(new TextDecoder().decode(plain)) };
  } catch {
    // Tampered, from another build, or not ours: no preview.
    return undefined;
  }
}

/** Preview / draft mode of a request, from its cookies. */
export async function readPreview(cookieHeader: string | null): Promise<PreviewState> {
  const cookies = parseCookies(cookieHeader);
  const bypass = cookies[DRAFT_MODE_COOKIE] === serverConfig.draftModeSecret;
  if (!bypass) return { preview: false, previewData: undefined, draftMode: false };
  const sealed = cookies[PREVIEW_DATA_COOKIE];
  const opened = sealed ? await open(sealed) : undefined;
  if (opened) return { preview: true, previewData: opened.data, draftMode: false };
  return { preview: false, previewData: undefined, draftMode: !sealed };
}
