import { getNote } from "../_lib/store";
import { StatusForm } from "../_lib/status-form";

// Shows in-memory server data: render on every request (vinext has no cache for revalidatePath to purge yet).
export const dynamic = "force-dynamic";

export default function StatusPage() {
  return (
    <section>
      <h1>useFormStatus</h1>
      <StatusForm />
      <p data-testid="saved-note">saved: {getNote()}</p>
    </section>
  );
}
