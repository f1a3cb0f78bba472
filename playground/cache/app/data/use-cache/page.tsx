// 'use cache' at function, component and file level, with cacheLife, cacheTag,
// a pass-through child that is rendered per request, and a client component in
// the cached output. Rendered per request so each request reads the cache.
import type { ReactNode } from "react";
import { cacheLife, cacheTag } from "next/cache";
import { bump } from "../_lib/counters";
import { refreshItems } from "./actions";
import { ClientBadge } from "./client-badge";
import { fileStamp } from "./stamps";

export const dynamic = "force-dynamic";

async function getItem(id: string) {
  "use cache";
  cacheLife("minutes");
  cacheTag("uc-fn");
  return { id, run: bump(`fn:${id}`) };
}

async function CachedCard({ label, children }: { label: string; children: ReactNode }) {
  "use cache";
  cacheTag("uc-component");
  return (
    <section>
      <span data-testid="card">{`${label}:${bump(`card:${label}`)}`}</span>
      <ClientBadge label={label} />
      <div data-testid="card-child">{children}</div>
    </section>
  );
}

export default async function UseCachePage() {
  const [a, b, file] = await Promise.all([getItem("a"), getItem("b"), fileStamp("x")]);
  const perRequest = bump("use-cache-page");
  return (
    <main>
      <p data-testid="item-a">{`${a.id}:${a.run}`}</p>
      <p data-testid="item-b">{`${b.id}:${b.run}`}</p>
      <p data-testid="file">{file}</p>
      <CachedCard label="card">
        <span data-testid="request">{perRequest}</span>
      </CachedCard>
      <form action={refreshItems} data-testid="refresh-form">
        <button type="submit">refresh</button>
      </form>
    </main>
  );
}
