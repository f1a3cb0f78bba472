// Server Actions in Chromium, with and without JavaScript. Mirrors Next's
// test/e2e/app-dir/actions: app-action.test.ts (client calls with arguments and
// return values, bound arguments, redirect navigates client-side, useFormStatus,
// useOptimistic, revalidatePath), app-action-form-state.test.ts (useActionState
// with JS, without JS, and hydrating after a progressively enhanced submit),
// app-action-progressive-enhancement.test.ts (forms and redirect without JS),
// app-action-refresh.test.ts (refresh()) and test/e2e/app-dir/actions-navigation.
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydration, type TestPage } from "./_browser";

const actionPosts = (t: TestPage, path: string) => t.requests.filter((r) => r.method === "POST" && r.path === path);
/** Flight GETs for `path` (links in view prefetch other pages; those do not count). */
const pageFetches = (t: TestPage, path: string) => t.flight(path).filter((r) => r.method === "GET");
const locatorText = async (t: TestPage, testId: string) => (await t.page.getByTestId(testId).textContent())?.trim();

describe("node-server: Server Actions in the browser", () => {
  const { open, server } = useBrowser();

  describe("with JavaScript", () => {
    it("a form action updates the page in the same round trip, without a document load", async () => {
      const t = await open("/actions/no-js");
      await waitForHydration(t);
      await t.setMarker();
      const before = Number((await t.text("visits"))!.replace("visits: ", ""));
      await t.page.getByTestId("visits-submit").click();
      await t.waitForText("visits", `visits: ${before + 1}`);
      await t.settle();
      expect(await t.hasMarker()).toBe(true);
      expect(t.documents()).toHaveLength(1);
      const posts = actionPosts(t, "/actions/no-js");
      expect(posts).toHaveLength(1);
      expect(posts[0]!.contentType).toMatch(/^text\/x-component/);
      // revalidatePath re-rendered the page inside the action's answer: no second request for it.
      expect(pageFetches(t, "/actions/no-js")).toEqual([]);
    });

    it("useActionState counts up without reloading and shows the pending state", async () => {
      const t = await open("/actions/counter");
      await waitForHydration(t);
      await t.setMarker();
      await t.page.getByTestId("counter-submit").click();
      await t.waitForText("counter-value", "count: 1");
      await t.page.getByTestId("counter-submit").click();
      await t.waitForText("counter-value", "count: 2");
      expect(await t.hasMarker()).toBe(true);
      expect(actionPosts(t, "/actions/counter")).toHaveLength(2);
    });

    it("hydrates with the form state after a natively submitted (progressively enhanced) form", async () => {
      const t = await open("/actions/counter");
      await waitForHydration(t);
      // form.submit() bypasses React's handlers: the browser POSTs the form like it would without JS.
      await Promise.all([t.page.waitForLoadState("load"), t.page.evaluate(() => (document.getElementById("counter-form") as HTMLFormElement).submit())]);
      await t.waitForText("counter-value", "count: 1");
      expect(t.documents().map((d) => d.method)).toEqual(["GET", "POST"]);
      await waitForHydration(t);
      // Hydrated with formState: the next submit continues from 1 with JavaScript.
      await t.page.getByTestId("counter-submit").click();
      await t.waitForText("counter-value", "count: 2");
      expect(t.documents()).toHaveLength(2);
    });

    it("an inline 'use server' function sets a cookie and the page shows it at once", async () => {
      const t = await open("/actions/inline");
      await waitForHydration(t);
      const word = `w${Date.now()}`;
      await t.page.getByTestId("inline-input").fill(word);
      await t.page.getByTestId("inline-submit").click();
      await t.waitForText("inline-word", `remembered:${word}`);
      expect(t.documents()).toHaveLength(1);
      const cookies = await t.page.context().cookies();
      expect(cookies.find((c) => c.name === "inline-word")?.value).toBe(encodeURIComponent(`remembered:${word}`));
    });

    it("client code calls imported actions with arguments and gets their return values", async () => {
      const t = await open("/actions/client", { allow: [/status of 500/] });
      await waitForHydration(t);
      await t.page.getByTestId("call-add").click();
      await t.waitForText("call-result", "5");
      await t.page.getByTestId("call-bound").click();
      await t.waitForText("call-result", "42");
      // Bound on the server with .bind(null, "Ada"), called on the client without arguments.
      await t.page.getByTestId("call-greet").click();
      await t.waitForText("call-result", "Hello from the server, Ada");
      // A thrown error reaches the caller with a digest, never with the server's message.
      await t.page.getByTestId("call-fail").click();
      await t.waitForText("call-result", "caught: digest=yes leaked=no");
      await t.settle();
      expect(actionPosts(t, "/actions/client")).toHaveLength(4);
      // Nothing was revalidated, so nothing was re-rendered or refetched.
      expect(pageFetches(t, "/actions/client")).toEqual([]);
      expect(t.documents()).toHaveLength(1);
    });

    it("redirect() in an action navigates on the client, with the cookie the action set", async () => {
      const t = await open("/actions/client");
      await waitForHydration(t);
      await t.setMarker();
      await t.page.getByTestId("call-redirect").click();
      await t.page.waitForURL(`${server().url}/actions/greeting`);
      await t.waitForText("greeting", "Hello, from-action");
      expect(await t.hasMarker()).toBe(true);
      expect(t.documents()).toHaveLength(1);
      expect(pageFetches(t, "/actions/greeting")).toHaveLength(1);
      // redirect() in an action pushes: back returns to the page that called it.
      await t.page.goBack();
      await t.page.getByTestId("call-add").waitFor();
    });

    it("useFormStatus shows the pending state while the action runs", async () => {
      const t = await open("/actions/status");
      await waitForHydration(t);
      const note = `note ${Date.now()}`;
      await t.page.getByTestId("status-input").fill(note);
      await t.page.getByTestId("status-submit").click();
      await t.waitForText("status-submit", "Saving…");
      expect(await t.page.getByTestId("status-submit").isDisabled()).toBe(true);
      await t.waitForText("saved-note", `saved: ${note}`);
      await t.waitForText("status-submit", "Save");
      expect(t.documents()).toHaveLength(1);
    });

    it("useOptimistic shows the message at once, then the server's list replaces it", async () => {
      const t = await open("/actions/messages");
      await waitForHydration(t);
      const before = Number((await t.text("message-count"))!.replace("server count: ", ""));
      const message = `hello ${Date.now()}`;
      await t.page.getByTestId("message-input").fill(message);
      await t.page.getByTestId("message-submit").click();
      await t.page.getByText(`${message} (sending…)`).waitFor({ timeout: 500 });
      await t.waitForText("message-count", `server count: ${before + 1}`);
      const items = await t.page.getByTestId("messages").locator("li").allTextContents();
      expect(items.at(-1)).toBe(message);
      expect(items.some((item) => item.includes("(sending…)"))).toBe(false);
    });

    it("an action that revalidates nothing leaves the page as it is; refresh() re-renders it", async () => {
      const t = await open("/actions/messages");
      await waitForHydration(t);
      const count = await t.text("message-count");
      const renderedAt = await t.text("rendered-at");
      await t.page.getByTestId("quiet-input").fill(`quiet ${Date.now()}`);
      await t.page.getByTestId("quiet-submit").click();
      await expect.poll(() => actionPosts(t, "/actions/messages").filter((r) => r.status !== undefined)).toHaveLength(1);
      await t.settle();
      expect(await t.text("message-count")).toBe(count);
      expect(await t.text("rendered-at")).toBe(renderedAt);
      await t.page.getByTestId("refresh-submit").click();
      const n = Number(count!.replace("server count: ", ""));
      await t.waitForText("message-count", `server count: ${n + 1}`);
      expect(await t.text("rendered-at")).not.toBe(renderedAt);
      expect(t.documents()).toHaveLength(1);
    });
  });

  describe("without JavaScript", () => {
    it("a form action sets a cookie and its redirect is followed by the browser", async () => {
      const t = await open("/actions/no-js", { javaScriptEnabled: false });
      await t.page.getByTestId("name-input").fill("Lin");
      await t.page.getByTestId("name-submit").click();
      await t.page.waitForURL(`${server().url}/actions/greeting`);
      expect(await locatorText(t, "greeting")).toBe("Hello, Lin");
      expect(t.documents().map((d) => `${d.method} ${d.path} ${d.status}`)).toEqual([
        "GET /actions/no-js 200",
        "POST /actions/no-js 303",
        "GET /actions/greeting 200",
      ]);
    });

    it("a form action without redirect re-renders the page", async () => {
      const t = await open("/actions/no-js", { javaScriptEnabled: false });
      const before = Number((await locatorText(t, "visits"))!.replace("visits: ", ""));
      await t.page.getByTestId("visits-submit").click();
      await expect.poll(() => locatorText(t, "visits")).toBe(`visits: ${before + 1}`);
      expect(t.documents().map((d) => d.method)).toEqual(["GET", "POST"]);
    });

    it("useActionState keeps its state across submits through formState", async () => {
      const t = await open("/actions/counter", { javaScriptEnabled: false });
      await t.page.getByTestId("counter-submit").click();
      await expect.poll(() => locatorText(t, "counter-value")).toBe("count: 1");
      await t.page.getByTestId("counter-submit").click();
      await expect.poll(() => locatorText(t, "counter-value")).toBe("count: 2");
      expect(t.documents().map((d) => d.method)).toEqual(["GET", "POST", "POST"]);
    });
  });
});
