// after() in a page, in a component streamed later, and in a Server Action. Follows
// Next's test/e2e/app-dir/next-after-app: "runs in dynamic pages", "runs in server
// actions", "only runs callbacks after the response is fully sent", "does not allow
// modifying cookies in a callback". The callbacks record into ./log.
import { cookies, headers } from "next/headers";
import { after } from "next/server";
import { Suspense } from "react";
import { entriesFor, record } from "./log";

type Props = { searchParams: Promise<{ id?: string }> };

async function cookieWriteOutcome(): Promise<string> {
  try {
    (await cookies()).set("from-after", "1");
    return "allowed";
  } catch (error) {
    return (error as Error).message.startsWith("[vinext]") ? "rejected" : "other error";
  }
}

async function Streamed({ id }: { id: string }) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  after(() => record(`${id}:streamed`));
  return <p data-testid="after-streamed">streamed part done</p>;
}

async function runAction(formData: FormData) {
  "use server";
  const id = String(formData.get("id"));
  record(`${id}:action-body`);
  after(() => record(`${id}:action-after`));
}

export default async function AfterDemoPage({ searchParams }: Props) {
  const id = (await searchParams).id ?? "none";
  after(async () => {
    record(`${id}:page:${(await headers()).get("x-after") ?? "no-header"}`);
    record(`${id}:cookie-write:${await cookieWriteOutcome()}`);
  });
  return (
    <>
      <h1>after()</h1>
      <p data-testid="after-at-render">{JSON.stringify(entriesFor(id))}</p>
      <Suspense fallback={<p>waiting…</p>}>
        <Streamed id={id} />
      </Suspense>
      <form action={runAction} data-testid="after-form">
        <input type="hidden" name="id" value={id} />
        <button type="submit">Run action</button>
      </form>
    </>
  );
}
