// Time-based ISR: fresh for 2 s, then served stale while one request regenerates it.
import { RenderStamp } from "../../render-stamp";

export const revalidate = 2;

export default function Timed() {
  return (
    <main>
      <h1>Timed</h1>
      <RenderStamp id="timed" />
    </main>
  );
}
