// Static until revalidated on demand (revalidatePath / revalidateTag of its path tag).
import { RenderStamp } from "../../render-stamp";

export default function OnDemand() {
  return (
    <main>
      <h1>On demand</h1>
      <RenderStamp id="on-demand" />
    </main>
  );
}
