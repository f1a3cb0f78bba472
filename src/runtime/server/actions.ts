// Server Actions: recognises an action request, checks its Origin and body size,
// runs the action in phase "action", and turns the outcome into either a final
// Response (4xx, a redirect, the return value alone) or what the page render
// needs (return value, useActionState's formState). Behaviour follows Next's
// test/e2e/app-dir/actions (app-action.test.ts, app-action-progressive-enhancement,
// app-action-form-state, app-action-size-limit-invalid) and
// test/e2e/app-dir/actions-allowed-origins.
import {
  createTemporaryReferenceSet,
  decodeAction,
  decodeFormState,
  decodeReply,
  loadServerAction,
  renderToReadableStream,
} from "@vitejs/plugin-rsc/rsc";
import type { ReactFormState } from "react-dom/client";
import { httpFallbackStatus, isControlFlowError, redirectInfo, type RedirectInfo } from "../control-flow";
import { ACTION_HEADER, ACTION_REDIRECT_HEADER, FLIGHT_CONTENT_TYPE, type ActionFlightPayload, type ActionReturnValue } from "../flight-payload";
import { BodyTooLargeError, parseMultipart, readBodyCapped } from "./action-body";
import { checkActionOrigin, formActionId, validActionId } from "./action-guard";
import { errorDocument } from "./error-document";
import { errorDigest, notifyRequestError } from "./errors";
import type { RequestStore } from "./request-store";
import { revalidationsOf, settleRevalidations } from "./revalidation";
import { addBasePath } from "../base-path";

/** next.config `experimental.serverActions`, as the server-config virtual module carries it. */
export interface ActionsConfig {
  allowedOrigins: readonly string[];
  bodySizeLimit: number;
  /** Believe x-forwarded-host (proxy-trust.ts). */
  trustProxy?: boolean;
}

/** What the page render adds to its Flight payload (and SSR) after an action ran. */
export interface ActionRenderInput {
  returnValue?: ActionReturnValue;
  formState?: ReactFormState | null;
  temporaryReferences?: ReturnType<typeof createTemporaryReferenceSet>;
}

export interface ActionRequest {
  request: Request;
  url: URL;
  store: RequestStore;
  config: ActionsConfig;
  /** The route pattern, for logs. */
  routeLabel: string;
}

const NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

function plain(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": NO_STORE, ...headers } });
}

const quote = (value: string) => JSON.stringify(value.slice(0, 200));

/**
 * Runs the Server Action a POST carries. Returns undefined when the request is
 * not an action (the caller answers it as usual), a Response when the action
 * decides the answer, else what the re-rendered page must include.
 */
export async function handleServerAction(input: ActionRequest): Promise<Response | ActionRenderInput | undefined> {
  const { request, url, config } = input;
  const headerId = request.headers.get(ACTION_HEADER);
  const contentType = request.headers.get("content-type") ?? "";
  const isForm = headerId === null && /^multipart\/form-data/i.test(contentType);
  if (headerId === null && !isForm) return undefined;
  const where = `POST ${url.pathname}`;

  const origin = checkActionOrigin(request.headers, url, config.allowedOrigins, config.trustProxy);
  if (!origin.ok) {
    console.warn(`[vinext] 403 for Server Action ${where}: ${origin.reason}. If this origin is trusted, add its host to experimental.serverActions.allowedOrigins in next.config.`);
    return plain(403, "Forbidden");
  }
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBodyCapped(request, config.bodySizeLimit);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) return badRequest(where, "the request body could not be read");
    console.warn(
      `[vinext] 413 for Server Action ${where}: the body exceeded ${config.bodySizeLimit} bytes. To accept larger bodies, set experimental.serverActions.bodySizeLimit in next.config (https://nextjs.org/docs/app/api-reference/config/next-config-js/serverActions#bodysizelimit).`,
    );
    return plain(413, "Payload Too Large");
  }
  return headerId !== null ? callFromClient(input, headerId, body, contentType) : submitForm(input, body, contentType);
}

function badRequest(where: string, reason: string): Response {
  console.warn(`[vinext] 400 for Server Action ${where}: ${reason}.`);
  return plain(400, "Bad Request");
}

function notFound(where: string, id: string): Response {
  console.warn(`[vinext] 404 for Server Action ${where}: no Server Action with id ${quote(id)}. The page may come from an older or newer deployment; reloading it fixes this.`);
  return plain(404, "Server Action Not Found", { "x-nextjs-action-not-found": "1" });
}

type Callable = (...args: unknown[]) => unknown;

/** The registered Server Function for `id`, never any other export of its module. */
async function loadAction(id: string): Promise<Callable | undefined> {
  try {
    const fn = (await loadServerAction(id)) as Callable & { $$typeof?: symbol };
    return typeof fn === "function" && fn.$$typeof === Symbol.for("react.server.reference") ? fn : undefined;
  } catch {
    return undefined;
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

async function runAction(store: RequestStore, call: () => unknown): Promise<Outcome> {
  store.phase = "action";
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error };
  } finally {
    store.phase = "render";
    // The page re-rendered for this action must see what it revalidated.
    await settleRevalidations(store).catch((error) => console.error("[vinext] Writing a revalidation failed:", error));
  }
}

/** Next re-renders the page only when the action revalidated or wrote cookies (`skipFlight: !pathWasRevalidated`). */
function revalidated(store: RequestStore): boolean {
  return revalidationsOf(store).length > 0 || store.responseCookies.getAll().length > 0;
}

/** A Server Function called from client code (React → setServerCallback → fetch with the action id header). */
async function callFromClient(input: ActionRequest, rawId: string, body: Uint8Array<ArrayBuffer>, contentType: string): Promise<Response | ActionRenderInput> {
  const where = `POST ${input.url.pathname}`;
  const id = validActionId(rawId);
  const action = id && (await loadAction(id));
  if (!action) return notFound(where, rawId);
  const temporaryReferences = createTemporaryReferenceSet();
  let args: unknown;
  try {
    const reply = /^multipart\/form-data/i.test(contentType) ? await parseMultipart(body, contentType) : new TextDecoder().decode(body);
    args = await decodeReply(reply, { temporaryReferences });
  } catch {
    return badRequest(where, `the arguments of ${quote(rawId)} are not a valid encoded reply`);
  }
  if (!Array.isArray(args)) return badRequest(where, `the arguments of ${quote(rawId)} are not a list`);

  const outcome = await runAction(input.store, () => action.apply(null, args as unknown[]));
  const redirect = outcome.ok ? undefined : redirectInfo(outcome.error);
  if (redirect) {
    // No Location: fetch must not follow it; the client router navigates instead.
    return new Response(null, { status: 303, headers: { [ACTION_REDIRECT_HEADER]: `${redirect.url};${redirect.type}`, "cache-control": NO_STORE } });
  }
  const returnValue: ActionReturnValue = outcome.ok ? { ok: true, data: outcome.value } : { ok: false, data: rejection(outcome.error) };
  if (outcome.ok && revalidated(input.store)) return { returnValue, temporaryReferences };
  const flight = renderToReadableStream<ActionFlightPayload>(
    { returnValue },
    { temporaryReferences, onError: (error: unknown) => reportActionError(error, rawId, input.routeLabel) },
  );
  return new Response(flight, {
    status: outcome.ok ? 200 : 500,
    headers: { "content-type": `${FLIGHT_CONTENT_TYPE}; charset=utf-8`, "cache-control": NO_STORE },
  });
}

/** A rejected promise Flight serialises as an error with a digest (already handled, so Node never reports it). */
function rejection(error: unknown): Promise<never> {
  const promise = Promise.reject(error);
  promise.catch(() => {});
  return promise;
}

function reportActionError(error: unknown, id: string, route: string): string {
  const digest = error && typeof error === "object" && "digest" in error && typeof error.digest === "string" ? error.digest : errorDigest(error);
  if (!isControlFlowError(error)) {
    console.error(`[vinext] Server Action ${quote(id)} failed on ${route} (digest ${digest}):`, error);
    notifyRequestError(error, "action", route);
  }
  return digest;
}

/** A `<form action={fn}>` submitted before hydration or without JavaScript (progressive enhancement). */
async function submitForm(input: ActionRequest, body: Uint8Array<ArrayBuffer>, contentType: string): Promise<Response | ActionRenderInput | undefined> {
  const where = `POST ${input.url.pathname}`;
  let form: FormData;
  try {
    form = await parseMultipart(body, contentType);
  } catch {
    return badRequest(where, "the multipart form data is malformed");
  }
  const target = formActionId(form);
  if (target.kind === "none") return undefined;
  if (target.kind === "invalid") return badRequest(where, target.reason);
  const id = validActionId(target.id);
  if (!id || !(await loadAction(id))) return notFound(where, target.id);
  let bound: () => Promise<unknown>;
  try {
    bound = await decodeAction(form);
  } catch {
    return badRequest(where, `the bound arguments of ${quote(id)} could not be decoded`);
  }
  const outcome = await runAction(input.store, () => bound());
  if (!outcome.ok) return formFailure(outcome.error, id, input.routeLabel);
  let formState: ReactFormState | null = null;
  try {
    formState = (await decodeFormState(outcome.value, form)) ?? null;
  } catch {
    return badRequest(where, "the useActionState key of the form could not be decoded");
  }
  return { formState };
}

/** Without JavaScript a redirect is a real 303; other failures become an error page. */
function formFailure(error: unknown, id: string, route: string): Response {
  const redirect: RedirectInfo | undefined = redirectInfo(error);
  if (redirect) return new Response(null, { status: 303, headers: { location: addBasePath(redirect.url), "cache-control": NO_STORE } });
  const status = httpFallbackStatus(error);
  if (status !== undefined) return plain(status, status === 404 ? "Not Found" : status === 403 ? "Forbidden" : "Unauthorized");
  return errorDocument(500, reportActionError(error, id, route));
}
