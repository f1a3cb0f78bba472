"use cache";
// File-level 'use cache' on a page: the page's output is cached (its own entry,
// profile "brief", tag "uc-page"), and the page stays static.
import { cacheLife, cacheTag } from "next/cache";
import { bump } from "../_lib/counters";

export default async function CachedPage({ params }: { params: Promise<Record<string, string>> }) {
  cacheLife("brief");
  cacheTag("uc-page");
  await params;
  return (
    <main>
      <p data-testid="page-run">{bump("cached-page")}</p>
    </main>
  );
}
