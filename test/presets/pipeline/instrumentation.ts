// instrumentation.ts: register() once per server instance, onRequestError with
// route info (Next: test/e2e/instrumentation-hook, test/e2e/on-request-error
// "should catch server component page error", "should catch app routes error",
// "should catch middleware errors").
import { expect, it, vi } from "vitest";
import type { PipelineContext } from "../pipeline-suite";

export default function instrumentation({ get, state }: PipelineContext) {
  it("calls register() exactly once, before requests are handled", async () => {
    await Promise.all([get("/"), get("/about"), get("/echo")]);
    expect((await state()).registered).toBe(1);
  });

  it("reports page and route handler errors to onRequestError with the route", async () => {
    expect((await get("/boom")).status).toBe(500);
    expect((await get("/boom-route")).status).toBe(500);
    await vi.waitFor(async () => {
      const errors = ((await state()).requestErrors ?? []) as Record<string, string>[];
      expect(errors).toContainEqual(expect.objectContaining({ message: "page exploded", path: "/boom", routeType: "render", routePath: "/boom" }));
      expect(errors).toContainEqual(expect.objectContaining({ message: "route exploded", path: "/boom-route", routeType: "route", routePath: "/boom-route" }));
    });
  });

  it("reports a middleware error to onRequestError with its route type", async () => {
    await get("/mw-throw?from=instrumentation");
    await vi.waitFor(async () => {
      const errors = ((await state()).requestErrors ?? []) as { path: string; routeType: string; message: string; routePath: string }[];
      expect(errors).toContainEqual({ message: "middleware exploded", path: "/mw-throw?from=instrumentation", method: "GET", routeType: "middleware", routePath: "/middleware" });
    });
  });
}
