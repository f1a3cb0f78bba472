// Counts its renders, so a test can see how many regenerations a burst of requests caused.
import { RenderStamp } from "../../render-stamp";

export const revalidate = 1;

export default async function Counted() {
  // A slow render widens the window in which concurrent requests see the page stale.
  await new Promise((resolve) => setTimeout(resolve, 150));
  return (
    <main>
      <h1>Counted</h1>
      <RenderStamp id="counted" />
    </main>
  );
}
