// Regeneration that can be made to throw (/api/isr/control?fail=1): the old page must stay.
import { RenderStamp } from "../../render-stamp";

export const revalidate = 1;

export default function Fragile() {
  if ((globalThis as { __vinextFail?: boolean }).__vinextFail) throw new Error("fragile page failed on purpose");
  return (
    <main>
      <h1>Fragile</h1>
      <RenderStamp id="fragile" />
    </main>
  );
}
