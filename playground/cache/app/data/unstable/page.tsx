// unstable_cache with keyParts, tags and revalidate, read per request.
import { unstable_cache } from "next/cache";
import { bump } from "../_lib/counters";

export const dynamic = "force-dynamic";

const tagged = unstable_cache(async (id: string) => ({ id, run: bump(`unstable:${id}`) }), ["data-unstable"], { tags: ["data-unstable"] });
const timed = unstable_cache(async () => bump("unstable:timed"), ["data-unstable-timed"], { revalidate: 2 });

export default async function UnstablePage() {
  const [one, two, time] = await Promise.all([tagged("one"), tagged("two"), timed()]);
  return (
    <main>
      <p data-testid="one">{`${one.id}:${one.run}`}</p>
      <p data-testid="two">{`${two.id}:${two.run}`}</p>
      <p data-testid="timed">{time}</p>
    </main>
  );
}
