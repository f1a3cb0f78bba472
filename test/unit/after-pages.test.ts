// after() for every kind of response (the handler schedules pages and Server Actions
// too): callbacks of components that stream after the head was returned still run
// and keep the host alive, HEAD bodies are drained so the render completes, and a
// second schedule for the same store changes nothing. Next: test/e2e/app-dir/next-after-app.
import { describe, expect, it, vi } from "vitest";
import { after, scheduleAfterTasks } from "../../src/runtime/server/after";
import { createRequestStore, runWithRequestStore, type RequestPhase } from "../../src/runtime/server/request-store";

function setup(phase: RequestPhase, method = "GET") {
  const waitUntil = vi.fn<(promise: Promise<unknown>) => void>();
  const request = Object.assign(new Request("http://h.test/page", { method }), { waitUntil });
  const store = createRequestStore(request, new URL(request.url), phase, "secret");
  return { store, waitUntil };
}

/** A body whose second chunk is produced only when `release()` is called (a streamed Suspense part). */
function streamedBody() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let step = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (step++ === 0) return controller.enqueue(new TextEncoder().encode("shell"));
      await gate;
      controller.enqueue(new TextEncoder().encode("+late"));
      controller.close();
    },
  });
  return { body, release };
}

describe("after() in pages", () => {
  it("runs callbacks registered while the page streams, after the body ends, and hands them to waitUntil", async () => {
    const { store, waitUntil } = setup("render");
    const ran: string[] = [];
    const { body, release } = streamedBody();
    const response = scheduleAfterTasks(store, new Response(body));
    expect(waitUntil).not.toHaveBeenCalled();
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("shell");
    // A component inside Suspense calls after() while the rest is still streaming.
    runWithRequestStore(store, () => after(() => ran.push("streamed")));
    expect(waitUntil).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ran).toEqual([]);
    release();
    while (!(await reader.read()).done);
    await waitUntil.mock.calls[0]![0];
    expect(ran).toEqual(["streamed"]);
  });

  it("drains a HEAD response's body so its callbacks run, and returns no body", async () => {
    const { store, waitUntil } = setup("render", "HEAD");
    const ran: string[] = [];
    const { body, release } = streamedBody();
    runWithRequestStore(store, () => after(() => ran.push("head")));
    const response = scheduleAfterTasks(store, new Response(body, { headers: { "content-type": "text/html" } }));
    expect(response.body).toBeNull();
    expect(response.headers.get("content-type")).toBe("text/html");
    release();
    await waitUntil.mock.calls[0]![0];
    expect(ran).toEqual(["head"]);
  });

  it("schedules a store once: a later call returns the response unchanged", async () => {
    const { store, waitUntil } = setup("action");
    const ran: string[] = [];
    runWithRequestStore(store, () => after(() => ran.push("once")));
    const first = scheduleAfterTasks(store, new Response("a"));
    const again = new Response(first.body, first);
    expect(scheduleAfterTasks(store, again)).toBe(again);
    await again.text();
    await waitUntil.mock.calls[0]![0];
    expect(waitUntil).toHaveBeenCalledTimes(1);
    expect(ran).toEqual(["once"]);
  });

  it("nested after() calls from a callback join the same queue", async () => {
    const { store, waitUntil } = setup("render");
    const ran: string[] = [];
    runWithRequestStore(store, () =>
      after(() => {
        ran.push("outer");
        after(() => ran.push("inner"));
      }),
    );
    await scheduleAfterTasks(store, new Response("x")).text();
    await waitUntil.mock.calls[0]![0];
    expect(ran).toEqual(["outer", "inner"]);
  });
});
