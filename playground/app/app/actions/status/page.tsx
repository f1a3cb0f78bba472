import { getNote } from "../_lib/store";
import { StatusForm } from "../_lib/status-form";

export default function StatusPage() {
  return (
    <section>
      <h1>useFormStatus</h1>
      <StatusForm />
      <p data-testid="saved-note">saved: {getNote()}</p>
    </section>
  );
}
