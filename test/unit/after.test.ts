// after() (https://nextjs.org/docs/app/api-reference/functions/after): tasks run once the
// response body has been sent (or the client went away), inside the request scope, and are
// handed to the host's waitUntil so a Worker stays alive for them.
import { describe, expect, it, vi } from "vitest";
import { after, scheduleAfterTasks } from "../../src/runtime/server/after";
import { createRequestStore, getRequestStore, runWithRequestStore } from "../../src/runtime/server/request-store";

function setup() {
  const waitUntil = vi.fn<(promise: Promise<unknown>) => void>();
  const request = Object.assign(new Request("http://h.test/x", { headers: { "x-id": "7" } }), { waitUntil });
  const store = createRequestStore(request, new URL(request.url), "route", "secret");
  return { store, request, waitUntil };
}

describe("after", () => {
  it("runs tasks after the body is read, in the request scope, and hands them to waitUntil", async () => {
    const { store, waitUntil } = setup();
    const ran: string[] = [];
    runWithRequestStore(store, () => {
      after(() => ran.push(`callback ${getRequestStore("test").request.headers.get("x-id")}`));
      after(async () => {
        ran.push("async");
        after(() => ran.push("nested"));
      });
    });
    const response = scheduleAfterTasks(store, new Response("body"));
    expect(waitUntil).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ran).toEqual([]);
    expect(await response.text()).toBe("body");
    await waitUntil.mock.calls[0]![0];
    expect(ran).toEqual(["callback 7", "async", "nested"]);
  });

  it("runs tasks for a bodiless response and when the client cancels the body", async () => {
    for (const cancel of [false, true]) {
      const { store, waitUntil } = setup();
      const ran: string[] = [];
      runWithRequestStore(store, () => after(() => ran.push("done")));
      const response = scheduleAfterTasks(store, cancel ? new Response(new ReadableStream({ pull() {} })) : new Response(null, { status: 204 }));
      if (cancel) await response.body!.cancel();
      await waitUntil.mock.calls[0]![0];
      expect(ran).toEqual(["done"]);
    }
  });

  it("logs a failing task and still runs the others", async () => {
    const { store, waitUntil } = setup();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const ran: string[] = [];
    runWithRequestStore(store, () => {
      after(Promise.reject(new Error("rejected promise")));
      after(() => {
        throw new Error("thrown");
      });
      after(() => ran.push("last"));
    });
    await (scheduleAfterTasks(store, new Response("x")).text());
    await waitUntil.mock.calls[0]![0];
    expect(ran).toEqual(["last"]);
    expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([
      "[vinext] An error occurred in a function passed to after() (GET /x):",
      "[vinext] An error occurred in a function passed to after() (GET /x):",
    ]);
    errors.mockRestore();
  });

  it("leaves a response without tasks untouched and rejects bad input", () => {
    const { store } = setup();
    const response = new Response("x");
    expect(scheduleAfterTasks(store, response)).toBe(response);
    expect(() => runWithRequestStore(store, () => after("nope" as never))).toThrow("[vinext] after() expects a function or a promise.");
    expect(() => after(() => {})).toThrow(/\[vinext\] after\(\) was called outside a request scope/);
  });
});
